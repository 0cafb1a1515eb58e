import { describe, expect, it } from 'vitest';
import { findSpans, properPrefixes, tokenize, type SpanIndex } from './tokens.js';

const indexOf = (names: string[]): SpanIndex<string> => {
  const known = new Map(names.map((n) => [n, n]));
  const prefixes = properPrefixes(known.keys());
  return { lookup: (key) => known.get(key), continues: (key) => prefixes.has(key) };
};
const spans = (text: string, tokens: ReturnType<typeof tokenize>, index: SpanIndex<string>) => findSpans(text, tokens, 4, index).map((s) => s.value);

describe('findSpans', () => {
  const text = 'Boats sailed from Port Velma up the Grey River to Velma Falls.';
  const harbours = indexOf(['port velma', 'velma falls']);
  const rivers = indexOf(['grey river', 'river velma']);

  it('finds the longest names an index knows', () => expect(spans(text, tokenize(text), harbours)).toEqual(['port velma', 'velma falls']));

  // the word keys of a token list are kept between searches: a second index must still read its own names
  it('a token list searched again with another index gives what fresh tokens give', () => {
    const tokens = tokenize(text);
    spans(text, tokens, harbours);
    expect(spans(text, tokens, rivers)).toEqual(spans(text, tokenize(text), rivers));
    expect(spans(text, tokens, rivers)).toEqual(['grey river']);
  });
});
