// An article's reported tallies: each count of incidents (rules/tallies.ts) with its period
// (rules/tally-period.ts), the countries it covers and who kept it. What only the article tells — the
// day "since then" refers to, the day the campaign counted "so far" began — is looked up here.
import { findPlaces } from '../resolve/place/find-places.js';
import { resolveDates, type DateMention } from '../resolve/time/resolve-dates.js';
import type { ArticleTally, Sentence } from '../types.js';
import { narrativeDay, placeContext, sentenceActors, sentenceCounts, type ArticleContext } from './context.js';
import { lexicon, matchAll } from './lexicon.js';
import { splitList } from '../util/data-files.js';
import { findAttribution } from './rules/attribution.js';
import { COMPARED, breachesTruce, countedAgain, countsWithoutPeriod, sitesNamedAgain, tallyKeeper, type TallyMatch } from './rules/tallies.js';
import { calendarStarts, sentencePeriods, tallyPeriod, type PeriodLookups, type TallyPeriod } from './rules/tally-period.js';

export function extractTallies(ctx: ArticleContext): ArticleTally[] {
  const out: ArticleTally[] = [];
  let report = null as Report | null;
  const headings: Headings = new Map();
  let previous: Sentence | undefined;
  for (const s of ctx.sentences) {
    // the report before, while this sentence is still in its reach
    const inReach = report && (s.index - report.sentence <= REPORT_REACH || namesRecord(s.text)) ? report : null;
    const own = sentenceTallies(ctx, s, inReach);
    const heading = listHeading(ctx, s, headings);
    const open: Report | null = heading ?? inReach ?? toldAgain(own, out, s.index);
    // "The force also recorded more than 2,400 operational activities": a count with no start of its own goes on with the report
    const told: ArticleTally[] = own.map((t) => (open && !t.since ? { ...t, since: open.since, until: open.until } : t));
    const before = previous?.index === s.index - 1 ? previous : undefined;
    previous = s;
    const broken: ArticleTally[] = told.length ? [] : breakdown(ctx, s, before, open);
    out.push(...told, ...broken);
    const dated: ArticleTally | undefined = [...told, ...broken].find((t) => t.since);
    const opened = dated ? { since: dated.since, until: dated.until } : recordPeriod(ctx, s);
    if (opened) report = { sentence: s.index, ...opened };
    else if (open && refersBack(s.text)) report = { sentence: s.index, since: open.since, until: open.until };
  }
  return toldOnce(out);
}

/**
 * t-report-period: "The figures, made available by aid agencies, cover the month of September." A
 * sentence that names a record and the period it covers, with no count of its own, opens that report:
 * the counts told next without a period of their own ("ACLED reported a total of 51 incidents") cover it.
 */
function recordPeriod(ctx: ArticleContext, s: Sentence): TallyPeriod | null {
  return namesRecord(s.text) ? periodBefore(ctx, s) : null;
}

/** A count over a dated period, which the sentences after it may break down ("... 81 incidents involving explosive devices"). */
interface Report {
  sentence: number;
  since: string | null;
  until: string | null;
}
// a report's breakdown goes on this many sentences after its last count ("The report ... also counted 492 injured.")
const REPORT_REACH = 2;

/**
 * t-list-heading: "Overview (November 2018-March 2019):" over "- ACLED recorded 724 attacks on civilians":
 * the items of a list under a heading that dates them count over the heading's period; they stand beside
 * each other, so an item's own dated count opens no report for the next.
 */
function listHeading(ctx: ArticleContext, s: Sentence, headings: Headings): Report | null {
  if (!LIST_ITEM.test(s.text)) return null;
  const heading = headingBefore(ctx.article.text, s.start);
  if (!heading) return null;
  // the items under one heading share its period: read it once
  if (!headings.has(heading.at)) headings.set(heading.at, headingPeriod(heading.line, ctx.article.published));
  const period = headings.get(heading.at)!;
  return period && { sentence: s.index, ...period };
}
type Headings = Map<number, Omit<Report, 'sentence'> | null>;

