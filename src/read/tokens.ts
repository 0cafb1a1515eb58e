// Word tokens with offsets, and a longest-match finder of multi-word names over them: the one
// mechanism behind actor, place and trigger spotting.
import { normaliseRecurring } from './normalise.js';

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

export interface SpanMatch<T> {
  value: T;
  start: number;
  end: number;
  /** token indexes, end exclusive */
  first: number;
  last: number;
  text: string;
}

/** The names a span finder looks up: values by normalised key, and which keys longer names start with. */
export interface SpanIndex<T> {
  lookup: (key: string) => T | undefined;
  /** true when some name has more words after these ("islamic resistance" of "islamic resistance in iraq") */
  continues: (key: string) => boolean;
}

/** Every proper word-prefix of the keys: what `SpanIndex.continues` answers for a dictionary. */
export function properPrefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) out.add(key.slice(0, i));
  }
  return out;
}

// the normalised keys of a token list's words, filled as spans reach them: a sentence's tokens are searched
// for actors and for places, some twice, and a word's key is then looked up once, not once per search
const tokenKeys = new WeakMap<Token[], string[]>();
function keysOf(tokens: Token[]): string[] {
  let keys = tokenKeys.get(tokens);
  if (!keys) tokenKeys.set(tokens, (keys = []));
  return keys;
}

/** Vetoes of spans: by surface text (e.g. short actor names must have a capital), or by first token. */
export interface SpanFilters {
  accept?: (surface: string) => boolean;
  /** false when no span may start at this token (e.g. a place needs a capital): it costs no lookup */
  startsAt?: (first: number) => boolean;
}

/**
 * Longest non-overlapping spans of up to `maxWords` tokens whose normalised text the index knows.
 * Spans grow a word at a time and stop when no name continues their key: most words start no name,
 * so most positions cost one lookup instead of `maxWords` (the hot path of extraction).
 */
export function findSpans<T>(text: string, tokens: Token[], maxWords: number, index: SpanIndex<T>, filters: SpanFilters = {}): SpanMatch<T>[] {
  const { accept = () => true, startsAt = () => true } = filters;
  const found: SpanMatch<T>[] = [];
  // each token is normalised once, when a span reaches it; a span's key is its tokens' keys joined
  const keys = keysOf(tokens);
  const keyOf = (i: number): string => (keys[i] ??= normaliseRecurring(tokens[i]!.text));
  for (let i = 0; i < tokens.length; ) {
    if (!startsAt(i)) {
      i++;
      continue;
    }
    let hit: SpanMatch<T> | null = null;
    let key = '';
    const start = tokens[i]!.start;
    for (let n = 1; n <= Math.min(maxWords, tokens.length - i); n++) {
      const word = keyOf(i + n - 1);
      // a token with an empty key ("the", "al") leaves the key as it is: the longer surface can still match
      if (word) {
        if (key && !index.continues(key)) break;
        key = key ? `${key} ${word}` : word;
      }
      if (!key) continue;
      // the lookup first: most keys name nothing, and the surface test is the costlier
      const value = index.lookup(key);
      if (value === undefined) continue;
      const end = tokens[i + n - 1]!.end;
      const surface = text.slice(start, end);
      if (accept(surface)) hit = { value, start, end, first: i, last: i + n, text: surface };
    }
    if (hit) {
      found.push(hit);
      i = hit.last;
    } else i++;
  }
  return found;
}
