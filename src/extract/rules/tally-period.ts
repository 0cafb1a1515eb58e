// The period a reported tally covers: "since October 17", "between May 3 and 9", "over the past week",
// "in 2022", "so far" (since the campaign the article dates), "as of July 30". The cues are the rows of
// data/lexicons/tally-periods.tsv; dates come from the sentence's resolved date expressions.
import type { DateMention } from '../../resolve/time/resolve-dates.js';
import { addDays, addMonths, weekStart } from '../../resolve/time/days.js';
import { lexicon, matchAll } from '../lexicon.js';
import { numberValue } from './numbers.js';

export type PeriodStart = 'date' | 'until' | 'days' | 'last-day' | 'this-week' | 'this-month' | 'this-season' | 'this-year' | 'last-year' | 'year' | 'year-part' | 'war' | 'campaign' | 'truce' | 'then' | 'act' | 'none' | 'marker';

export interface PeriodCue {
  index: number;
  end: number;
  start: PeriodStart;
  text: string;
}

export interface TallyPeriod {
  since: string | null;
  until: string | null;
}

/** A sentence's period cues and dates, found once and read for each of its counts. */
export interface SentencePeriods {
  sentence: string;
  dates: DateMention[];
  cues: PeriodCue[];
}

/** What only the article can tell: the day the story last stood at, the day the campaign or war of a cue began. */
export interface PeriodLookups {
  then?: () => string | null;
  /** the day the article reports: the day it tells most often (tallies.ts `reportedDay`) */
  reported?: () => string | null;
  campaign?: (cue: PeriodCue) => string | null;
  /** the known first day of the truce a cue names ("the PKK's ceasefire") */
  truce?: (cue: PeriodCue) => string | null;
  /** the day the article told the act a cue names happened on ("since his call": the day he called) */
  act?: (cue: PeriodCue) => string | null;
  /** the first days of the periods the article states anywhere ("the figures for the period from July 1, 2022") */
  stated?: () => string[];
  /** the period of the report the sentence goes on telling, which "the previous month" is counted back from */
  report?: () => TallyPeriod | null;
}

const STARTS: ReadonlySet<string> = new Set(['date', 'until', 'days', 'last-day', 'this-week', 'this-month', 'this-season', 'this-year', 'last-year', 'year', 'year-part', 'war', 'campaign', 'truce', 'then', 'act', 'none', 'marker']);
// a date this close after a cue is the one it introduces ("since Hamas's Oct. 7 attack")
const CUE_TO_DATE = 25;
// a period stated after the figure belongs to it within this reach; one before it, anywhere before
const AFTER_REACH = 110;

/** The period cues of a sentence, text order; where cues overlap the one starting first (then longest) stands. */
export function periodCues(sentence: string): PeriodCue[] {
  const out: PeriodCue[] = [];
  for (const m of matchAll('tally-periods', sentence)) {
    const start = m.rule.fields[0]!;
    if (!STARTS.has(start)) throw new Error(`data/lexicons/tally-periods.tsv: row ${m.rule.id} has an unknown start "${start}"`);
    if (out.length && m.index < out[out.length - 1]!.end) continue;
    out.push({ index: m.index, end: m.index + m.text.length, start: start as PeriodStart, text: m.text });
  }
  return out;
}

/** "has killed 12,000 people since the war began": a period counted from the start of a war. */
export function namesWarPeriod(text: string): boolean {
  // the war's rows alone turn most texts away before every cue is read
  warRows ??= new RegExp(lexicon('tally-periods').filter((r) => r.fields[0] === 'war').map((r) => r.re.source).join('|') || '(?!)', 'i');
  return warRows.test(text) && periodCues(text).some((c) => c.start === 'war');
}
let warRows: RegExp | null = null;

// "since August last year": a cue inside a date that starts before it is that date's words, not a period of its own
export const sentencePeriods = (sentence: string, dates: DateMention[]): SentencePeriods =>
  ({ sentence, dates, cues: periodCues(sentence).filter((c) => !dates.some((d) => d.index < c.index && c.end <= d.end)) });

/**
 * Whether a period a count can run over is named in the count's stretch of words between commas, the
 * stretch before it or the sentence's opening one ("In 2022, ... more than a hundred attacks"); not
 * further: "hit twice, the army said, in the latest of 40 attacks since May" counts no two.
 * `withStart`: a period whose first day is stated ("since May", "in the last two days"; not "in recent
 * weeks", "so far").
 */
