// Reported tallies: "A tally ... has counted 103 attacks ... since October 17", "attacked 76 times since",
// "the 27th attack since Nov 19", "bringing the number of attacks to 151", "Political violence events
// recorded in all: 1,625". A count of incidents over a period, kept as data beside sitrep's own count.
// Incidents only: a figure of people killed, hurt or displaced over a period is a toll, not a tally.
// What can be counted is data/lexicons/tally-counted.tsv; the periods, tally-periods.tsv (tally-period.ts).
import type { DateMention } from '../../resolve/time/resolve-dates.js';
import { lexicon, matchAll } from '../lexicon.js';
import { NUMBER_SOURCE as N, ORDINAL_WORDS, QUANTIFIER_SOURCE as Q, numberValue } from './numbers.js';
import { countryByName } from '../../resolve/place/gazetteer.js';
import { dayNear, daysTold, hasPeriod, lastDayOnly, periodRightAfter, sentencePeriods, toldAsDay, type SentencePeriods } from './tally-period.js';

export interface TallyMatch {
  count: number;
  what: string;
  /** where the figure's phrase starts and ends in the sentence */
  index: number;
  end: number;
  rule: string;
  /** a figure that sums up many incidents; "the 27th attack" is also the incident itself */
  cardinal: boolean;
  /** one day's count ("rallies in 90 locations on Saturday"): the day told is its period */
  oneDay?: boolean;
  /** counted over the day before publication only ("53 strikes over the past 24 hours"): each act is also news */
  lastDay?: boolean;
  /** the earlier end of a change ("rose from 17 to 27"): counted over the period the sentence compares with */
  compared?: boolean;
}


