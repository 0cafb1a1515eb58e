// Date expressions that chrono-node gets wrong or does not know, each a small named rule (a chrono
// "parser" of our own): spans such as "last week", the day itself for "earlier in the day", nights that
// run into the next day, holidays. Each returns bounds relative to the publication day.
import type { DateSpan } from '../../types.js';
import { addDays, midDay, monthSpan, parseDay, weekStart } from './days.js';

export interface SpanRule {
  id: string;
  /** resolved against the last day the article named ("earlier in the day") instead of publication */
  narrative?: boolean;
  re: RegExp;
  span: (published: string, m: RegExpExecArray) => Omit<DateSpan, 'text'> | null;
  /** "two days earlier": days from the day it is counted from, and how many days the span runs */
  shift?: (m: RegExpExecArray) => Shift;
}

export interface Shift {
  days: number;
  width: number;
  /** "that day in 2021": the day counted from, in that year */
  year?: number;
  /** "earlier that week" after "In August": the days stay within the period counted from */
  within?: boolean;
}

const AMOUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)`;
const AMOUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const amount = (word: string): number => AMOUNTS[word.toLowerCase()] ?? Number(word);
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, night: 1, evening: 1, morning: 1, afternoon: 1, week: 7, month: 30 };
const unitDays = (unit: string): number => UNIT_DAYS[unit.toLowerCase().replace(/s$/, '')] ?? 1;

/** "two days earlier" → 2 days back, one day; "the week before" → 7 back, a week; "a day later" → 1 on. */
export function shiftOf(m: RegExpExecArray): Shift {
  const [, n, unit, direction] = m;
  const back = /earlier|before|previous|prior/i.test(direction ?? m[0]);
  const days = (n ? amount(n) : 1) * unitDays(unit ?? 'day');
  const width = /week/i.test(unit ?? '') && !n ? 6 : 0;
  return { days: back ? -days : days, width };
}
const shifted = (p: string, s: Shift) => range(addDays(p, s.days), addDays(p, s.days + s.width), s.width ? 2 : 1, addDays(p, s.days));

/** The three spellings of a shift as [amount, unit, direction]. */
function normaliseShift(m: RegExpExecArray): RegExpExecArray {
  const out = [m[0], m[1], m[2], m[3]] as unknown as RegExpExecArray;
  if (m[4]) { out[1] = undefined as unknown as string; out[2] = m[4]; out[3] = m[5]!; }
  if (m[6]) { out[1] = undefined as unknown as string; out[2] = m[7]!; out[3] = m[6]; }
  return out;
}

const day = (d: string, precision: 1 | 2 | 3 = 1) => ({ date: d, earliest: d, latest: d, precision });
const range = (earliest: string, latest: string, precision: 1 | 2 | 3, date = midDay(earliest, latest)) => ({ date, earliest, latest, precision });

const HOLIDAYS: Record<string, string> = { 'christmas day': '12-25', christmas: '12-25', 'christmas eve': '12-24', 'christmas night': '12-25', "new year's eve": '12-31', "new year's day": '01-01' };

/** The holiday of the year given, when it is not after publication, else its most recent occurrence. */
function holiday(published: string, monthDay: string, year: string | undefined): string {
  const dated = year ? `${year}-${monthDay}` : null;
  return dated && dated <= published ? dated : lastOccurrence(published, monthDay);
}

/** The most recent occurrence of month-day on or before the publication day. */
function lastOccurrence(published: string, monthDay: string): string {
  const year = Number(published.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  return thisYear <= published ? thisYear : `${year - 1}-${monthDay}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "late July": the last third of the most recent July; "early", "mid" the first and middle thirds. */
function partOfMonth(published: string, part: string, month: string) {
  const year = Number(published.slice(0, 4));
  const m = MONTHS.indexOf(month);
  const y = `${year}-${String(m + 1).padStart(2, '0')}-01` <= published ? year : year - 1;
  const [first, last] = monthSpan(y, m);
  const [from, to] = /early|beginning|start/.test(part) ? [1, 10] : /mid|middle/.test(part) ? [11, 20] : [21, Number(last.slice(8))];
  const earliest = `${first.slice(0, 8)}${String(from).padStart(2, '0')}`;
  const latest = `${first.slice(0, 8)}${String(to).padStart(2, '0')}`;
  return range(earliest, latest < published ? latest : published, 3);
}