/** The nearest line before `end` that is no list item, and where it starts (lines walked back, not the text split). */
function headingBefore(text: string, end: number): { line: string; at: number } | null {
  for (let stop = end; stop > 0;) {
    const at = text.lastIndexOf('\n', stop - 1) + 1;
    const line = text.slice(at, stop).trim();
    if (line && !LIST_ITEM.test(line)) return { line, at };
    stop = at - 1;
  }
  return null;
}

/** The period a heading ending in ":" dates: "Overview (November 2018-March 2019):". */
function headingPeriod(heading: string, published: string): Omit<Report, 'sentence'> | null {
  if (!/:$/.test(heading)) return null;
  const dates = resolveDates(heading, published).filter((d) => !d.speechDay && !d.otherDay);
  if (!dates.length) return null;
  const first = dates[0]!, last = dates[dates.length - 1]!;
  // "(November 2018-March 2019)": a range runs to its second date, read or not
  const until = last !== first || !RANGE_ON.test(heading.slice(first.index)) ? last.span.latest : published;
  return { since: first.span.earliest, until: until > published ? published : until };
}
// a list item: a line opened by a dash or a bullet
const LIST_ITEM = /^\s*[-–•*▪]\s/;
const RANGE_ON = /\w\s*[-–—]\s*\w|\b(?:to|through|until)\b/i;

/**
 * t-told-again: "812 actions across the country on Wednesday ... The ministry recorded 812 actions: 550
 * gatherings and 262 blockades.": a sentence that tells an earlier dated count again, undated, is that
 * report again, and the counts beside it break it down over its period.
 */
function toldAgain(own: ArticleTally[], before: ArticleTally[], sentence: number): Report | null {
  const first = before.find((b) => b.since && own.some((t) => !t.since && t.count === b.count));
  return first ? { sentence, since: first.since, until: first.until } : null;
}

/**
 * t-report-goes-on: "The figures come from a monthly report. ... According to the report, 83 incidents
 * ...": a sentence that names the record again ("the report", "the figures") or the acts it counted
 * ("these attacks") still tells that report, and keeps its breakdown open (data/lexicons/tally-sources.tsv,
 * kind report; tally-counted.tsv, the incidents after "these" or "those").
 */
function refersBack(text: string): boolean {
  return namesRecord(text) || countedAgain(text);
}

/**
 * t-record-again: "District-wise figures put the capital at the top with 42 incidents", sentences after
 * the last count of the report: a sentence that names the record again tells that report however far
 * after it, so long as no other dated count came between.
 */
const namesRecord = (text: string): boolean => matchAll('tally-sources', text).some((c) => c.rule.fields[0] === 'report');

/** The tallies a sentence tells with their own period. */
function sentenceTallies(ctx: ArticleContext, s: Sentence, report: Report | null): ArticleTally[] {
  const dates = ctx.dates.get(s.index) ?? [];
  const tallies = sentenceCounts(ctx, s);
  if (!tallies.length) return [];
  const periods = sentencePeriods(s.text, dates);
  const lookups: PeriodLookups = {
    then: () => narrativeDay(ctx, s.index)?.span.earliest ?? null,
    reported: () => reportedDay(ctx),
    // the war the cue names, else the campaign the article dates, else the war its sentence or its country is in
    campaign: (cue) => knownStart(ctx, cue.text) ?? campaignStart(ctx, s.index) ?? knownStart(ctx, s.text) ?? (cue.start === 'war' ? countryStart(ctx, 'yes') : null),
    truce: (cue) => knownStart(ctx, cue.text) ?? countryStart(ctx, 'truce'),
    act: (cue) => actDay(ctx, s.index, cue.text),
    stated: () => statedStarts(ctx),
    report: () => report,
  };
  const dated = tallies.map((t) => {
    const period = truceBreaches(ctx, s, t, tallyPeriod(periods, t, ctx.article.published, lookups));
    // the later figure's period is the sentence's own, else that of the report it goes on with
    return { t, period: t.compared ? comparedPeriod(s.text, dates, period.since ? period : report ?? period) : period };
  });
  return [...dated.map(({ t, period }) => toTally(ctx, s, t, period)), ...alongside(ctx, s, tallies, dated)];
}

