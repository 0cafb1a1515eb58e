import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('does not split after abbreviations and initials', () => {
    const s = splitSentences('U.S. forces hit a site near Gen. Smith\'s base on Oct. 17. Lt. Col. J. Doe said so.');
    expect(s.map((x) => x.text)).toEqual(["U.S. forces hit a site near Gen. Smith's base on Oct. 17.", 'Lt. Col. J. Doe said so.']);
  });
  it('keeps headline lines apart from the body', () => {
    expect(splitSentences('Drone hits base\nA drone hit the base on Monday.').length).toBe(2);
  });
  it('joins hard-wrapped lines of a letter', () => {
    const letter = Array.from({ length: 8 }, (_, i) => `line ${i} of a statement that was wrapped at a fixed width by its`).join('\n') + ' end.';
    expect(splitSentences(letter).length).toBe(1);
  });
  it('offsets point at the sentence in the text', () => {
    const text = 'First one.\n\nSecond one here.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
