import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, numberValue, toRange } from './numbers.js';

describe('numberValue', () => {
  it('reads figures, words, compounds and dozens', () => {
    expect(['1,625', 'twelve', 'twenty-one', 'a dozen', 'three dozen'].map(numberValue)).toEqual([1625, 12, 21, 12, 36]);
  });
  it('multiplies "two hundred", "a hundred", "3 thousand"', () => {
    expect(['two hundred', 'a hundred', '3 thousand', 'ten thousand'].map(numberValue)).toEqual([200, 100, 3000, 10000]);
  });
  it('gives no value for vague amounts', () => expect(['dozens', 'hundreds', 'several'].map(numberValue)).toEqual([null, null, null]));
});

describe('NUMBER_SOURCE', () => {
  const first = (s: string) => new RegExp(`\\b${NUMBER_SOURCE}\\b`, 'i').exec(s)?.[0];
  // "half a dozen soldiers": six, not the dozen its last two words say
  it('takes "half a dozen" whole, as six', () => {
    expect(first('killed half a dozen guards')).toBe('half a dozen');
    expect(numberValue('Half a dozen')).toBe(6);
  });
  it('takes "two hundred" whole, not "two"', () => expect(first('more than two hundred attacks')).toBe('two hundred'));
  it('a range from it: "at least two hundred" is at least 200', () => expect(toRange('at least', 'two hundred', 'x').low).toBe(200));
});

describe('toRange', () => {
  // n-more-than: "more than 30" leaves the 30 out; "at least 30" keeps it
  it('"more than 30" and "over 30" are at least 31, "at least 30" at least 30', () => {
    expect([toRange('more than', '30', 'x'), toRange('over', 'thirty', 'x'), toRange('at least', '30', 'x')].map((r) => [r.best, r.low, r.high])).toEqual([[31, 31, null], [31, 31, null], [30, 30, null]]);
  });
});