/**
 * t-compared-period: "Compared with December 2022, attacks rose from 17 to 27", "fell ... compared with
 * the same period in 2023, from 215 cases to 206": the earlier figure of a change counts over the period
 * it is compared with: the dates told after "compared with", or the later figure's period moved to the
 * year named ("the same period in 2023", "last year"). A comparison the sentence does not date leaves
 * the earlier figure without a period.
 */
function comparedPeriod(text: string, dates: DateMention[], later: TallyPeriod): TallyPeriod {
  const cue = COMPARED.exec(text);
  if (!cue) return { since: null, until: null };
  const after = cue.index + cue[0].length;
  const told = dates.find((d) => d.index >= after && d.index - after <= COMPARED_REACH);
  const same = SAME_PERIOD.exec(text.slice(after, after + COMPARED_REACH));
  if (same && later.since && later.until) {
    const year = same.groups!.year ? Number(same.groups!.year) : Number(later.since.slice(0, 4)) - 1;
    const shift = (day: string) => `${year + Number(day.slice(0, 4)) - Number(later.since!.slice(0, 4))}${day.slice(4)}`;
    return { since: shift(later.since), until: shift(later.until) };
  }
  return told ? { since: told.span.earliest, until: told.span.latest } : { since: null, until: null };
}
const SAME_PERIOD = /^(?:the\s+)?same\s+(?:period|months?|quarter|weeks?|time)\s+(?:(?:in|of)\s+(?<year>(?:19|20)\d\d)|last\s+year|a\s+year\s+(?:earlier|before|ago))/i;
// the period compared with is named within this many characters of "compared with"
const COMPARED_REACH = 40;

/**
 * t-truce-breaches: "bringing the number of violations close to ten thousand" beside "its ceasefire
 * agreement": breaches of a truce, counted with no start stated, count from the day the truce began (the
 * truce the sentence names, else the one of the article's country; data/lexicons/conflict-starts.tsv).
 */
function truceBreaches(ctx: ArticleContext, s: Sentence, t: TallyMatch, period: TallyPeriod): TallyPeriod {
  if (period.since || !breachesTruce(s.text, t)) return period;
  return { ...period, since: knownStart(ctx, s.text) ?? countryStart(ctx, 'truce') };
}

/**
 * t-alongside: "there were more than 12,000 protests during 2021, in 862 towns, and at least 1,038
 * demonstrations involved abuses": a count with no period of its own, told after a count its sentence
 * dates, counts over that period (most often a part of it); the dated count may be far back in the
 * sentence, past the stretches a count's own period is looked for in.
 */
function alongside(ctx: ArticleContext, s: Sentence, found: TallyMatch[], dated: Array<{ t: TallyMatch; period: TallyPeriod }>): ArticleTally[] {
  const first = dated.find((d) => d.period.since);
  if (!first) return [];
  const later = countsWithoutPeriod(s.text, ctx.dates.get(s.index) ?? []).filter((c) => c.index >= first.t.end && !found.some((f) => f.index < c.end && c.index < f.end));
  return later.map((c) => toTally(ctx, s, { ...c, rule: 't-alongside' }, first.period));
}

/**
 * t-breakdown: "Thirty-nine separate attacks targeted civilian areas" after "501 terrorist incidents during
 * the first six months of 2025": counts with no period or day of their own, soon after a report's dated
 * count, break the report down and cover its period. With no report open, a count someone keeps
 * ("The UN also counts eight incidents of kidnap") covers the period the sentence before names, and so
 * does a count told right after someone's dated count of the dead ("The ministry recorded 31 deaths in
 * 2023. 'We suffered 11 clashes and 9 bombings,' she said."): the toll is no tally, but it opened the record.
 */
