// Reported tallies: "A tally ... has counted 103 attacks ... since October 17", "the 27th attack since
// Nov 19", "more than a dozen attacks over the last week". A count of incidents over a period, kept as
// data beside sitrep's own count.
import { NUMBER_SOURCE as N, QUANTIFIER_SOURCE as Q, numberValue } from './numbers.js';

export interface TallyMatch {
  count: number;
  what: string;
  index: number;
  /** "over the last week": the period is given in days before publication */
  daysBack: number | null;
  rule: string;
}

const NOUN = String.raw`(?:(?:drone|rocket|missile|separate|such|hostile)\s+(?:and\s+\w+\s+)?)?(?:attacks|strikes|assaults|incidents|times)`;
const SCOPE = /\b(since|between|so far|to date|over the (last|past) (week|month|\w+ (days|weeks))|in recent (weeks|months)|tally|recorded|counted)\b/i;
const ORDINAL = /\bthe (\d+)(?:st|nd|rd|th)\b(?:\s+(?:such\s+)?(?:attack|strike|assault|incident|that|of|on|by|against))/gi;
const COUNT = new RegExp(String.raw`\b(?:(${Q})\s+)?(${N})\s+(${NOUN})\b`, 'gi');

export function findTallies(sentence: string): TallyMatch[] {
  if (sentence === sentence.toUpperCase() || !SCOPE.test(sentence) && !ORDINAL.test(sentence)) return [];
  const out: TallyMatch[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(sentence); m; m = ORDINAL.exec(sentence)) {
    out.push({ count: Number(m[1]), what: whatPhrase(sentence, m.index), index: m.index, daysBack: daysBack(sentence), rule: 't-ordinal' });
  }
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
    const count = numberValue(m[2]!);
    if (count === null || count < 2) continue;
    if (/\bof them\b|\(\s*$/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 10)) || /\(\s*$/.test(sentence.slice(0, m.index))) continue;
    if (!SCOPE.test(sentence.slice(Math.max(0, m.index - 80), m.index + m[0].length + 120))) continue;
    out.push({ count, what: whatPhrase(sentence, m.index + (m[1] ? m[1].length + 1 : 0) + m[2]!.length + 1), index: m.index, daysBack: daysBack(sentence), rule: 't-count' });
  }
  return out;
}

function whatPhrase(sentence: string, from: number): string {
  const rest = sentence.slice(from).replace(/^\s+/, '');
  // a full stop ends the phrase, but not the one of an initial ("attacks on U.S. forces")
  return rest.split(/\s+(?=since|between|in recent|over the|so far|to date|,)|[,;(]|(?<!\b[A-Z])\./)[0]!.split(/\s+/).slice(0, 8).join(' ');
}

function daysBack(sentence: string): number | null {
  const m = /\bover the (?:last|past) (week|month|(\w+) (days|weeks))\b/i.exec(sentence);
  if (!m) return null;
  if (m[1] === 'week') return 7;
  if (m[1] === 'month') return 30;
  const n = numberValue(m[2]!) ?? 0;
  return m[3] === 'weeks' ? n * 7 : n;
}