/** A month of the publication year, or of the year before: the days of it not after publication. */
function monthOfYear(published: string, month: string, yearsBack: number) {
  const [earliest, last] = monthSpan(Number(published.slice(0, 4)) + yearsBack, MONTHS.indexOf(month));
  if (earliest > published) return null;
  const latest = last < published ? last : published;
  return range(earliest, latest, 3);
}

/** A whole year before the publication year; the publication year says nothing chrono and the story do not. */
function yearBefore(published: string, year: number) {
  return year < Number(published.slice(0, 4)) ? range(`${year}-01-01`, `${year}-12-31`, 3) : null;
}

/**
 * The weekend a weekend word names: the last one before publication, or (rule `t-weekend-in-progress`) the one
 * publication falls in, told on its Saturday or Sunday "over the weekend" or "at the weekend" (never "last weekend")
 */
function weekendOf(published: string, words: string) {
  const weekday = parseDay(published).getUTCDay();
  if ((weekday === 6 || weekday === 0) && !/^last\b/i.test(words)) {
    const sat = weekday === 6 ? published : addDays(published, -1);
    return range(sat, published, 2, sat);
  }
  const sat = addDays(weekStart(published), -2);
  return range(sat, addDays(sat, 1), 2, sat);
}

const SOME_DAYS_BACK: Shift = { days: -6, width: 4 };
/** "earlier that week": the six days before the day told; "later that week": the six after it. */
const thatWeek = (m: RegExpExecArray): Shift => (/^earlier/i.test(m[1]!) ? { days: -6, width: 5, within: true } : { days: 1, width: 5, within: true });