export function hasPeriod(p: SentencePeriods, at: Span, withStart = false): boolean {
  return periodsNear(p, at, withStart).length > 0;
}

/**
 * Whether a period opens right after `from`, perhaps behind its preposition: "... and 94 between July and
 * November", "and five in 2022". A time marker, an end or a period with no start tells none.
 */
export function periodRightAfter(p: SentencePeriods, from: number): boolean {
  const opens = (at: number) => at >= from && OPENS_PERIOD.test(p.sentence.slice(from, at));
  return p.cues.some((c) => !['marker', 'none', 'until'].includes(c.start) && opens(c.index)) || fromDates(p).some((c) => opens(c.index));
}
const OPENS_PERIOD = /^\s*(?:(?:in|between|from|during|over|throughout|since)\s+(?:the\s+)?)?$/i;

/** A count of the day before publication only ("53 strikes over the past 24 hours"): its acts are each also the day's news. */
export function lastDayOnly(p: SentencePeriods, at: Span): boolean {
  const near = periodsNear(p, at);
  return near.length > 0 && near.every((x) => 'start' in x && x.start === 'last-day');
}

/** The period cues and dated stretches in reach of a count (see hasPeriod). */
function periodsNear(p: SentencePeriods, at: Span, withStart = false): Array<PeriodCue | Candidate> {
  const parts = stretches(p.sentence);
  const own = parts.findIndex((x) => at.index >= x.index && at.index < x.end);
  const near = [parts[0]!, parts[own - 1], parts[own], ...continuing(parts, own, p.sentence)].filter((x): x is Span => !!x);
  const within = (x: Span) => near.some((r) => x.end > r.index && x.index < r.end);
  const undated = ['none', 'war', 'campaign', 'truce', 'then', 'act', 'marker', 'until'];
  const periods = p.cues.filter((c) => c.start !== 'marker' && (c.start !== 'until' || dateAfter(c, p.dates)) && !(withStart && undated.includes(c.start)));
  return [...periods.filter(within), ...fromDates(p).filter(within)];
}

/**
 * The stretches after the count's own that go on with its phrase: "53 strikes on Mount Gara, in northern
 * Duhok province, over the past 24 hours" (each opens with a preposition; a clause of its own does not).
 */
function continuing(parts: Span[], own: number, sentence: string): Span[] {
  const out: Span[] = [];
  for (const x of parts.slice(own + 1)) {
    if (!PHRASE_GOES_ON.test(sentence.slice(x.index, x.end))) break;
    out.push(x);
  }
  return out;
}
const GOES_ON_WORDS = 'in|on|at|near|across|over|during|throughout|within|since|between|from';
const PHRASE_GOES_ON = new RegExp(String.raw`^\s*(?:${GOES_ON_WORDS})\b`, 'i');
// t-with-day: "A wave of protests swept France today, with demonstrators at over 250 rallies": a phrase of
// "with" goes on with the clause before it, as a preposition's does, and shares its day
const DAY_GOES_ON = new RegExp(String.raw`^\s*(?:${GOES_ON_WORDS}|with)\b`, 'i');
// an opening stretch that is only its day: "On Friday", "Early on Saturday", "On September 18"
const FRONTED_DAY_WORDS = 4;
const FRONTED_DAY_CHARS = 30;

/**
 * "Two attacks in the town on Sunday killed nine": the time told nearest a count, within its stretch of
 * words between commas, is a day, so the figure counts one day's acts, not a period's.
 */
export function toldAsDay(p: SentencePeriods, at: Span): boolean {
  const own = stretches(p.sentence).find((x) => at.index >= x.index && at.index < x.end)!;
  const inStretch = (x: Span) => x.index >= own.index && x.end <= own.end;
  const times = [...daysTold(p).map((d) => ({ index: d.index, end: d.end, day: true })), ...[...p.cues.filter((c) => c.start !== 'marker'), ...fromDates(p)].map((c) => ({ index: c.index, end: c.end, day: false }))];
  const distance = (x: Span) => (x.index >= at.end ? x.index - at.end : at.index - x.end);
  return times.filter(inStretch).sort((a, b) => distance(a) - distance(b))[0]?.day ?? false;
}

/** A day told in the count's stretch ("on Saturday", "the previous evening"): the period of one day's count. */
export function dayNear(p: SentencePeriods, at: Span): boolean {
  return oneDayOf(p, at) !== null;
}

