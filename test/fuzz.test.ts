// Property tests: whatever text arrives, reading and extraction never throw, and every event they
// make fits the export contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractToDocument } from '../src/export/extract-document.js';
import { resolveDates } from '../src/resolve/time/resolve-dates.js';
import { ExportDocument, type Article } from '../src/types.js';

const article = (text: string, published = '2024-03-05'): Article => ({ id: 'fuzz', title: null, outlet: null, url: null, published, text, hash: 'h', origin: 'fuzz' });

// words that make the extractor work: acts, weapons, places, actors, dates, numbers
const NEWSY = ['drone', 'attack', 'killed', 'at least', '12', 'civilians', 'in', 'near', 'Mosul', 'Kyiv', 'Houthis', 'on Monday', 'last week',
  'said', 'claimed', 'the', 'strike', 'were', 'wounded', 'by', 'Hamas', 'rockets', 'fired', 'at', '"', ',', '.', '\n', 'al-', "'s", 'February 30', 'no one'];

describe('robustness', () => {
  it('extraction never throws on arbitrary Unicode and its events validate', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      expect(ExportDocument.safeParse(extractToDocument([article(text)])).success).toBe(true);
    }), { numRuns: 150 });
  });

  it('extraction never throws on shuffled news words and its events validate', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 80 }), (words) => {
      const doc = extractToDocument([article(words.join(' '))]);
      expect(ExportDocument.safeParse(doc).success).toBe(true);
    }), { numRuns: 300 });
  });

  it('survives a very long single line and control characters', () => {
    const long = 'A drone hit a base near Erbil on Monday, killing two. '.repeat(4000) + '\u0000\u0007\u001b[31m';
    expect(() => extractToDocument([article(long)])).not.toThrow();
  });

  it('date resolution never throws and keeps earliest ≤ date ≤ latest', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('on', 'Monday', 'night', 'February', '30', '31', 'last', 'week', 'overnight', 'late', 'July', '2023', 'since', 'earlier', 'today', '12/31', 'Christmas'), { maxLength: 12 }), (words) => {
      for (const d of resolveDates(words.join(' '), '2024-03-05')) {
        expect(d.span.earliest <= d.span.date && d.span.date <= d.span.latest).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
