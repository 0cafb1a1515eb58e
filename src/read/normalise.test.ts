import { describe, expect, it } from 'vitest';
import { normaliseName, normaliseRecurring } from './normalise.js';

describe('normaliseName', () => {
  it('lowercases plain ASCII words and names', () => {
    expect(normaliseName('Korvale')).toBe('korvale');
    expect(normaliseName('North Dravia 12')).toBe('north dravia 12');
  });
  it('drops the articles of plain names too, not only of names with marks or hyphens', () => {
    expect(normaliseName('The Port of Lenmar')).toBe('port of lenmar');
    expect(normaliseName('Al Qarsa')).toBe('qarsa');
    expect(normaliseName('el')).toBe('');
  });
  it('drops the Arabic article as assimilated to a sun letter, "at-" and "ath-" as "ash-" and "ad-"', () => {
    expect(normaliseName('at-Qurnaya')).toBe(normaliseName('Qurnaya'));
    expect(normaliseName('Ath-Thalabiya')).toBe('thalabiya');
    // the English word is kept
    expect(normaliseName('stones at Korvale')).toBe('stones at korvale');
  });
  it('a plain name meets its spellings with marks, hyphens, apostrophes and odd spacing', () => {
    const plain = normaliseName('Tell Abyad Keshar');
    expect(plain).toBe('tell abyad keshar');
    for (const other of ['Tell-Abyad  Keshar', ' Téll Abyad Keshar ', "Tell Abyad Keshar's", 'TELL ABYAD KESHAR']) expect(normaliseName(other), other).toBe(plain);
  });
});

describe('normaliseRecurring', () => {
  it('gives what normaliseName gives, the first time and from its memory after', () => {
    const texts = ['Korvale', 'Gunmen from the al-Varesh front struck Téll Abyad Keshar on Monday.', 'The Port of Lenmar', ''];
    for (const t of texts) {
      expect(normaliseRecurring(t), t).toBe(normaliseName(t));
      expect(normaliseRecurring(t), t).toBe(normaliseName(t));
    }
  });
  it('keeps apart texts that differ only where normaliseName would not erase the difference', () => {
    expect(normaliseRecurring('Dravia North')).toBe('dravia north');
    expect(normaliseRecurring('Dravia South')).toBe('dravia south');
    expect(normaliseRecurring('Dravia North')).toBe('dravia north');
  });
});
