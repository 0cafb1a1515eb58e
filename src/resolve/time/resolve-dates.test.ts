import { describe, expect, it } from 'vitest';
import { resolveDates } from './resolve-dates.js';

// Each case: text, publication day, expected [date, earliest, latest, precision] of the first expression.
const cases: Array<[string, string, [string, string, string, number]]> = [
  ['Militants attacked the convoy on Friday.', '2024-03-05', ['2024-03-01', '2024-03-01', '2024-03-01', 1]], // past, not the coming Friday
  ['The base was hit on Tuesday.', '2024-03-05', ['2024-03-05', '2024-03-05', '2024-03-05', 1]], // the publication weekday itself
  ['Rockets fell on the town on Saturday night.', '2024-03-05', ['2024-03-02', '2024-03-02', '2024-03-03', 1]], // nights run into the next day
  ['The ministry said the strike happened last week.', '2024-03-06', ['2024-02-29', '2024-02-26', '2024-03-03', 2]],
  ['Drones were downed overnight, officials said.', '2024-03-05', ['2024-03-04', '2024-03-04', '2024-03-05', 1]],
  ['Two shells landed earlier today.', '2024-03-05', ['2024-03-05', '2024-03-05', '2024-03-05', 1]],
  ['The ambush took place on December 30.', '2024-01-02', ['2023-12-30', '2023-12-30', '2023-12-30', 1]], // month-day moved to last year
  ['Fighting flared in late June.', '2024-08-10', ['2024-06-25', '2024-06-21', '2024-06-30', 3]],
  ['Fighting flared in June.', '2024-08-10', ['2024-06-15', '2024-06-01', '2024-06-30', 3]],
  ['Two soldiers were hurt on Christmas Day.', '2024-12-27', ['2024-12-25', '2024-12-25', '2024-12-25', 1]],
  ['Shelling over the past 24 hours killed two.', '2024-03-05', ['2024-03-04', '2024-03-04', '2024-03-05', 1]],
  ['The US struck on the night of March 2, 2024, officials said.', '2024-03-04', ['2024-03-02', '2024-03-02', '2024-03-03', 1]],
];

describe('resolveDates', () => {
  for (const [text, published, [date, earliest, latest, precision]] of cases) {
    it(`"${text}" published ${published}`, () => {
      const found = resolveDates(text, published)[0];
      expect(found, 'no date found').toBeDefined();
      expect([found!.span.date, found!.span.earliest, found!.span.latest, found!.span.precision]).toEqual([date, earliest, latest, precision]);
    });
  }

  it('marks the start of a period, which is not the day of an incident', () => {
    const [since] = resolveDates('Militias have carried out 40 attacks since March 3.', '2024-04-01');
    expect(since!.periodStart).toBe(true);
  });

  it('resolves "earlier in the day" against the narrative, not publication', () => {
    const [d] = resolveDates('Earlier in the day, gunmen attacked a checkpoint.', '2024-04-01');
    expect(d!.narrative).toBe(true);
  });

  it('ignores a time of day alone, as in a ship\'s name', () => {
    expect(resolveDates('Missiles were aimed at the MV Morning Tide.', '2024-04-01')).toEqual([]);
  });

  it('ignores a clock time with no day', () => {
    expect(resolveDates('The drone was downed at 4:45 pm local time.', '2024-04-01')).toEqual([]);
  });

  it('finds no day in impossible dates', () => {
    expect(resolveDates('It happened on February 30 and on 31/31/2024.', '2024-03-01')).toEqual([]);
  });
});

describe('resolveDates, years', () => {
  it('a number after a day is not a future year', () => {
    const [d] = resolveDates('There have been 70 attacks since October 17th, 32 of them in Iraq.', '2023-11-23');
    expect(d!.span.date).toBe('2023-10-17');
  });
});

describe('days counted from another day', () => {
  it('"two days earlier" is a shift from the day the story stands at', () => {
    const [d] = resolveDates('Two days earlier, rockets hit the base.', '2024-08-08');
    expect(d!.narrative).toBe(true);
    expect(d!.shift).toEqual({ days: -2, width: 0 });
  });
  it('"the week before that" is the seven days before it', () => {
    expect(resolveDates('The week before that, drones attacked the base.', '2024-08-08')[0]!.shift).toEqual({ days: -7, width: 6 });
  });
  it('"two days after" is no date of its own (chrono would read a future day)', () => {
    expect(resolveDates('The raid came two days after a drone attack in Jordan.', '2024-08-08')).toEqual([]);
  });
});

describe('no day after publication', () => {
  it('"within 24 hours of the strike" names no day of the strike', () => {
    expect(resolveDates('Port operations resumed within 24 hours of the Israeli strike.', '2024-07-22')).toEqual([]);
  });
});

describe('the present', () => {
  it('"protesting right now" names no day', () => expect(resolveDates('"Those who are protesting on the streets right now are not students," she said.', '2024-08-05')).toEqual([]));
});

describe('day-list: the other days of a list', () => {
  const days = (text: string) => resolveDates(text, '2024-07-31').map((d) => [d.span.date, d.rule]);
  it('"on July 26 and 27" names two days', () => expect(days('More rockets hit the base on July 26 and 27.')).toEqual([['2024-07-26', 'chrono'], ['2024-07-27', 'day-list']]));
  it('"on 9, 10 and 11 June" names three days', () => expect(days('The base was shelled on 9, 10 and 11 June.').map(([d]) => d)).toEqual(['2024-06-09', '2024-06-10', '2024-06-11']));
  it('a figure after the day is no day', () => expect(days('On July 26, 3 people were killed.')).toEqual([['2024-07-26', 'chrono']]));
});

describe('datelines', () => {
  it('"MANILA, Dec 18 (PNA) –" is the day of the report', () => expect(resolveDates('MANILA, Dec 18 (PNA) – Seven were killed yesterday.', '2023-12-18')[0]?.speechDay).toBe(true));
  it('a day at the start of a sentence is no dateline', () => expect(resolveDates('On Dec 17 seven were killed.', '2023-12-18')[0]?.speechDay).toBe(false));
});
