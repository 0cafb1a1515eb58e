// Splits an article into sentences with their offsets. Lines are split first: scraped news puts
// headlines, captions and bylines on lines of their own without a full stop.
import { z } from 'zod';
import type { Sentence } from '../types.js';
import { readTable } from '../util/data-files.js';

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(readTable('text/abbreviations.tsv', z.object({ abbreviation: z.string().regex(/^[a-z.]+$/, 'lower-case letters and inner full stops') })).map((r) => r.abbreviation));

const BOUNDARY = /([.!?]["'”’)]*)\s+(?=["'“‘(]?[A-Z0-9])/g;

export function splitSentences(text: string): Sentence[] {
  if (isHardWrapped(text)) text = unwrap(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') {
      paragraph++;
      continue;
    }
    for (const [start, end] of sentenceSpans(line)) {
      const raw = line.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const textPart = raw.trim();
      if (textPart) sentences.push({ index: sentences.length, paragraph, text: textPart, start: lineStart + start + lead });
    }
    paragraph++;
  }
  return sentences;
}

/** Most lines of 40–90 characters ending without a full stop: a text wrapped at a fixed width. */
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 6) return false;
  const wrapped = lines.filter((l) => l.trim().length >= 40 && l.trim().length <= 90 && !/[.!?:"”]\s*$/.test(l));
  return wrapped.length / lines.length >= 0.4;
}

/** Joins wrapped lines, keeping blank lines as paragraph breaks; offsets stay valid (one character each). */
function unwrap(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, (m, c: string) => (/[.!?:"”]/.test(c) ? m : `${c} `));
}

function sentenceSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const stop = m.index + m[1]!.length;
    if (m[1]!.startsWith('.') && isAbbreviation(line.slice(start, m.index))) continue;
    spans.push([start, stop]);
    start = m.index + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

function isAbbreviation(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return true;
  // single initials ("Michael E. Kurilla") and dotted acronyms ("U.S.")
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}