function breakdown(ctx: ArticleContext, s: Sentence, before: Sentence | undefined, report: Report | null): ArticleTally[] {
  // the period first: most sentences follow no report, and reading their counts is the costlier search
  const period = report ?? (before && (counts(s) || counts(before)) ? periodBefore(ctx, before) : null);
  if (period) return countsWithoutPeriod(s.text, ctx.dates.get(s.index) ?? []).map((t) => toTally(ctx, s, t, period));
  const day = before && dayBefore(ctx, before);
  return day ? sitesNamedAgain(s.text, ctx.dates.get(s.index) ?? []).map((t) => toTally(ctx, s, t, day)) : [];
}

/** The one day the sentence before tells an act on (t-sites-day-before): none when it tells several. */
function dayBefore(ctx: ArticleContext, before: Sentence): TallyPeriod | null {
  const days = (ctx.dates.get(before.index) ?? []).filter((d) => d.span.precision === 1 && !d.periodStart && !d.speechDay && !d.otherDay);
  const [first] = days;
  if (!first || days.some((d) => d.span.earliest !== first.span.earliest)) return null;
  const published = ctx.article.published;
  return { since: first.span.earliest, until: first.span.latest > published ? published : first.span.latest };
}

/** Whether a sentence tells someone counting: "recorded", "documented", "counts". */
const counts = (s: Sentence): boolean => matchAll('tally-sources', s.text).some((c) => c.rule.fields[0] === 'counter');

/** The dated period the sentence before names ("the sixth aid worker killed this year"), if any. */
function periodBefore(ctx: ArticleContext, before: Sentence): TallyPeriod | null {
  const end = { index: before.text.length, end: before.text.length };
  const period = tallyPeriod(sentencePeriods(before.text, ctx.dates.get(before.index) ?? []), end, ctx.article.published);
  return period.since ? period : null;
}

function toTally(ctx: ArticleContext, s: Sentence, t: TallyMatch, { since, until }: TallyPeriod): ArticleTally {
  return { count: t.count, what: t.what, scope_countries: scopeCountries(ctx, s, t), since, until, attribution: tallyKeeper(s.text, t) ?? findAttribution(s.text).speaker, sentence: s };
}

/**
 * "its 100th airstrike of the year ... The 100th strike hit ...": a count told again is one tally, the
 * first telling, dated by the later one when only it tells the period.
 */
function toldOnce(tallies: ArticleTally[]): ArticleTally[] {
  const out: ArticleTally[] = [];
  for (const t of tallies) {
    const i = out.findIndex((o) => o.count === t.count && (!o.since || !t.since || o.since === t.since));
    if (i < 0) out.push(t);
    else if (!out[i]!.since) out[i] = { ...out[i]!, since: t.since, until: t.until };
  }
  return out;
}

/**
 * The day the article reports: the day it tells most often (the lead's day, told again as the story goes
 * on; "eight days after the strike of September 10" tells an earlier day once), on a tie the first told.
 */
function reportedDay(ctx: ArticleContext): string | null {
  const told = new Map<string, number>();
  for (const s of ctx.sentences) for (const d of ctx.dates.get(s.index) ?? []) {
    if (d.span.precision === 1 && !d.periodStart && !d.otherDay && !d.speechDay) told.set(d.span.earliest, (told.get(d.span.earliest) ?? 0) + 1);
  }
  return [...told].reduce<[string, number] | null>((best, x) => (!best || x[1] > best[1] ? x : best), null)?.[0] ?? null;
}

/**
 * The day the article says its campaign, war or offensive began (data/lexicons/campaign-starts.tsv):
 * the date nearest such words, in the tally's sentence or the closest one before it, else after it.
 */