function oneDayOf(p: SentencePeriods, at: Span): DateMention | null {
  const parts = stretches(p.sentence);
  const own = parts.findIndex((x) => at.index >= x.index && at.index < x.end);
  // "drew crowds on Wednesday, in 812 actions across the country": a stretch that opens with a
  // preposition goes on with the one before it, and the day told there is its day too
  const goesOn = own > 0 && DAY_GOES_ON.test(p.sentence.slice(parts[own]!.index, parts[own]!.end));
  // t-fronted-day: "On Friday, 29 rallies were held across the country": a sentence that opens on its day
  // alone ("On Friday,", "Today,") tells the day of every stretch after it
  const fronted = own > 0 && parts[0]!.end - parts[0]!.index <= FRONTED_DAY_CHARS && p.sentence.slice(parts[0]!.index, parts[0]!.end).trim().split(/\s+/).length <= FRONTED_DAY_WORDS;
  const reach = [...(fronted ? [parts[0]!] : []), ...(goesOn ? [parts[own - 1]!] : []), parts[own]!];
  // by where the day starts: a date's text may take in the comma that ends the stretch ("on Saturday,")
  return daysTold(p).find((d) => reach.some((x) => d.index >= x.index && d.index < x.end)) ?? null;
}

/** The days told in a sentence as the day of an act: not a start, not the day something was said. */
export const daysTold = (p: SentencePeriods): DateMention[] => p.dates.filter((d) => d.span.precision === 1 && !d.periodStart && !d.speechDay && !p.cues.some((c) => introduces(c, d)));

interface Span {
  index: number;
  end: number;
}

/**
 * The stretches of a sentence between commas and semicolons; "1,625" is one figure, and an aside between
 * dashes ("500,000 marched – a figure unions dispute, who claim a million – at 250 rallies", t-dash-aside)
 * breaks no stretch: the words after it go on with the ones before.
 */
