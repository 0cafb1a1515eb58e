import * as chrono from 'chrono-node';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate.js';
import { splitSentences } from '../../read/sentences.js';
import { mayNameDate } from './date-screen.js';

const ref = { instant: new Date('2024-03-05T12:00:00Z'), timezone: 0 };
// what the screen stands for: chrono finds something in the text
const chronoFinds = (text: string) => chrono.parse(text, ref).length > 0;
const corpus = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).text as string);

describe('mayNameDate', () => {
  it('was read from this list of chrono parsers: a new chrono version must be read again', () => {
    expect(chrono.casual.parsers.map((p) => p.constructor.name)).toEqual([
      'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENTimeUnitWithinFormatParser', 'ENMonthNameLittleEndianParser',
      'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser',
      'ENTimeUnitLaterFormatParser', 'ENYearMonthNameParser', 'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser',
      'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
    ]);
  });

  it('passes every text chrono finds a date or time in, glued words included', () => {
    const dated = [
      'on March 3', 'the 3rd of March', 'March first', 'the twentieth of June', 'Sept. 5', 'inMarch', 'on Monday', 'onmonday', 'last Friday',
      'Sunday of next week', 'over the weekend', 'yesterday', 'now', 'last night', 'this morning', 'thismorning', 'at noon', 'end of the month',
      'last week', 'next year', 'within two days', 'in a few hours', 'for half an hour', 'next three weeks', 'in two days and three hours', 'three days ago',
      'a week later', 'several hours earlier', 'a couple of days from now', 'at 4:45 pm', '2024-03-01', '3/4/2024', '2024 03 01', '27.03.2025',
      '3/2024', 'within 24 hours', 'for 90 days', '2 days ago', '+2 days', 'at 21', 'from 5 to 6', '4am', '3 pm', '7.10pm', '1:38', '5 o\'clock',
    ];
    for (const text of dated) {
      expect(chronoFinds(text), text).toBe(true);
      expect(mayNameDate(text), text).toBe(true);
    }
  });

  it('rejects sentences with no date word', () => {
    for (const text of ['Militants attacked the convoy, killing several soldiers.', 'The group claimed the attack in a statement.', 'Drones struck a base near the border.',
      'Gunmen killed 12 people and wounded 30.', 'Prices rose 12.5 percent in 2024.', 'The 103 attacks left 56 service members hurt.']) {
      expect(mayNameDate(text), text).toBe(false);
    }
  });

  it('never rejects a sentence of the corpora that chrono finds a date or time in', () => {
    const texts = [...corpus('test/corpus/articles'), ...corpus('test/merge-corpus/articles'), ...[...generateArticles(200, 5)].map((a) => a.text)];
    let rejected = 0;
    for (const s of texts.flatMap((t) => splitSentences(t))) {
      if (mayNameDate(s.text)) continue;
      rejected++;
      expect(chrono.parse(s.text, ref), s.text).toEqual([]);
    }
    expect(rejected).toBeGreaterThan(1000); // the screen does skip most sentences
  });
});