/** The counts of incidents a sentence reports; `dates` are its resolved date expressions. */
export function findTallies(sentence: string, dates: DateMention[] = []): TallyMatch[] {
  const p = patterns();
  if (countsNothing(sentence, p)) return [];
  const out: TallyMatch[] = [];
  let found: SentencePeriods | null = null; // read only when a phrase is found that needs a period
  const periods = () => (found ??= sentencePeriods(sentence, dates));
  const add = (t: TallyMatch | null) => {
    if (t && t.count >= 2 && !out.some((o) => overlaps(o, t))) out.push(lastDayOnly(periods(), t) ? { ...t, lastDay: true } : t);
  };
  // a count over a period: one is named near it, and the time told nearest it is not a day
  const periodNear = (m: RegExpMatchArray, withStart = false) => {
    const at = { index: m.index!, end: m.index! + m[0].length };
    return hasPeriod(periods(), at, withStart) && !toldAsDay(periods(), at);
  };
  // "bringing the number of attacks to 151", "the 27th attack": counts by their own words, period or not
  // each rule runs only where the words it needs are: most sentences that count anything use one or two
  const needs = (word: RegExp) => word.test(sentence);
  if (needs(p.words.total)) for (const m of scan(p.totalOf, sentence, validMods)) add(cardinal(m, m.groups!.what!, 't-total'));
  if (needs(p.words.total)) for (const m of scan(p.toTotal, sentence, validMods)) add(cardinal(m, m.groups!.what!, 't-total'));
  if (needs(p.words.rise)) for (const { m, what } of risen(sentence, p)) if (periodNear(m)) add(cardinal(m, what, 't-rose'));
  if (needs(/\bfrom\b/)) for (const { m, what } of risenFromTo(sentence, p)) if (periodNear(m) || COMPARED.test(sentence)) for (const t of fromTo(m, what)) add(t);
  for (const m of scan(p.ordinal, sentence, (x) => validMods(x, false))) add(ordinal(m, sentence, dates, periodNear, p.timesVerb));
  // "the fifth strike on the refinery this fall and the seventh so far in 2025": the act left out is the one ranked before
  const ranked = out.find((t) => t.rule === 't-ordinal');
  if (ranked) for (const m of sentence.matchAll(p.ordinalAgain)) {
    if (m.index < ranked.end) continue;
    const t = ordinal(m, sentence, dates, periodNear, p.timesVerb);
    add(t && { ...t, what: ranked.what, rule: 't-ordinal-again' });
  }
  if (needs(/:/)) for (const m of sentence.matchAll(p.label)) if (periodNear(m)) add(cardinal(m, m.groups!.what!.trim(), 't-label'));
  if (needs(/\bof\b/)) for (const m of scan(p.part, sentence, validMods)) if (periodNear(m) && !partOfCountBefore(sentence, m, p)) add(cardinal(m, m.groups!.what!, 't-part'));
  // "claimed 16 attacks, 11 of them in 2023": a part over a period of its own counts the acts counted
  // before it; "70 attacks since October, 32 of them in Iraq" breaks the count down by place (t-part-of-them)
  if (needs(/\bof\s+them\b/i)) for (const m of sentence.matchAll(p.partOfThem)) {
    const before = [...sentence.slice(0, m.index).matchAll(p.count)].filter((c) => isCountPhrase(sentence, c)).pop();
    if (before && ownPeriod(periods(), m.index + m[0].length)) add(cardinal(m, whatPhrase(sentence, nounAt(before)), 't-part-of-them'));
  }
  for (const m of scan(p.count, sentence, (x) => isCountPhrase(sentence, x))) {
    const at = { index: m.index, end: m.index + m[0].length };
    if (periodNear(m)) add(cardinal(m, whatPhrase(sentence, nounAt(m)), 't-count'));
    else if (keptToDate(sentence, m) && !toldAsDay(periods(), at)) add(cardinal(m, whatPhrase(sentence, nounAt(m)), 't-kept'));
    // "29 demonstrations nationwide on Friday": one day's acts over a whole country, none of them placed
    else if (dayNear(periods(), at)) {
      const wide = p.countryWide.exec(sentence.slice(at.end, at.end + COUNTRY_WIDE_REACH));
      const t = wide && cardinal(m, sentence.slice(nounAt(m), at.end + wide[0].length), 't-country-wide');
      add(t && { ...t, oneDay: true });
    } else if (!timeTold(periods())) add(heldAcross(sentence, m, p));
  }
  // each figure joined on may have one joined to it in turn: "69 ... and 94 ..., and 30 in December"
  for (let i = 0; i < out.length; i++) if (out[i]!.rule === 't-count' || out[i]!.rule === 't-elided') add(elided(sentence, out[i]!, periods()));
  // "conflict events rose ..., peaking at 390 events in February", "ACLED recorded 390 events in 2023": bare
  // "events" count where the sentence names the kind of events before them, or a keeper counted them
  if (needs(/\bevents\b/i)) for (const m of scan(p.bareEvents, sentence, (x) => validMods(x))) {
    const kept = keptToDate(sentence, m);
    const kindBefore = [...sentence.slice(0, m.index).matchAll(p.incident)].some((x) => /\bevents\b/i.test(x[0]));
    if ((kept || kindBefore) && periodNear(m)) add(cardinal(m, whatPhrase(sentence, nounAt(m)), 't-events'));
  }
  // t-truce-breaches: "has documented a total of 129 violations since the ceasefire took effect": bare
  // breaches counted in a sentence that names a truce are breaches of it ("three violations of the law" are not)
  if (needs(p.truce)) for (const m of scan(p.breaches, sentence, (x) => validMods(x))) if (periodNear(m)) add(cardinal(m, whatPhrase(sentence, nounAt(m)), 't-truce-breaches'));
  if (needs(p.words.target)) for (const m of sentence.matchAll(p.targets)) if (periodNear(m)) add(cardinal(m, m.groups!.noun!, 't-vessels'));
  // "people gathered at some 90 locations the previous evening": a protest per place, on a day or over a period
  if (needs(p.words.site)) for (const m of sentence.matchAll(p.sites)) {
    // the period or day goes with the figure: "demonstrations, organised by unions, took place at 2,600 locations on Saturday"
    const at = { index: m.index + m[0].lastIndexOf(m.groups!.n!), end: m.index + m[0].length };
    const t = hasPeriod(periods(), at) || dayNear(periods(), at) ? cardinal(m, m.groups!.noun!, 't-sites') : null;
    add(t && { ...t, index: at.index, oneDay: !hasPeriod(periods(), at) });
  }
  // "attacked the region with 114 drones over the past day": each drone sent an attack, over a dated period
  if (needs(/\bwith\b/)) for (const m of scan(p.attackedWith, sentence, (x) => validMods(x) && isPlural(x.groups!.noun!))) if (periodNear(m, true)) add(cardinal(m, whatPhrase(sentence, nounAt(m)), 't-attacked-with'));
  // "the previous high of 63 carried out in 2019": the acts were named before the figure
  if (needs(p.words.done)) for (const m of sentence.matchAll(p.done)) {
    const noun = [...sentence.slice(0, m.index).matchAll(p.incident)].pop();
    if (noun && isPlural(noun[0]) && periodNear(m)) add(cardinal(m, noun[0], 't-ellipsis'));
  }
  if (needs(/\btimes\b|\btwice\b/i)) for (const m of sentence.matchAll(p.times)) if (periodNear(m)) add(times(m, sentence, p.timesVerb));
  return withListed(sentence, out).sort((a, b) => a.index - b.index);
}

// "protests were held nationwide", "demonstrations in many cities across the country": the words after
// the counted noun that may stand before the country-wide word
const COUNTRY_WIDE_REACH = 40;
// how far after a count the figure joined to it may stand: the count's own period comes between ("between January and June")
const ELIDED_REACH = 100;

/**
 * t-elided: "69 attacks between January and June and 94 between July and November", "12 raids in 2023,
 * and five in 2024": a figure joined to a count over a period, with no noun of its own and a period of its
 * own right after it, counts the same acts over that period. No other figure may stand between the two:
 * "16 attacks, 11 of them in 2023 and five in 2022" breaks the part down, not the count.
 */