function stretches(sentence: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const asides = [...sentence.matchAll(DASH_ASIDE)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  for (const m of sentence.matchAll(/[,;](?=\s)|;/g)) {
    if (asides.some((a) => m.index > a.index && m.index < a.end)) continue;
    out.push({ index: from, end: m.index });
    from = m.index + 1;
  }
  out.push({ index: from, end: sentence.length });
  return out;
}

const DASH_ASIDE = /\s[–—]\s[^–—;]*?\s[–—]\s/g;

/** The first and last day of the period a count at [index, end) of the sentence runs over; the last is never after publication. */
export function tallyPeriod(p: SentencePeriods, at: Span & { oneDay?: boolean }, published: string, lookups: PeriodLookups = {}): TallyPeriod {
  const day = at.oneDay ? oneDayOf(p, at) : null;
  if (day) return { since: day.span.earliest, until: day.span.latest > published ? published : day.span.latest };
  const candidates = [...p.cues.flatMap((c) => fromCue(c, p, published, lookups)), ...fromDates(p)];
  // t-held-across: one day's count in a sentence that tells no time is of the day the article reports
  const reported = at.oneDay && !candidates.length ? lookups.reported?.() : null;
  if (reported) return { since: reported, until: reported };
  // a start with no day to it ("since the ceasefire") gives way to one with a day, wherever it stands
  const since = nearest(candidates.filter((c) => !!c.since), at, p.sentence)?.since ?? null;
  const until = nearest(candidates.filter((c) => c.until !== undefined), at, p.sentence)?.until ?? published;
  return { since, until: until > published ? published : until };
}

interface Candidate {
  index: number;
  end: number;
  since?: string | null;
  until?: string | null;
}

// the first month of each season as the northern-hemisphere press counts it ("this fall" from September)
const SEASON_FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** "this fall" published 2025-11-11 → 2025-09-01; "this winter" published in February → the December before. */
function seasonStart(published: string, text: string): string {
  const first = SEASON_FIRST_MONTH[/spring|summer|fall|autumn|winter/i.exec(text)![0].toLowerCase()]!;
  const year = Number(published.slice(0, 4)), month = Number(published.slice(5, 7));
  const startYear = first > month ? year - 1 : year;
  return `${startYear}-${String(first).padStart(2, '0')}-01`;
}

/**
 * t-compared-ends: "70 attacks in 2023, up from 45 in 2022", "three attacks in January, against 11 in
 * December": a figure the count is compared with ends the reach after it, and the period told after that
 * figure is the figure's own, not the count's.
 */
const AFTER_ENDS = /[;:]|\s[–—]\s|\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bas\s+against\b|,\s+against\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|\bversus\b|\bvs\.?\s/i;

/** The candidate stated right after the figure, within its clause; else the last one before it or inside its phrase. */
function nearest(cands: Candidate[], at: Span, sentence: string): Candidate | null {
  const clauseEnd = sentence.slice(at.end).search(AFTER_ENDS);
  const reach = at.end + Math.min(AFTER_REACH, clauseEnd < 0 ? Infinity : clauseEnd);
  const after = cands.filter((c) => c.index >= at.end && c.index <= reach).sort((a, b) => a.index - b.index)[0];
  if (after) return after;
  // "the number of attacks in the first half of 2024 stood at 271": a total's own words may tell its period
  return cands.filter((c) => c.end <= at.index || c.index >= at.index && c.end <= at.end).sort((a, b) => b.end - a.end)[0] ?? null;
}

function fromCue(c: PeriodCue, { sentence, dates }: SentencePeriods, published: string, lookups: PeriodLookups): Candidate[] {
  const here = { index: c.index, end: c.end };
  const year = Number(published.slice(0, 4));
  switch (c.start) {
    case 'date': return [{ ...here, since: dateAfter(c, dates)?.span.earliest ?? yearAfter(c, sentence), ...betweenEnd(c, sentence, dates) }];
    case 'until': { const d = dateAfter(c, dates); return d ? [{ ...here, until: d.span.latest }] : []; }
    case 'days': return [{ ...here, ...(unitBeforeReport(c.text, lookups.report?.() ?? null) ?? { since: statedStart(stretchStart(published, c.text), c.text, lookups.stated?.() ?? []) }) }];
    case 'last-day': return [{ ...here, since: addDays(published, -1) }];
    case 'this-week': return [{ ...here, since: weekStart(published) }];
    case 'this-month': return [{ ...here, since: `${published.slice(0, 7)}-01` }];
    case 'this-season': return [{ ...here, since: seasonStart(published, c.text) }];
    case 'this-year': return [{ ...here, since: `${year}-01-01` }];
    case 'last-year': return [{ ...here, since: `${year - 1}-01-01`, until: `${year - 1}-12-31` }];
    case 'year': return [{ ...here, ...calendarYear(c.text, year) }];
    case 'year-part': return [{ ...here, ...yearPart(c.text, year) }];
    case 'war': case 'campaign': return [{ ...here, since: campaignSince(dateAfter(c, dates), lookups.campaign?.(c) ?? null) }];
    case 'truce': return [{ ...here, since: campaignSince(dateAfter(c, dates), lookups.truce?.(c) ?? null) }];
    case 'then': return [{ ...here, since: lookups.then?.() ?? null }];
    case 'act': return [{ ...here, since: dateAfter(c, dates)?.span.earliest ?? lookups.act?.(c) ?? null }];
    case 'none': case 'marker': return [];
  }
}

/** "since the Israel-Hamas war began in October": the known day inside the month told, else what is told. */
function campaignSince(told: DateMention | undefined, known: string | null): string | null {
  if (!told) return known;
  return known && told.span.precision > 1 && known >= told.span.earliest && known <= told.span.latest ? known : told.span.earliest;
}

/**
 * t-previous-unit: "ACLED recorded 51 incidents in September ... That compares with 58 in the previous
 * month": "previous" and "preceding" count back from the time the text stands at, not from publication;
 * while a dated report is being told, that is the report's period (August, not the 30 days before
 * publication). "The past month", "the last month" stay counted from publication.
 */
function unitBeforeReport(text: string, report: TallyPeriod | null): TallyPeriod | null {
  const unit = PREVIOUS_UNIT.exec(text)?.[1]?.toLowerCase();
  if (!unit || !report?.since) return null;
  const since = report.since;
  if (unit === 'week') return { since: addDays(since, -7), until: addDays(since, -1) };
  if (unit === 'year') return { since: `${Number(since.slice(0, 4)) - 1}-01-01`, until: `${Number(since.slice(0, 4)) - 1}-12-31` };
  const first = addMonths(`${since.slice(0, 7)}-01`, -1);
  return { since: first, until: addDays(`${since.slice(0, 7)}-01`, -1) };
}
const PREVIOUS_UNIT = /\b(?:previous|preceding)\s+(week|month|year)\b/i;

/** "in 2022" → the whole year; "the first half of 2022" → its first six months (a year-part); a year not over runs to publication. */
function calendarYear(text: string, published: number): { since: string; until?: string } {
  if (/\b(?:half|quarter)\b/i.test(text)) return yearPart(text, published);
  const y = Number(/(?:19|20)\d\d/.exec(text)![0]);
  return { since: `${y}-01-01`, ...(y < published ? { until: `${y}-12-31` } : {}) };
}

/**
 * The first days of the calendar periods a sentence names ("in the first half of 2023", "the second
 * quarter of the year"): a round stretch counted back from publication ("over the past six months") that
 * lands a few days off one of them is that period (statedStart).
 */
export function calendarStarts(sentence: string, published: string): string[] {
  const year = Number(published.slice(0, 4));
  return periodCues(sentence).flatMap((c) => {
    if (c.start === 'year') return [calendarYear(c.text, year).since];
    if (c.start === 'year-part') return [yearPart(c.text, year).since];
    return c.start === 'this-year' && /\bfirst\b/i.test(c.text) ? [`${year}-01-01`] : [];
  });
}

const QUARTER_OR_HALF: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * "the second half of 2023" → 1 July to 31 December 2023; "the last three months of 2023" → 1 October;
 * "the third quarter of this year", "Q3 2024", "H2 2023". The year is the one told, else publication's
 * ("of the year"), or the one before it ("of last year").
 */
export function yearPart(text: string, published: number): { since: string; until?: string } {
  const told = /(?:19|20)\d\d/.exec(text)?.[0];
  const y = told ? Number(told) : /\blast year\b/i.test(text) ? published - 1 : published;
  const short = /\b([HQ])([1-4])\b/i.exec(text);
  const part = /\b(first|second|third|fourth|final|last|latter) (quarter|half)\b/i.exec(text);
  const months = /\b(?:last|final) (?:(\S+) )?months?\b/i.exec(text);
  // the first and last month of the part
  let first: number, size: number;
  if (short) [first, size] = short[1]!.toUpperCase() === 'H' ? [(Number(short[2]) - 1) * 6 + 1, 6] : [(Number(short[2]) - 1) * 3 + 1, 3];
  else if (part) {
    size = part[2]!.toLowerCase() === 'half' ? 6 : 3;
    const nth = QUARTER_OR_HALF[part[1]!.toLowerCase()] ?? 12 / size; // "last", "final", "latter": the last one
    first = (nth - 1) * size + 1;
  } else [first, size] = [13 - Math.min(12, (months?.[1] && numberValue(months[1])) || 1), 12];
  const last = Math.min(12, first + size - 1);
  const since = `${y}-${String(first).padStart(2, '0')}-01`;
  return y < published ? { since, until: addDays(last === 12 ? `${y + 1}-01-01` : `${y}-${String(last + 1).padStart(2, '0')}-01`, -1) } : { since };
}

/** "since 2019": a bare year, which no date expression reads, starts on its first day. */
function yearAfter(c: PeriodCue, sentence: string): string | null {
  const y = /^\s+((?:19|20)\d\d)\b/.exec(sentence.slice(c.end))?.[1];
  return y ? `${y}-01-01` : null;
}

/** "between X and Y": the period ends on Y. */
// what joins the two days of a span: "between March 1, 2025, and January 21", "from May 3 to 9"
const RANGE_TO = /^,?\s*(and|to|until|through)\s+$/i;

function betweenEnd(c: PeriodCue, sentence: string, dates: DateMention[]): { until?: string } {
  const first = dateAfter(c, dates);
  if (!first) return {};
  const second = dates.find((d) => d.index > first.end && RANGE_TO.test(sentence.slice(first.end, d.index)));
  return second ? { until: second.span.latest } : {};
}

/**
 * Periods told by dates alone: a start no cue introduced ("between X and Y", "from X", "since the war began
 * on October 7") and spans ("last month", "in March"). A day ("on Sunday") is no period.
 */
function fromDates({ sentence, dates, cues }: SentencePeriods): Candidate[] {
  const free = dates.filter((d) => !cues.some((c) => introduces(c, d)));
  const starts = free.filter((d) => d.periodStart || /\bsince\s+(?:[\w'’-]+\s+){0,8}$/i.test(clauseBefore(sentence, d.index)));
  const out: Candidate[] = starts.map((d) => {
    const second = free.find((x) => x.index > d.end && RANGE_TO.test(sentence.slice(d.end, x.index)));
    return { index: d.index, end: second?.end ?? d.end, since: d.span.earliest, ...(second ? { until: second.span.latest } : {}) };
  });
  for (const d of dateSpans(sentence, free)) {
    if (starts.includes(d) || out.some((o) => o.until && d.index > o.index && d.index <= o.end + 40)) continue;
    // "in June and July": the stretch runs to the end of the second
    const second = free.find((x) => x.index > d.end && /^\s*(and|to|until|through|-|–)\s*$/i.test(sentence.slice(d.end, x.index)));
    out.push({ index: d.index, end: second?.end ?? d.end, since: d.span.earliest, until: (second ?? d).span.latest });
  }
  return out;
}

/**
 * Dates that span several days and are told as a stretch of time ("last week", "in March", "during the
 * month"), not as the time of one act ("an April assault"), and that no cue introduces.
 */
function dateSpans(sentence: string, free: DateMention[]): DateMention[] {
  const asStretch = (d: DateMention) => /^(last|this|past|previous)\b/i.test(sentence.slice(d.index, d.end)) || /\b(in|during|throughout|over|across|cover(?:s|ed|ing)?)\s+(the\s+)?(month\s+of\s+)?$/i.test(sentence.slice(Math.max(0, d.index - 30), d.index)) ||
    STRETCH_NAMED.test(sentence.slice(d.end, d.end + 80));
  return free.filter((d) => d.span.earliest < d.span.latest && d.span.precision > 1 && !d.periodStart && !d.speechDay && !d.otherDay && asStretch(d));
}

/**
 * t-date-subject: "January 2023 was the deadliest month since 2018, with 44 attacks": a month or year told
 * as a month, year or week of its own is the stretch the acts told with it are counted over.
 */
const STRETCH_NAMED = /^\s*(?:(?:was|became|has been|had been|turned out to be|proved(?: to be)?)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:month|year|week|quarter)\b)/i;

// a cue holds the dates inside its words ("over the last week"); only the cues that read a date take the
// one right after them: "recorded in Sudan between April and June" keeps its dates
const READS_DATE: ReadonlySet<PeriodStart> = new Set(['date', 'until', 'war', 'campaign', 'truce', 'act', 'marker']);
const introduces = (c: PeriodCue, d: DateMention): boolean =>
  d.index >= c.index && d.index < c.end || READS_DATE.has(c.start) && d.index >= c.end && d.index - c.end <= CUE_TO_DATE;

function dateAfter(c: PeriodCue, dates: DateMention[]): DateMention | undefined {
  return dates.find((d) => introduces(c, d));
}

/** The words before a position, back to the last comma or semicolon. */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
}

/**
 * "seven bombings in the last year" beside "figures for the period from July 1, 2022": a stretch of months
 * or years back from publication is a round figure, and a period start the article states within a few
 * days of where it lands is the one it rounds ("over the last five months" from 28 March is the
 * "November 2018-March 2019" the report dates). Weeks and days are told exactly.
 */
export function statedStart(approx: string, text: string, stated: string[]): string {
  if (!/\b(?:months?|years?)\s*$/i.test(text)) return approx;
  const gap = (d: string) => Math.abs(Date.parse(d) - Date.parse(approx)) / DAY_MS;
  return stated.filter((d) => gap(d) <= ROUNDED_DAYS).sort((a, b) => gap(a) - gap(b))[0] ?? approx;
}
// how far a rounded stretch may land from the start it rounds: a third of a month
const ROUNDED_DAYS = 10;
const DAY_MS = 86_400_000;

/** "over the past two weeks" → 14 days back; "in the last eight months" → the same day eight calendar months back. */
function stretchStart(published: string, text: string): string {
  const m = /(?:(\S+)\s+)?(hours?|days?|nights?|weeks?|fortnights?|months?|years?)\s*$/i.exec(text)!;
  const n = (m[1] && numberValue(m[1])) || 1;
  const unit = m[2]!.toLowerCase().replace(/s$/, '');
  if (unit === 'month' || unit === 'year') return addMonths(published, -(unit === 'year' ? n * 12 : n));
  const days = unit === 'hour' ? n / 24 : unit === 'week' ? n * 7 : unit === 'fortnight' ? n * 14 : n;
  return addDays(published, -Math.max(1, Math.round(days)));
}