function campaignStart(ctx: ArticleContext, sentence: number): string | null {
  const order = [...ctx.sentences.filter((s) => s.index <= sentence).reverse(), ...ctx.sentences.filter((s) => s.index > sentence)];
  for (const s of order) {
    const dates = (ctx.dates.get(s.index) ?? []).filter((d) => !d.speechDay && !d.otherDay && !d.narrative);
    const starts = matchAll('campaign-starts', s.text);
    if (!starts.length || !dates.length) continue;
    const distance = (d: { index: number; end: number }, c: { index: number; text: string }) => Math.max(d.index - (c.index + c.text.length), c.index - d.end, 0);
    const best = starts.flatMap((c) => dates.map((d) => ({ d, gap: distance(d, c) }))).sort((a, b) => a.gap - b.gap)[0]!;
    return best.d.span.earliest;
  }
  return null;
}

/**
 * "Since his call, hundreds of protests have flared" after "on Wednesday he called on Cameroonians to
 * protest": the day of the last sentence before that tells the act the cue names ("call", "arrest",
 * "announcement" by its stem: "called", "arrested", "announced") with a day; else the day the story last
 * stood at.
 */
function actDay(ctx: ArticleContext, sentence: number, cue: string): string | null {
  const noun = /(\w+)$/.exec(cue)![1]!.toLowerCase();
  const stem = new RegExp(String.raw`\b${noun.replace(/(?:ing|ment|s)$/, '').slice(0, 4)}`, 'i');
  for (const s of ctx.sentences.filter((x) => x.index < sentence).reverse()) {
    const day = (ctx.dates.get(s.index) ?? []).find((d) => d.span.precision === 1 && !d.periodStart && !d.otherDay);
    if (day && stem.test(s.text)) return day.span.earliest;
  }
  return narrativeDay(ctx, sentence)?.span.earliest ?? null;
}

/**
 * The first days of the periods the article states: "from July 1, 2022 to June 30, 2023", "between
 * November 2018 and March", "in the first half of 2023".
 */
function statedStarts(ctx: ArticleContext): string[] {
  const told = [...ctx.dates.values()].flat().filter((d) => d.periodStart && !d.speechDay && !d.otherDay).map((d) => d.span.earliest);
  return [...told, ...ctx.sentences.flatMap((s) => calendarStarts(s.text, ctx.article.published))];
}

/**
 * The first day of a war or campaign the text names (data/lexicons/conflict-starts.tsv); of several, the
 * one in a country the article names: "the coup" is Niger's in an article on Niger.
 */
function knownStart(ctx: ArticleContext, text: string): string | null {
  const named = matchAll('conflict-starts', text);
  const here = named.length > 1 ? named.filter((m) => splitList(m.rule.fields[0]).some((cc) => ctx.named.has(cc))) : named;
  return here.length === 1 ? here[0]!.rule.fields[1]! : null;
}

/** "Since the war began" or "since the ceasefire", unnamed: the war (`yes`) or truce of the country the article is about. */
function countryStart(ctx: ArticleContext, kind: 'yes' | 'truce'): string | null {
  const country = ctx.focus[0];
  const known = lexicon('conflict-starts').find((r) => r.fields[2] === kind && !!country && splitList(r.fields[0]).includes(country));
  return known?.fields[1] ?? null;
}

/** The countries a tally covers: those its sentence names as places, not as parties ("attacks on US forces in Iraq" is Iraq). */
function scopeCountries(ctx: ArticleContext, s: Sentence, t: TallyMatch): string[] {
  const taken = sentenceActors(ctx, s).map((a): [number, number] => [a.index, a.end]);
  const places = findPlaces(s.text, placeContext(ctx, taken), ctx.tokens.get(s.index));
  // the places of the count's own clause first; "since the attack on Israel" names the period's start, not a place counted
  const counted = places.filter((p) => !p.origin && !(p.index >= t.end && /\bsince\b/i.test(s.text.slice(t.end, p.index))));
  const near = counted.sort((a, b) => Math.abs(a.index - t.end) - Math.abs(b.index - t.end));
  const named = [...new Set(near.map((p) => p.place.country_code).filter((c): c is string => !!c))];
  // "29 demonstrations nationwide": the country is the one the article is about
  return !named.length && t.rule === 't-country-wide' && ctx.focus[0] ? [ctx.focus[0]] : named;
}