function elided(sentence: string, t: TallyMatch, periods: SentencePeriods): TallyMatch | null {
  const rest = sentence.slice(t.end, t.end + ELIDED_REACH).split(/[;:]|\.\s/)[0]!;
  // figures of the count's own period ("in 2023", "between March 1 and June 30") are passed over; no other may stand between
  const dated = (at: number) => periods.dates.some((d) => d.index <= at && at < d.end) || /^(?:19|20)\d\d\b/.test(sentence.slice(at));
  const p = patterns();
  p.anyFigure.lastIndex = 0;
  const next = [...rest.matchAll(p.anyFigure)].map((f) => t.end + f.index).find((at) => !dated(at));
  if (next === undefined) return null;
  p.elided.lastIndex = 0;
  const m = [...rest.matchAll(p.elided)].find((x) => t.end + x.index + x[0].length - x.groups!.n!.length === next);
  const end = t.end + (m ? m.index + m[0].length : 0);
  const count = m ? numberValue(m.groups!.n!) : null;
  return count !== null && periodRightAfter(periods, end) ? { ...t, count, index: next, end, rule: 't-elided' } : null;
}

/**
 * t-held-across: "Some 300 marches were held across the country", "more than 80 rallies took place
 * throughout Chile": acts told as the subject of a verb of holding, over a whole country, in a sentence
 * that tells no time, sum up the day the article reports; the article's day is their period (tallies.ts).
 * Told as an actor's deed ("unions staged 17 protests across the country") they are the news, not a count.
 */
function heldAcross(sentence: string, m: RegExpExecArray, p: Patterns): TallyMatch | null {
  const end = m.index + m[0].length;
  const held = p.heldVerb.exec(sentence.slice(end));
  if (!held) return null;
  const rest = sentence.slice(end + held[0].length);
  const wide = p.countryWide.exec(rest) ?? ACROSS_COUNTRY.exec(rest);
  if (!wide || (wide.groups?.country && !countryByName(wide.groups.country))) return null;
  const t = cardinal(m, whatPhrase(sentence, nounAt(m)), 't-held-across');
  return t && { ...t, oneDay: true };
}
// "across France", "throughout South Sudan": a country named after the acts' verb
const ACROSS_COUNTRY = /^\s+(?:across|throughout|all\s+over)\s+(?:the\s+)?(?<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})/;
// no time told at all: no date, no cue of a period
const timeTold = (p: SentencePeriods): boolean => p.dates.length > 0 || p.cues.some((c) => c.start !== 'marker');

// "WHO has verified 185 attacks on health care", "ACLED recorded 1,200 events": a named keeper's verb of
// counting right before the figure makes it a running count to date, its period unstated ("reported" is not
// one: "officials reported two attacks" tells the news)
const KEPT_VERB = /(?:^|[^\w.'’-])(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w.'’-]*)\s+(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+)?(?:counted|recorded|documented|verified|registered|logged|tallied)\s+$/;
const keptToDate = (sentence: string, m: RegExpMatchArray): boolean => KEPT_VERB.test(sentence.slice(Math.max(0, m.index! - 80), m.index));

/**
 * "Thirty-nine separate attacks targeted civilian areas": the counts of incidents of a sentence that
 * names no period and tells no day. Alone they count nothing; after a report's count over a period
 * ("501 incidents in the first six months of 2025") they break that report down (tallies.ts).
 */
export function countsWithoutPeriod(sentence: string, dates: DateMention[] = []): TallyMatch[] {
  const p = patterns();
  if (countsNothing(sentence, p)) return [];
  const periods = sentencePeriods(sentence, dates);
  if (daysTold(periods).length) return [];
  const out: TallyMatch[] = [];
  // "59 of those 93 incidents": a part of a count the report told breaks it down too
  for (const m of scan(p.part, sentence, validMods)) {
    const t = cardinal(m, m.groups!.what!, 't-breakdown');
    if (t && t.count >= 2 && !hasPeriod(periods, t)) out.push(t);
  }
  for (const m of scan(p.count, sentence, (x) => isCountPhrase(sentence, x))) {
    const t = cardinal(m, whatPhrase(sentence, nounAt(m)), 't-breakdown');
    if (t && t.count >= 2 && !hasPeriod(periods, t) && !out.some((o) => overlaps(o, t))) out.push(t);
  }
  // "Shooting incidents also went up, to 32 from 26": a figure the acts rose or fell to over the report's period
  if (p.words.rise.test(sentence)) for (const { m, what } of risen(sentence, p)) {
    const t = cardinal(m, what, 't-breakdown');
    if (t && t.count >= 2 && !hasPeriod(periods, t) && !out.some((o) => overlaps(o, t))) out.push(t);
  }
  return withListed(sentence, out);
}

/**
 * t-listed: "Bannu topped the list with 42 incidents, followed by Tank (15), Lakki (14) and Dir (11)":
 * the figures in brackets after the names listed right after a count count the same acts in each place
 * named. A list with a year in it ("uprisings in Sri Lanka (2022) and Nepal (2025)") dates, and counts nothing.
 */
