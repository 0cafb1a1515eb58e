// Word tokens with offsets, and a longest-match finder of multi-word names over them: the one
// mechanism behind actor, place and trigger spotting.
import { normaliseName } from './normalise.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-\/]*(?:\.(?=[\p{L}]\.))?(?:[\p{L}]\.)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // "U.S." keeps its dots; a word that merely ends the sentence does not
    if (!/^(\p{L}\.)+$/u.test(word + '.') || !text.startsWith('.', m.index + word.length)) word = word.replace(/[-'’]+$/, '');
    else word += '.';
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

const tokenKeys = new Map<string, string>();
function normaliseToken(word: string): string {
  let key = tokenKeys.get(word);
  if (key === undefined) {
    key = normaliseName(word);
    if (tokenKeys.size > 100_000) tokenKeys.clear();
    tokenKeys.set(word, key);
  }
  return key;
}

function joinKeys(keys: string[], from: number, n: number): string {
  let out = '';
  for (let k = from; k < from + n; k++) if (keys[k]) out = out ? `${out} ${keys[k]}` : keys[k]!;
  return out;
}

export interface SpanMatch<T> {
  value: T;
  start: number;
  end: number;
  /** token indexes, end exclusive */
  first: number;
  last: number;
  text: string;
}

/**
 * Longest non-overlapping spans of up to `maxWords` tokens whose normalised text `lookup` knows.
 * `accept` can veto a span by its surface text (e.g. places must start with a capital letter).
 */
export function findSpans<T>(
  text: string,
  tokens: Token[],
  maxWords: number,
  lookup: (key: string) => T | undefined,
  accept: (surface: string, first: number) => boolean = () => true,
): SpanMatch<T>[] {
  const found: SpanMatch<T>[] = [];
  // each token is normalised once; a span's key is its tokens' keys joined (the hot path of extraction)
  const keys = tokens.map((t) => normaliseToken(t.text));
  for (let i = 0; i < tokens.length; ) {
    let hit: SpanMatch<T> | null = null;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !hit; n--) {
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      const surface = text.slice(start, end);
      if (!accept(surface, i)) continue;
      const key = joinKeys(keys, i, n);
      const value = key ? lookup(key) : undefined;
      if (value !== undefined) hit = { value, start, end, first: i, last: i + n, text: surface };
    }
    if (hit) {
      found.push(hit);
      i = hit.last;
    } else i++;
  }
  return found;
}
