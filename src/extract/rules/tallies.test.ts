import { describe, expect, it } from 'vitest';
import { findTallies } from './tallies.js';

const counts = (s: string) => findTallies(s).map((t) => t.count);

describe('findTallies', () => {
  it('"a tally ... has counted N attacks since"', () => expect(counts('A tally by officials has counted 58 attacks on its forces since March 2.')).toEqual([58]));
  it('"there have been N strikes since"', () => expect(counts('There have been 41 strikes on the port since January.')).toEqual([41]));
  it('an ordinal: "the 12th attack since"', () => expect(counts('It was the 12th attack on shipping since May 1.')).toEqual([12]));
  it('"more than a dozen attacks over the last week" with the period in days', () => {
    const [t] = findTallies('The convoy faced more than a dozen attacks over the last week.');
    expect([t?.count, t?.daysBack]).toEqual([12, 7]);
  });
  it('"N times between X and Y"', () => expect(counts('Forces came under fire at least 9 times between May 3 and 9.')).toEqual([9]));
  it('keeps "U.S." whole in what was counted', () => expect(findTallies('There have been 70 attacks on U.S. forces since October 17.')[0]?.what).toBe('attacks on U.S. forces'));
  // negative cases
  it('does not count sub-totals or casualty figures', () => {
    expect(counts('There have been 30 attacks since June, 12 of them in the north.')).toEqual([30]);
    expect(counts('The blast killed 5 soldiers on Monday.')).toEqual([]);
    expect(counts('Militias launched dozens of attacks.')).toEqual([]);
  });
});

describe('more ways to report a count', () => {
  it('ships attacked: "attacked at least 88 commercial vessels since November"', () => expect(counts('The Houthis have attacked at least 88 commercial vessels since November.')).toEqual([88]));
  it('"the group\'s 27th attack since"', () => expect(counts('The Houthis fired a missile, the group\'s 27th attack since Nov. 19.')).toEqual([27]));
  it('an ordinal word with a period: "the fifth ASBM ... in the last two days"', () => {
    const [t] = findTallies('This is the fifth ASBM fired by Houthis in the last two days.');
    expect([t?.count, t?.daysBack]).toEqual([5, 2]);
  });
  it('a part of a count: "two of those attacks since Wednesday"', () => expect(counts('Troops were attacked 76 times since Oct. 17, two of those attacks since Wednesday.')).toEqual([76, 2]));
  it('"as of" and a year: "responded only 11 times as of July 30", "in 2022, more than a hundred attacks"', () => {
    expect(counts('The United States had responded only 11 times as of July 30.')).toEqual([11]);
    expect(counts('In 2022, more than a hundred militant attacks hit the region.')).toEqual([100]);
  });
  it('"its second attack of this kind" counts nothing', () => expect(counts('Iran fired 180 missiles at Israel, its second attack of this kind.')).toEqual([]));
});