function withListed(sentence: string, found: TallyMatch[]): TallyMatch[] {
  const out = [...found];
  for (const t of found.filter((x) => x.cardinal)) {
    const items: TallyMatch[] = [];
    for (let at = t.end, m = LISTED.exec(sentence.slice(at)); m; at += m[0].length, m = LISTED.exec(sentence.slice(at))) {
      const n = m.groups!.n!;
      const index = at + m[0].length - n.length - 1;
      items.push({ ...t, count: numberValue(n) ?? 0, index, end: index + n.length, rule: 't-listed' });
    }
    if (items.some((x) => /^(?:19|20)\d\d$/.test(String(x.count)))) continue;
    out.push(...items.filter((x) => x.count >= 2 && !out.some((o) => overlaps(o, x))));
    const last = LAST_RELATIVE.exec(sentence.slice(t.end));
    const count = last && numberValue(last.groups!.n!);
    const index = last ? t.end + last.index + last[0].indexOf(last.groups!.n!) : 0;
    const item = count && count >= 2 ? { ...t, count, index, end: index + last.groups!.n!.length, rule: 't-listed-relative' } : null;
    if (item && !out.some((o) => overlaps(o, item))) out.push(item);
  }
  return out;
}
// t-listed-relative: "counts eight kidnappings, nine robberies, and four where trucks were seized": the
// last of a list of counts, its noun left out and a relative clause telling its acts, counts acts too. No
// other figure stands between it and the count before it.
const LAST_RELATIVE = /^[^,;:.\d]{0,40},\s*and\s+(?:(?:some|about|at\s+least|another|a\s+further)\s+)?(?<n>[\w-]+)\s+(?:where|in\s+which|during\s+which|when)\b/i;
// the next item of a list of named places, each with its figure in brackets: ", followed by North Kivu (15)", " and Ituri (11)";
// the first may stand after the rest of the count's phrase ("42 attacks since May, followed by ...")
const LISTED = /^[^,;()]{0,40}?(?:,\s*|\s+)(?:(?:and|or|followed\s+by|then|ahead\s+of|before)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*\((?<n>\d[\d,]*)\)/;

/**
 * t-sites-day-before: "Crowds marched in the capital on Saturday. The protests took place at 300
 * locations.": a crowd named again ("the protests", "the marchers"), counted by the places it gathered at,
 * with no day or period of its own, gathered on the day told before (tallies.ts reads that day).
 */
export function sitesNamedAgain(sentence: string, dates: DateMention[] = []): TallyMatch[] {
  const p = patterns();
  if (countsNothing(sentence, p) || !p.words.site.test(sentence)) return [];
  const periods = sentencePeriods(sentence, dates);
  if (daysTold(periods).length) return [];
  const out: TallyMatch[] = [];
  for (const m of sentence.matchAll(p.sites)) {
    const at = { index: m.index + m[0].lastIndexOf(m.groups!.n!), end: m.index + m[0].length };
    if (hasPeriod(periods, at) || !NAMED_AGAIN.test(sentence.slice(0, m.index))) continue;
    const t = cardinal(m, m.groups!.noun!, 't-sites-day-before');
    if (t && t.count >= 2) out.push({ ...t, index: at.index, oneDay: true });
  }
  return out;
}
// "The demonstrations", "the protesters": what gathered, told before
const NAMED_AGAIN = /\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$/i;

/** "attacks on aid workers have risen to more than 50": the figures acts rose or fell to, with the acts, their subject. */
function* risen(sentence: string, p: Patterns): Generator<{ m: RegExpExecArray; what: string }> {
  for (const m of sentence.matchAll(p.rose)) {
    const what = subjectBefore(sentence.slice(0, m.index), p);
    if (what) yield { m, what };
  }
}

/**
 * What rose: the acts that end the text before the verb, from the nearest place a subject may open (the
 * sentence's start, a comma, "the", "that", "although"): "He said that attacks" gives "attacks", and
 * "the toll from the attacks" nothing.
 */
function subjectBefore(before: string, p: Patterns): string | null {
  const opens = [0, ...[...before.matchAll(SUBJECT_OPENS)].map((o) => o.index + o[0].length)];
  for (const at of opens.reverse()) {
    if (IN_PHRASE.test(before.slice(0, at))) continue;
    const subject = p.roseSubject.exec(before.slice(at));
    if (subject && validMods(subject) && isPlural(subject.groups!.noun!)) return subject.groups!.what!;
  }
  return null;
}
const SUBJECT_OPENS = /[,;:]\s*|\b(?:the|that|although|though|while|whereas|but)\s+/gi;
// "the toll from the attacks rose": acts behind a preposition are not what rose
const IN_PHRASE = /\b(?:from|of|in|by|after|during|over|on)\s+(?:the\s+)?$/i;

/**
 * t-rose-from: "militant attacks rose from 17 to 27", "incidents fell by four per cent compared with 2023,
 * from 215 cases to 206": a change told by both ends counts the acts twice, over the period compared with
 * and over the period told. What rose is the subject of the verb; an "and" between the verb and the figures
 * starts another subject ("and the deaths from 17 to 116").
 */
function* risenFromTo(sentence: string, p: Patterns): Generator<{ m: RegExpExecArray; what: string }> {
  for (const m of sentence.matchAll(p.fromTo)) {
    if (/\band\b/i.test(m.groups!.gap!)) continue;
    const what = subjectBefore(sentence.slice(0, m.index), p);
    if (what) yield { m, what };
  }
}

/** "compared with December": the cue before the period a change is measured against (t-compared-period reads the period after it). */
export const COMPARED = /\bcompared\s+(?:with|to)\b\s*/i;

/** The two figures of a change "from 17 to 27", each where it stands. */
function fromTo(m: RegExpExecArray, what: string): TallyMatch[] {
  const from = numberValue(m.groups!.from!);
  const to = numberValue(m.groups!.n!);
  const end = m.index + m[0].length;
  const toAt = m.index + m[0].lastIndexOf(m.groups!.n!);
  const fromAt = m.index + m[0].lastIndexOf(m.groups!.from!, toAt - m.index - 1);
  return [
    ...(from === null ? [] : [{ count: from, what, index: fromAt, end: fromAt + m.groups!.from!.length, rule: 't-rose-from', cardinal: true, compared: true }]),
    ...(to === null ? [] : [{ count: to, what, index: toAt, end, rule: 't-rose-from', cardinal: true }]),
  ];
}

/** Whether a count is of breaches ("violations") in a sentence that names a truce: "the number of violations of its ceasefire". */
export const breachesTruce = (sentence: string, t: Pick<TallyMatch, 'what'>): boolean => patterns().breach.test(t.what) && patterns().truce.test(sentence);

/** "These militant attacks claimed 117 lives", "in 59 of those incidents": the acts a count before named, named again. */
export const countedAgain = (sentence: string): boolean => patterns().again.test(sentence);

// most sentences count nothing: two searches (a figure, a thing counted) turn them away before the rules
// run; a headline in capitals counts nothing either
const countsNothing = (sentence: string, p: Patterns): boolean => sentence === sentence.toUpperCase() || !p.figure.test(sentence) || !p.counted.test(sentence);

// "103 attacks", "30 drone and rocket attacks": what a figure counts is a plural act, not a breakdown, a year or a rate
const isCountPhrase = (sentence: string, m: RegExpExecArray): boolean =>
  validMods(m) && isPlural(m.groups!.noun!) && !isBreakdown(sentence, m) && !isYear(sentence, m) && !isRate(sentence, m) && !pickedByOrder(sentence, m) && !projected(sentence, m) && !/\d[,.]$/.test(sentence.slice(0, m.index));

/**
 * t-projected: "if the trend holds, 2022 would close at around 11,300 blockades", "protests are expected
 * to reach 400": a figure someone foresees counts no act that happened.
 */
const projected = (sentence: string, m: RegExpExecArray): boolean => PROJECTION.test(sentence.slice(Math.max(0, m.index - PROJECTION_REACH), m.index).split(/[,;:]\s/).pop()!);
// a modal or a forecast verb, at most a few words before the figure and in its stretch
const PROJECTION = /(?:\b(?:would|could|might|will)|\b(?:expected|projected|forecast|predicted|set|on course|on track)\s+to)\s+(?:[\w'’-]+\s+){0,4}$/;
const PROJECTION_REACH = 60;

/**
 * t-picked-by-order: "police met the first six protests with crackdowns", "the last two raids": a figure
 * after an order word picks some acts of a series by where they stand in it; it counts no period's acts.
 */
const pickedByOrder = (sentence: string, m: RegExpExecArray): boolean =>
  /\b(?:the|its|their|these|those)\s+(?:first|last|next|previous|latest|final|opening)\s+$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index));

// "an average of 51 strikes a month", "three attacks per week": a rate over the period, not a count of it
const isRate = (sentence: string, m: RegExpExecArray): boolean =>
  /^\s+(?:a|an|per|each|every)\s+(?:hour|day|night|week|month|year)\b/i.test(sentence.slice(m.index + m[0].length));

/**
 * The matches of a rule whose phrase holds; a phrase that does not ("25 soldiers in three attacks")
 * gives way to the next one inside it ("three attacks").
 */
function* scan(re: RegExp, text: string, holds: (m: RegExpExecArray) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0; // the rules' expressions are compiled once, and each is read by one scan at a time
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ok = holds(m);
    if (ok) yield m;
    re.lastIndex = ok ? m.index + m[0].length : m.index + 1;
  }
}