export const SPAN_RULES: SpanRule[] = [
  // counted from the day the story stands at ("The week before that, the base had been attacked"); "two days
  // before Danes vote", "a week before he was killed" count from another time (t-lag), never from the story's day
  {
    id: 't-shifted', narrative: true,
    re: new RegExp(String.raw`\b(?:${AMOUNT} (days?|nights?|weeks?|months?) (earlier|before|later|prior)(?! (?:the|a|an|this|his|her|its|their)\b)(?!(?<=before) (?!that\b|then\b)[A-Za-z0-9])(?: that| then)?|the (day|night|week|month) (before|after)(?! (?:the|a|an|this|his|her|its|their)\b)(?: that| then)?|the (previous|following|next) (day|night|evening|morning|afternoon|week|month))\b`, 'gi'),
    span: (p, m) => shifted(p, shiftOf(normaliseShift(m))),
    shift: (m) => shiftOf(normaliseShift(m)),
  },
  // t-that-week: "Earlier that week, a captain was killed" after "In August, three Levies died": the days of the
  // week the story stands at before (or after) its day, a span of its own, never the day told nor the publication's
  {
    id: 't-that-week', narrative: true,
    re: /\b(earlier|later) (?:that (?:same )?|the same )week\b/gi,
    span: (p, m) => shifted(p, thatWeek(m)),
    shift: (m) => thatWeek(m),
  },
  // t-some-shifted: "A few days before, RSF fighters attacked a mosque", "several days earlier": a vague count of
  // days back from the day the story stands at, alone (not "a few days before the election", a lag: t-lag), is
  // a span of two to six days before it
  {
    id: 't-some-shifted', narrative: true,
    re: /\b(?:a few|several|some) days (?:earlier|before)(?=\s*(?:[,.;:)]|$))/gi,
    span: (p) => shifted(p, SOME_DAYS_BACK),
    shift: () => SOME_DAYS_BACK,
  },
  // "two days after the attack": a lag between two incidents of the sentence, read by the clause split;
  // "a few weeks before the election" counts from the election, not from the day of publication
  { id: 't-lag', re: new RegExp(String.raw`\b(?:${AMOUNT}|a few|a couple of|several|some) (hours?|days?|weeks?|months?) (after|before)\b`, 'gi'), span: () => null },
  { id: 't-today', re: /\b(earlier today|(early |late )?(this|this past) (morning|afternoon|evening)|today|tonight|hours ago)\b/gi, span: (p) => day(p) },
  // t-anniversary: "April 28 ... On that day in 2021, thousands took to the streets": the day just told, in the
  // year named, an anniversary recalled (not the day of the story)
  { id: 't-anniversary', narrative: true, re: /\b(?:on )?(?:that|this|the same) day,? in ((?:19|20)\d\d)\b/gi, span: (p) => day(p), shift: (m) => ({ days: 0, width: 0, year: Number(m[1]) }) },
  { id: 't-same-day', narrative: true, re: /\b(earlier (in|that) (the )?day|later (in|that) (the )?day|(on )?(the|that) same (day|morning|afternoon|evening|night)|that (day|night|evening|morning|afternoon)|hours (later|earlier)|not long after)\b(?!,?\s+in\s+(?:19|20)\d\d\b)/gi, span: (p) => day(p) },
  // not "in the early hours of Saturday", "overnight Friday to Saturday", "overnight into Sunday": the day is named
  { id: 't-last-night', re: /\b(last night|overnight|in the early hours|late last night|during the night)\b(?!,?\s+(?:of\s+|on\s+|into\s+|from\s+|to\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/gi, span: (p) => range(addDays(p, -1), p, 1, addDays(p, -1)) },
  { id: 't-past-24h', re: /\b(past|last|previous) (24|twenty-four) hours\b/gi, span: (p) => range(addDays(p, -1), p, 1, addDays(p, -1)) },
  // "a few days ago", "several weeks ago": chrono reads one day three back; the words give a span, no day
  { id: 't-some-ago', re: /\b(a few|a couple of|several|some) (days|weeks) ago\b/gi, span: (p, m) => /^days$/i.test(m[2]!) ? range(addDays(p, -7), addDays(p, -1), 2) : range(addDays(p, -42), addDays(p, -7), 3) },
  { id: 't-last-week', re: /\blast week\b/gi, span: (p) => { const s = addDays(weekStart(p), -7); return range(s, addDays(s, 6), 2); } },
  { id: 't-this-week', re: /\b(earlier this week|this week)\b/gi, span: (p) => range(weekStart(p), p, 2) },
  // ("the deadly weekend ambush": the weekend named as an act's time is the last one, both its days, not a Saturday)
  { id: 't-last-weekend', re: /\b(last weekend|at the weekend|over the weekend|this weekend|(?<=\b(?:the|a|deadly|bloody|this|last)\s+(?:[\w-]+\s+)?)weekend(?=\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|strikes?|airstrikes?|clash(?:es)?|violence|protests?|rall(?:y|ies)|riots?|bombings?|shootings?|killings?|fighting|massacres?|assaults?)\b))/gi, span: (p, m) => weekendOf(p, m[0]) },
  { id: 't-last-month', re: /\blast month\b/gi, span: (p) => { const d = parseDay(p); const [a, b] = monthSpan(d.getUTCFullYear(), d.getUTCMonth() - 1); return range(a, b, 3); } },
  { id: 't-part-of-month', re: /\b(early|mid|late|the end of|the beginning of|the start of|the middle of)[- ](january|february|march|april|may|june|july|august|september|october|november|december)\b/gi, span: (p, m) => partOfMonth(p, m[1]!.toLowerCase(), m[2]!.toLowerCase()) },
  // "since May last year", "in March this year": chrono reads no year relative to publication
  { id: 't-month-of-year', re: /\b(january|february|march|april|may|june|july|august|september|october|november|december) (last|this) year\b/gi, span: (p, m) => monthOfYear(p, m[1]!.toLowerCase(), m[2]!.toLowerCase() === 'last' ? -1 : 0) },
  // "In 2014 Boko Haram kidnapped 270 schoolgirls": a year before publication that opens the sentence dates
  // a recalled incident within that year, never on the publication day (chrono reads no bare year); a year
  // further on mostly describes a group or a war ("a group that pledged allegiance to IS in 2019")
  { id: 't-year', re: /(?<=^\W*(?:in|during|early in|late in)\s|^\W*mid-)(?:19|20)\d\d\b(?![-–/]\d)/gi, span: (p, m) => yearBefore(p, Number(m[0])) },
  // "the 2023 Christmas Eve attack", "on Christmas Day 2022": a year given is that year's, else the last one
  { id: 't-holiday', re: /\b(?:((?:19|20)\d\d)\s+)?(christmas (?:day|eve|night)|christmas|new year's (?:eve|day))(?:,?\s+((?:19|20)\d\d))?\b/gi, span: (p, m) => day(holiday(p, HOLIDAYS[m[2]!.toLowerCase()]!, m[1] ?? m[3])) },
];
