// Number words as reporters write them, and the quantifiers that turn a figure into a range.
import type { Range } from '../../types.js';

const UNITS: Record<string, number> = {
  zero: 0, no: 0, one: 1, a: 1, an: 1, another: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'half a dozen': 6,
};
// Vague amounts: a lower bound and no single figure (ACLED's convention: "dozens" 12, "hundreds" 100).
const VAGUE: Record<string, number> = {
  several: 2, multiple: 2, some: 2, many: 3, 'a number of': 1, 'a few': 2, few: 2, 'a handful of': 2, dozens: 12, 'several dozen': 24, 'a few dozen': 24,
  tens: 20, scores: 40, hundreds: 100, thousands: 1000, numerous: 3,
};

// "two hundred", "3 thousand" first: "two" alone would leave "hundred" behind
export const NUMBER_SOURCE = String.raw`(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:hundred|thousand)\b|\d+(?:,\d{3})*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:two|three|four|five|six) dozen|half a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|several dozen|a few dozen|dozens|tens(?= of\b)|scores|hundreds|thousands|several|multiple|a number of|a handful of|a few|numerous|many)`;
export const QUANTIFIER_SOURCE = String.raw`(?:at least|more than|over|nearly|almost|about|around|roughly|approximately|some|up to|as many as|fewer than|less than|no fewer than|an estimated|a total of|at most)`;

/** The value of a number as written ("12", "twelve", "twenty-one", "two hundred"), or null for vague amounts. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase().trim();
  const scaled = /^(\w+) (hundred|thousand)$/.exec(w);
  if (scaled) return scale(numberValue(scaled[1]!), scaled[2] === 'hundred' ? 100 : 1000);
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS) return UNITS[w]!;
  const dozens = /^(\w+) dozen$/.exec(w);
  if (dozens && dozens[1]! in UNITS) return UNITS[dozens[1]!]! * 12;
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && compound[1]! in UNITS && compound[2]! in UNITS) return UNITS[compound[1]!]! + UNITS[compound[2]!]!;
  return null;
}

const scale = (n: number | null, by: number): number | null => (n === null ? null : n * by);

/** A casualty range from a quantifier and a number as written. */
export function toRange(quantifier: string | undefined, number: string, text: string): Range {
  const q = (quantifier ?? '').toLowerCase();
  const n = numberValue(number);
  if (n === null) return { best: null, low: VAGUE[number.toLowerCase()] ?? 1, high: null, text };
  // "more than 45 killed" is at least 46 (`n-more-than`): the figure named is itself left out
  if (/more than|over/.test(q)) return { best: n + 1, low: n + 1, high: null, text };
  if (/at least|no fewer than/.test(q)) return { best: n, low: n, high: null, text };
  if (/up to|as many as|at most|fewer than|less than/.test(q)) return { best: n, low: 0, high: n, text };
  if (q) return { best: n, low: null, high: null, text };
  return { best: n, low: n, high: n, text };
}

/** The value of an ordinal word from "second" on ("the fifth strike", "a second militant"). */
export const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };

export const emptyRange = (): Range => ({ best: null, low: null, high: null, text: null });
/** A range that holds no figure at all: the count was not told. */
export const untold = (r: Range): boolean => r.best === null && r.low === null && r.high === null;