function cardinal(m: RegExpMatchArray, what: string, rule: string): TallyMatch | null {
  const count = numberValue(m.groups!.n!);
  return count === null ? null : { count, what, index: m.index!, end: m.index! + m[0].length, rule, cardinal: true };
}

// what was counted starts at its modifiers: "drone attacks on the base"
const nounAt = (m: RegExpMatchArray): number => m.index! + m[0].length - m.groups!.noun!.length - (m.groups!.mods ?? '').length;

/** "the 27th attack since Nov 19"; a word ordinal only with a period ("its second attack of this kind" counts nothing). */
function ordinal(m: RegExpMatchArray, sentence: string, dates: DateMention[], periodNear: (m: RegExpMatchArray, withStart: boolean) => boolean, timesVerb: RegExp): TallyMatch | null {
  const word = m.groups!.nth!.toLowerCase();
  const at = m.index! + m[0].indexOf(m.groups!.nth!);
  if (dates.some((d) => d.index <= at && d.end > at)) return null; // "the 5th of May" is a day
  // "the fifth in the last two days" counts; "the third in recent weeks" relates an act to a few others
  if (word in ORDINAL_WORDS && !periodNear(m, true)) return null;
  // "for the fifth time" counts the act before it: "attacked the base", not "forced the airport to close"
  if (/\btime$/i.test(m[0]) && !actBefore(sentence, m.index!, timesVerb)) return null;
  const end = m.index! + m[0].length;
  return { count: ORDINAL_WORDS[word] ?? parseInt(word, 10), what: whatPhrase(sentence, m.index!), index: m.index!, end, rule: 't-ordinal', cardinal: false };
}

/** "attacked U.S. troops at least 172 times": the act is the first verb of the act within reach before the figure. */
function times(m: RegExpMatchArray, sentence: string, verb: RegExp): TallyMatch | null {
  const what = actBefore(sentence, m.index!, verb);
  if (!what) return null;
  const count = m.groups!.n ? numberValue(m.groups!.n) : 2; // "twice"
  return count === null ? null : { count, what, index: m.index!, end: m.index! + m[0].length, rule: 't-times', cardinal: true };
}

/** The act before a figure, from its first verb within reach: "had come under drone and rocket attack" (not "attack"). */
function actBefore(sentence: string, index: number, verb: RegExp): string | null {
  const before = sentence.slice(0, index).split(/(?<!\b[A-Z])[.;:,]\s|\(/).pop()!;
  const act = [...before.matchAll(verb)].find((a) => before.slice(a.index).split(/\s+/).length <= TIMES_REACH);
  return act ? before.slice(act.index).trim().split(/\s+/).slice(0, 8).join(' ') : null;
}
// "have been attacked with suicide drones and missiles 76 times": the verb may stand this many words back
const TIMES_REACH = 14;

// "243 attacks since March, 171 of them air strikes": a part of a count the sentence told before breaks
// it down by kind; the whole is the tally (a part over a period of its own is t-part-of-them's)
function partOfCountBefore(sentence: string, m: RegExpExecArray, p: Patterns): boolean {
  if (!/^\S+\s+of\s+them\b/i.test(m[0])) return false;
  p.count.lastIndex = 0;
  return [...sentence.slice(0, m.index).matchAll(p.count)].some((c) => isCountPhrase(sentence, c));
}

// "(34 in Syria and 32 in Iraq)", "12 of them in the north": a breakdown of a count, not a count
function isBreakdown(sentence: string, m: RegExpMatchArray): boolean {
  return /^\s*of (them|those|these)\b/i.test(sentence.slice(m.index! + m[0].length)) || /\(\s*$/.test(sentence.slice(0, m.index));
}

// a figure above one counts in the plural: "50 drone operators" counts operators, not drones; a noun with
// "of" is plural by its head ("77 cases of mob lynching", "600 events of political violence")
const isPlural = (noun: string): boolean => /s$|\bof fire$/i.test(noun.trim().split(/\s+of\s+/i)[0]!);

/**
 * The words between a figure and what it counts are kinds of act ("deadly drone attacks"), a party
 * ("Houthi attacks"), a compound ("cross-border") or "and" between two of them ("drone and rocket").
 * Between an ordinal and its act only kinds of act stand: "the 47th Brigade" is a unit.
 */
function validMods(m: RegExpMatchArray, names = true): boolean {
  // a noun that starts with a kind of act ("artillery strikes") may close the list: "air and artillery strikes"
  const mods = (m.groups!.mods ?? '').trim().split(/\s+/).filter(Boolean);
  const words = /^(and|or)$/i.test(mods[mods.length - 1] ?? '') ? [...mods, (m.groups!.noun ?? '').trim().split(/\s+/)[0]!] : mods;
  const valid = (w: string) => modifier().test(w) || names && (/^[A-Z]/.test(w) || /\w-\w/.test(w));
  return words.every((w, i) => (/^(and|or)$/i.test(w) ? i > 0 && i < words.length - 1 : valid(w)));
}

/** A period cue told right after `from`, before the stretch ends: "11 of them in 2023, ...". */
function ownPeriod(p: SentencePeriods, from: number): boolean {
  const end = p.sentence.slice(from).search(/[,;]\s|\band\b/);
  const until = end < 0 ? p.sentence.length : from + end;
  return p.cues.some((c) => c.start !== 'marker' && c.start !== 'none' && c.index >= from && c.index < until);
}

// "in 2022 attacks rose": a year is no figure
function isYear(sentence: string, m: RegExpMatchArray): boolean {
  return /^(19|20)\d\d$/.test(m.groups!.n!) && /\b(in|since|of|during|by|from|until|before|after|year)\s+$/i.test(sentence.slice(0, m.index));
}

const overlaps = (a: TallyMatch, b: TallyMatch): boolean => a.index < b.end && b.index < a.end;

function whatPhrase(sentence: string, from: number): string {
  const rest = sentence.slice(from).replace(/^\s+/, '');
  // a full stop ends the phrase, but not the one of an initial ("attacks on U.S. forces")
  return rest.split(/\s+(?=since|between|in recent|over the|in the (?:past|last)|so far|to date|as of|(?:this|last) (?:week|month|year|spring|summer|fall|autumn|winter)|in (?:19|20)\d\d\b|,)|[,;(:]|(?<!\b[A-Z])\./)[0]!.split(/\s+/).slice(0, 8).join(' ');
}

interface Patterns {
  /** the words a rule needs, tested before it runs */
  words: Record<'total' | 'rise' | 'target' | 'site' | 'done', RegExp>;
  /** "were held", "took place", right after a count (t-held-across) */
  heldVerb: RegExp;
  /** "nationwide", "across the country", right after a count */
  countryWide: RegExp;
  figure: RegExp;
  counted: RegExp;
  /** "129 violations", "40 breaches": counted only in a sentence that names a truce */
  breaches: RegExp;
  count: RegExp;
  bareEvents: RegExp;
  targets: RegExp;
  sites: RegExp;
  attackedWith: RegExp;
  done: RegExp;
  incident: RegExp;
  times: RegExp;
  timesVerb: RegExp;
  elided: RegExp;
  anyFigure: RegExp;
  ordinal: RegExp;
  ordinalAgain: RegExp;
  part: RegExp;
  partOfThem: RegExp;
  totalOf: RegExp;
  toTotal: RegExp;
  rose: RegExp;
  fromTo: RegExp;
  roseSubject: RegExp;
  label: RegExp;
  again: RegExp;
  breach: RegExp;
  truce: RegExp;
}

let compiled: Patterns | null = null;
let modifierWord: RegExp | null = null;

const kind = (k: string): string => {
  const rows = lexicon('tally-counted').filter((r) => r.fields[0] === k);
  if (!rows.length) throw new Error(`data/lexicons/tally-counted.tsv: no row of kind ${k}`);
  return rows.map((r) => `(?:${r.re.source})`).join('|');
};

const modifier = (): RegExp => (modifierWord ??= new RegExp(`^(?:${kind('modifier')})$`, 'i'));

/** The tally rules, built once from the counted words of data/lexicons/tally-counted.tsv. */
function patterns(): Patterns {
  if (compiled) return compiled;
  const incident = kind('incident');
  // up to three words between a figure and what it counts, fewest first; validMods judges them
  const mods = String.raw`(?<mods>(?:[\w'’.-]+\s+){0,3}?)`;
  const figure = String.raw`(?:(?:${Q})\s+)?(?<n>${N})(?<!,)`;
  const word = (k: string) => new RegExp(kind(k), 'i');
  compiled = {
    words: { total: word('total'), rise: word('rise-verb'), target: word('target'), site: word('site'), done: word('done-verb') },
    heldVerb: new RegExp(String.raw`^\s+(?:${kind('held-verb')})\b`, 'i'),
    countryWide: new RegExp(String.raw`^(?:\s+[\w'’-]+){0,3}?\s+(?:${kind('country-wide')})\b`, 'i'),
    figure: new RegExp(String.raw`\d|\b(?:${N}|twice|${Object.keys(ORDINAL_WORDS).join('|')})\b`, 'i'),
    counted: new RegExp(`${incident}|\\bevents\\b|${kind('breach')}|${kind('target')}|${kind('munition')}|${kind('site')}|\\btimes?\\b|\\btwice\\b`, 'i'),
    // the noun is the last of a compound: "seven bombing incidents" counts incidents, not "bombing"
    count: new RegExp(String.raw`\b${figure}\s+${mods}(?<noun>${incident})(?!\s+(?:${incident})\b)`, 'gi'),
    breaches: new RegExp(String.raw`\b${figure}\s+${mods}(?<noun>${kind('breach')})\b`, 'gi'),
    bareEvents: new RegExp(String.raw`\b${figure}\s+${mods}(?<noun>events)\b`, 'gi'),
    targets: new RegExp(String.raw`(?:${kind('target-verb')})\s+${figure}\s+(?:[\w-]+\s+){0,2}?(?<noun>${kind('target')})`, 'gi'),
    sites: new RegExp(String.raw`(?:${kind('crowd-verb')})\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|across)\s+${figure}\s+(?:[\w-]+\s+){0,2}?(?<noun>${kind('site')})`, 'gi'),
    attackedWith: new RegExp(String.raw`(?:${kind('attack-verb')})\s+(?:[\w.'’-]+\s+){0,8}?with\s+${figure}\s+${mods}(?<noun>${kind('munition')})`, 'gi'),
    done: new RegExp(String.raw`\b${figure}\s+(?:${kind('done-verb')})`, 'gi'),
    incident: new RegExp(incident, 'gi'),
    times: new RegExp(String.raw`\b(?:(?:${Q})\s+)?(?:(?<n>${N})\s+times|twice)\b(?!\s+(?:${kind('not-times')}))`, 'gi'),
    timesVerb: new RegExp(kind('times-verb'), 'gi'),
    // the next figure after a count, joined by "and" or a comma
    anyFigure: new RegExp(String.raw`\b${N}\b`, 'gi'),
    elided: new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:${Q})\s+)?(?<n>${N})(?=\s)`, 'gi'),
    ordinal: new RegExp(String.raw`\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?=\d|[a-z]+th\b|second|third|fifth|ninth|twelfth)(?<nth>\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\b\s+(?:such\s+)?(?:${mods}(?:${incident}|${kind('munition')})|time|that|of|on|by|against|in)\b`, 'gi'),
    ordinalAgain: new RegExp(String.raw`(?:\band|,)\s+(?:the|its|their)\s+(?<nth>\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\b(?=\s+(?:so\s+far|since|this|in|over|during|within|of|for)\b)`, 'gi'),
    partOfThem: new RegExp(String.raw`\b(?<n>${N})\s+of\s+them\b`, 'gi'),
    // "59 of those 93 incidents": the whole may be told again
    part: new RegExp(String.raw`\b(?<n>${N})\s+of\s+(?:those|these|the|them)\s+(?:\d[\d,]*\s+)?(?<what>${mods}(?:${incident}))`, 'gi'),
    totalOf: new RegExp(String.raw`(?:${kind('total')})\s+of\s+(?<what>${mods}(?:${incident}))\b[^.;:]{0,60}?\b(?:to|at|reached|hit|was|is|stood at|stands at)\s+${figure}\b`, 'gi'),
    toTotal: new RegExp(String.raw`(?:${kind('total-verb')})\s+to\s+${figure}\s+the\s+(?:total\s+)?(?:${kind('total')})\s+of\s+(?<what>${mods}(?:${incident}))`, 'gi'),
    // "attacks on aid workers have risen to more than 50": the figure, then what rose, just before it
    // "went up, to 32 from 26"; "rose 45 percent" tells a change, not the count
    rose: new RegExp(String.raw`(?:${kind('rise-verb')}),?\s+(?:to\s+)?${figure}\b(?!\s*(?:%|percent|per\s+cent|fold|times)|-fold)`, 'gi'),
    // "rose from 17 to 27", "fell by a tenth, from 215 cases to 206": both figures, the first over the period compared with
    fromTo: new RegExp(String.raw`(?:${kind('rise-verb')})(?<gap>[^;:]{0,80}?)\bfrom\s+${figure.replace('<n>', '<from>')}\s+(?:[\w-]+\s+){0,2}?to\s+${figure}\b(?!\s*(?:%|percent|per\s+cent))`, 'gi'),
    // the acts are the subject, which a clause may open: "the toll from the attacks rose to 12" counts the dead
    roseSubject: new RegExp(String.raw`^(?<what>${mods}(?<noun>${incident})(?!\s+(?:${incident})\b)(?:\s+[\w.'’-]+){0,4}?)\s+(?:has\s+|have\s+)?$`, 'i'),
    again: new RegExp(String.raw`\b(?:these|those)\s+${mods}(?:${incident})\b`, 'i'),
    breach: word('breach'),
    truce: word('truce'),
    label: new RegExp(String.raw`^\s*(?<what>[^:]{0,80}?\b(?:${incident})\b[^:]{0,40}):\s*${figure}\s*$`, 'gi'),
  };
  return compiled;
}

// "by US military officials has counted", "from the Conflict Monitor, which": the keeper's words up to the verb or the clause's end
const KEPT_BY = /^\s+(?:by|from|compiled by|kept by|maintained by|collected by|gathered by)\s+(?:the\s+)?((?:[\w.'’-]+\s+?){0,7}?[\w.'’-]+?)(?=\s+(?:has|have|had|counted|shows?|showed|found|recorded|documented|puts?|lists?|says?|said|which|that|who)\b|\s*[,;(]|\.?\s*$)/;
// "a Reuters tally", "ACLED data", "the Pentagon's count": a name right before the record
const NAMED_BEFORE = /\b((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*?)(?:['’]s)?\s+$/;
// "The UN Mission has documented": the name before the verb of counting
const COUNTER_BEFORE = /((?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w.'’-]*)\s+(?:has\s+|have\s+|had\s+)?$/;

// "The Armed Conflict Location and Event Data Project (ACLED) reported": the short name in brackets names it
const ACRONYM_BEFORE = /\(([A-Z][A-Za-z.&-]{1,11})\)\s+(?:has\s+|have\s+|had\s+)?$/;
const insideName = (sentence: string, c: { index: number; text: string }): boolean =>
  /^[A-Z]/.test(c.text) && /^\s+\(?[A-Z]/.test(sentence.slice(c.index + c.text.length)) && /[A-Z][\w.-]*\s+$/.test(sentence.slice(0, c.index));

/** Who kept a count: "a tally by US officials", "a Reuters tally", "ACLED has recorded ..."; null when the sentence does not say. */
export function tallyKeeper(sentence: string, t: Pick<TallyMatch, 'index'>): string | null {
  const cues = matchAll('tally-sources', sentence);
  // "Event Data Project", "the Global Protest Tracker (GPT)": a record word inside a name is no record of its own
  for (const c of cues.filter((x) => x.rule.fields[0] === 'record' && !insideName(sentence, x))) {
    const keeper = KEPT_BY.exec(sentence.slice(c.index + c.text.length))?.[1] ?? NAMED_BEFORE.exec(sentence.slice(0, c.index))?.[1];
    if (keeper) return keeper.trim().replace(/^(?:a|an|the)\s+/i, '');
  }
  for (const c of cues.filter((x) => x.rule.fields[0] === 'counter' && x.index < t.index)) {
    const subject = ACRONYM_BEFORE.exec(sentence.slice(0, c.index)) ?? COUNTER_BEFORE.exec(sentence.slice(0, c.index));
    if (subject && sentence.slice(c.index + c.text.length, t.index).split(/\s+/).length <= 4) return subject[1]!.trim();
  }
  return null;
}
