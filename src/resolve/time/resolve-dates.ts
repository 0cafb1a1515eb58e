// Finds the date expressions of a text and resolves each to a span of days, against the publication
// day: our own span rules first (relative-spans.ts), then chrono-node on what is left, then refiners
// that move unanchored weekdays and month-days into the past (news reports what has happened) and
// widen nights and months into spans.
import * as chrono from 'chrono-node';
import type { DateSpan } from '../../types.js';
import { addDays, dayDiff, midDay, monthSpan, parseDay, toDay } from './days.js';
import { mayNameDate } from './date-screen.js';
import { SPAN_RULES, type Shift } from './relative-spans.js';

export interface DateMention {
  span: DateSpan;
  index: number;
  end: number;
  /** "since X", "between X and Y", "from X": the start of a period, not the day of an event */
  periodStart: boolean;
  /** introduced by "reported on", "said on", "statement on": the day something was said */
  speechDay: boolean;
  /** "the announcement on Thursday", "the vote of 9 October", a dateline: the day of something that is no incident */
  otherDay: boolean;
  rule: string;
  /** relative to the last day the article named, not to publication ("earlier in the day") */
  narrative: boolean;
  /** "two days earlier": how far from that day, and over how many days */
  shift?: Shift | null;
  /** "on Thursday": a weekday alone, read as the last one not after publication */
  weekdayOnly?: boolean;
  /** "on October 15": a day of a month with no year written, read as the last one not after publication */
  yearless?: boolean;
  /** "On October 15, ...": the day opens its sentence */
  opening?: boolean;
}

const OTHER_DAY = /\b(announcement|decision|ruling|verdict|vote|election|elections|speech|address|meeting|summit|talks|visit|sentencing|funeral|inauguration|ceasefire|truce|deadline)\s+((on|of|in|(?:earlier|later|early|late) in)\s+)?(the\s+)?$/;
// "the October 9 elections", "the July 1 price rise", "a November 2022 peace deal": a day that names a
// thing of politics, or a disaster ("the March 28 quake", "Tuesday's rail crash"), is that thing's day (rule
// `d-other-noun`); a day owned by one ("Sunday's vote") is too, as one owned by an act is the act's
const OTHER_NOUN_AFTER = /^\s*(?:(?:presidential|parliamentary|general|legislative|local|municipal|regional|snap|disputed|contested|national)\s+)?(?:election|elections|polls?|vote|referendum|ballot|peace (?:deal|agreement|accord|talks)|deal|agreement|accord|ceasefire|truce|law|decree|ruling|verdict|decision|announcement|deadline|price (?:rise|hike|increase)|fuel (?:price )?(?:rise|hike|increase)|hike|summit|talks|inauguration|coup|(?:earth)?quake|tremor|floods?|flooding|cyclone|hurricane|typhoon|tsunami|landslide|mudslide|eruption|storm|(?:(?:train|rail|plane|air|bus|road|car|boat|ferry)\s+)?(?:crash|collision|derailment|accident|disaster))\b/i;
// "a law passed on September 5", "the ceasefire until April 30", "announcements made on July 5": the day
// a decision was taken or runs to dates no act (nor when told in commas or a relative: "a law, passed on
// September 5,", "a decree that was signed on May 2")
const OTHER_VERB_BEFORE = /\b((?:until|till)(?=\s+(?:the\s+)?$)|(?:law|decree|bill|budget|measure|decision|ruling|announcements?|elections?|vote)s?,?\s+(?:(?:that|which)\s+)?(?:was\s+|were\s+|had been\s+|has been\s+)?(?:passed|adopted|signed|approved|enacted|made|taken|issued|held|published))\s+(on\s+|in\s+)?(the\s+)?$/;
// "the ceasefire between Israel and Hezbollah, which was meant to end the war in November 2024": a day in a
// relative clause on a truce, a deal, a law or a vote is that thing's (rule `d-other-relative`)
const OTHER_RELATIVE = /\b(?:ceasefire|truce|deal|agreement|accord|election|elections|vote|referendum|law|decree|ruling|talks|summit)\b[^.;,]{0,60},\s*(?:which|that)\b[^,;()]*$/i;
// "until Monday, when sticks were turned on protesters": the day a relative clause tells of is its act's
const WHEN_AFTER = /^\s*,?\s*when\b/i;
// "turnout was lower than last Thursday's", "as large as Monday's": a day owned by what is compared with
// the act is that other act's day (rule `d-compared`)
const COMPARED_BEFORE = /\b(than|as)\s+$/;
// "schools would stay shut on September 7", "talks will resume on Monday": the day of what is still to come
// (chrono's text may take the "on" in: "the election the country will hold on 29 October")
const FUTURE_BEFORE = /\b(will|would|shall|(?:is|are|was|were) (?:due|set|scheduled|expected) to)\s+([\w-]+\s+){0,3}?((on|for|by|from)\s+(the\s+)?)?$/;
// "since the war began more than two years ago", "since the Taliban came back to power three years ago": the
// start of a period told as an event of its own; "since the militia took power in August 2021", "since the
// unrest erupted in the north in October 2017": placed, then dated, it starts the period all the same; so does a
// measure or a change of power in the passive, d-since-measure ("since President's Rule was imposed in Manipur on February 13")
const SINCE_BEGAN = /\bsince\s+[^,.;]{0,60}?\b(began|begun|started|broke out|erupted|ended|came (?:back )?to power|took (?:over|power)|(?:was|were)\s+(?:\w+ly\s+)?(?:imposed|declared|signed|agreed|lifted|introduced|announced|sworn in|elected|installed|ousted|overthrown|toppled|deposed|dissolved))\s+((?:in|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?((?:in|on)\s+)?((?:more than|over|about|nearly|almost|some|roughly|just)\s+)?$/;
const RELATIVE_WORDS = /\b(today|tonight|yesterday|morning|afternoon|evening|night|ago|earlier|later)\b/i;

export function resolveDates(text: string, published: string): DateMention[] {
  const found: DateMention[] = [];
  let masked = text;
  for (const rule of SPAN_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const span = rule.span(published, m);
      // a rule that gives no span still hides its words from chrono ("two days after" is no date of its own)
      if (span) found.push({ ...mention({ ...span, text: m[0] }, text, m.index, m.index + m[0].length, rule.id, rule.narrative ?? false), shift: rule.shift?.(m) ?? null });
      masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
    }
  }
  // "the night of", "the morning of 4 January": chrono reads the part of the day as a day of its own
  // d-percent: "in May, 6% fewer than in April": a percentage is never a day, though chrono reads "May, 6" as one
  const forChrono = masked.replace(/\b(?:night|morning|afternoon|evening|dawn) of\b|\b\d+(?:[.,]\d+)?(?=\s*(?:%|per\s?cent\b))/gi, (w) => ' '.repeat(w.length));
  // most sentences name no date: chrono, the costliest step, runs only where it can find one
  const parsed = mayNameDate(forChrono) ? chrono.parse(forChrono, { instant: parseDay(published), timezone: 0 }) : [];
  for (const r of parsed) {
    if (monthAsName(text, r) || monthInTitle(text, r) || weekdayInName(text, r) || monthAsWord(r)) continue;
    const night = /\bnight of\s*$/i.test(text.slice(0, r.index));
    const count = countAfterDay(r);
    const ends = /\b(until|till|through|by)\s+$/i.test(text.slice(0, r.index));
    const span = refine(r, published, night, !!count, ends);
    if (!span) continue;
    const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
    const yearless = r.start.isCertain('day') && !r.start.isCertain('year');
    found.push({ ...mention(count ? { ...span, text: count } : span, text, r.index, r.index + (count ?? r.text).length, count ? 'd-count-not-year' : 'chrono', false), ...(weekdayOnly ? { weekdayOnly } : {}), ...(yearless ? { yearless } : {}) });
    if (!count && span.precision === 1 && span.earliest === span.latest) found.push(...listedDays(text, r, span, published));
  }
  return withoutGlossedDays(withoutLastNight(found), text).sort((a, b) => a.index - b.index);
}

/**
 * "yesterday (Thursday 28 Nov)", "on Monday (March 3)": a day glossed in brackets is the day the brackets
 * say (rule `d-glossed`): a story written one day and published the next keeps its "yesterday". The gloss
 * keeps the glossed day's place in the sentence: "killed since Thursday (9 October)" starts a period, "said
 * on Friday (10 October)" is the day it was said.
 */
function withoutGlossedDays(found: DateMention[], text: string): DateMention[] {
  const glossOf = (d: DateMention) => found.find((gloss) => gloss.index >= d.end && GLOSS_OPENS.test(text.slice(d.end, gloss.index + 1)));
  const glossed = new Map(found.flatMap((d) => { const gloss = glossOf(d); return gloss ? [[gloss, d] as const] : []; }));
  return found.filter((d) => !glossOf(d)).map((d) => {
    const day = glossed.get(d);
    return day ? { ...d, periodStart: d.periodStart || day.periodStart, speechDay: d.speechDay || day.speechDay, otherDay: d.otherDay || day.otherDay } : d;
  });
}
// what stands between a day and its gloss, up to the gloss's first character (chrono may take the bracket in)
const GLOSS_OPENS = /^\s*\(.?$/;

/**
 * "At the end of August, 23 people were killed in overnight air strikes", "On 3 May, drones struck
 * overnight": a night told beside a day or a month the sentence states is a night of that time, not last
 * night (rule `t-last-night` gives way). A day only spoken on ("said on Tuesday") or of another act
 * states no time for the night.
 */
function withoutLastNight(found: DateMention[]): DateMention[] {
  const stated = found.some((d) => NIGHT_FRAMES.has(d.rule) && !d.speechDay && !d.otherDay && !d.periodStart);
  return stated ? found.filter((d) => d.rule !== 't-last-night') : found;
}
const NIGHT_FRAMES = new Set(['chrono', 't-part-of-month']);

// words that may stand before a month at the start of a sentence ("In January", "Last May")
const MONTH_OPENERS = /^(the|a|an|its|their|in|on|by|since|during|until|till|from|last|this|next|early|late|mid|through|before|after|of|between|and|or|to|each|every|that)$/i;

/**
 * "Aijaz Jan, the MLA", "Theresa May said": a month with no day right after a capitalised word is part of
 * a name (rule `d-month-name`), not a date.
 */
function monthAsName(text: string, r: chrono.ParsedResult): boolean {
  if (r.start.isCertain('day') || r.start.isCertain('weekday') || !/^\p{Lu}/u.test(r.text)) return false;
  const word = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, r.index - 30), r.index))?.[1];
  return !!word && /^\p{Lu}/u.test(word) && !MONTH_OPENERS.test(word);
}

/**
 * "the March for Australia rally", "the party's \"July March\"": a month with no day that opens a title in
 * title case (rule `d-month-title`) names a movement, a march or an uprising, not a month: a title goes on
 * with a capitalised word, straight after the month inside quotes, or after a short linking word ("March
 * for Australia", "March on Rome", "March of the Living", "March Against Hunger") where no word of time comes before ("in March
 * for the first time" is lower case).
 */
function monthInTitle(text: string, r: chrono.ParsedResult): boolean {
  if (r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('year') || !/^\p{Lu}/u.test(r.text)) return false;
  const before = text.slice(Math.max(0, r.index - 30), r.index);
  const after = text.slice(r.index + r.text.trimEnd().length);
  if (/["“‘'«]$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  return TITLE_LINK.test(after) && !TIME_BEFORE.test(before);
}
// (in full title case the linking word is capitalised too: "a March Against Hunger")
const TITLE_LINK = /^\s+(?:[Ff]or|[Oo]f|[Oo]n|[Aa]gainst|[Tt]o)\s+(?:[Tt]he\s+)?\p{Lu}\p{Ll}/u;
const TIME_BEFORE = /\b(?:in|on|since|during|until|till|by|from|through|between|last|this|next|early|late|mid|before|after|of|to|each|every)\s+$/i;

/**
 * "AA spokesperson Khaing Thu Kha", "the Mon State": a weekday cut short ("Thu", "Mon", "Sun") with a
 * capitalised word on either side is part of a name (rule `d-weekday-name`); news prose writes a weekday
 * in full, and a dateline's "Mon Nov 17" comes with its day. A lower-case one is a word (`d-weekday-word`).
 */
function weekdayInName(text: string, r: chrono.ParsedResult): boolean {
  if (r.start.isCertain('day')) return false;
  // d-weekday-word: "protesters sat down on the road", "in the sun": a cut-short weekday in lower case is
  // the word it spells; prose capitalises a weekday
  if (/^(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)$/.test(r.text.trim())) return true;
  if (!/^(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)$/.test(r.text.trim())) return false;
  const before = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, r.index - 30), r.index))?.[1];
  const after = /^\s+\p{Lu}/u.test(text.slice(r.index + r.text.trimEnd().length));
  return after || (!!before && /^\p{Lu}/u.test(before) && !MONTH_OPENERS.test(before));
}

/**
 * "Since January, 70 strikes", "on 5 June 23 people died": chrono reads the figure after a month or a
 * day as a year (1970, 2023). A year is written with four digits; a shorter figure there starts a count.
 * The words before the figure, when it is one.
 */
function countAfterDay(r: chrono.ParsedResult): string | null {
  if (!r.start.isCertain('year')) return null;
  const m = /^(.*?\D)[\s,]+\d{1,3}$/.exec(r.text);
  return m && /[a-z]/i.test(m[1]!) ? m[1]!.trim() : null;
}

/**
 * "a protest march to Islamabad", "the long march", "towards the end of the march": a month is written
 * with a capital; a month word in lower case with no day written beside it is a common word (rule
 * `d-month-word`), not a month (chrono reads "the end of the march" as 31 March).
 */
const monthAsWord = (r: chrono.ParsedResult): boolean =>
  r.start.isCertain('month') && LOWER_MONTH.test(r.text) && !/\d/.test(r.text);
const LOWER_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;

// "on July 26 and 27", "on 9, 10 and 11 June": chrono reads one day of a list; the others share its month
const DAYS_AFTER = /^(?:\s*(?:,|and|&|,\s*and)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|%|am\b|pm\b|a\.m|p\.m|hours|people|killed|[a-z])))+/i;
const DAYS_BEFORE = /(?:\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|,\s*and)\s*)+$/i;
const DAY_NUMBER = /\b(\d{1,2})(?:st|nd|rd|th)?\b/g;
// "between 1 and 3 am on Friday": a list before a clock time is a list of hours, no days (rule `d-hours`)
const CLOCK_FIRST = /^\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)/i;

/** The other days of a list chrono read one day of, each a day of its own (rule `day-list`). */
function listedDays(text: string, r: chrono.ParsedResult, span: DateSpan, published: string): DateMention[] {
  const monthFirst = /^\D/.test(r.text.trim()) && /\d\s*$/.test(r.text);
  const list = monthFirst ? DAYS_AFTER.exec(text.slice(r.index + r.text.length)) : /^\d/.test(r.text.trim()) && !CLOCK_FIRST.test(r.text.trim()) ? DAYS_BEFORE.exec(text.slice(0, r.index)) : null;
  if (!list) return [];
  const at = monthFirst ? r.index + r.text.length : r.index - list[0].length;
  const out: DateMention[] = [];
  for (const m of list[0].matchAll(DAY_NUMBER)) {
    const day = `${span.date.slice(0, 8)}${m[1]!.padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(day)) && day <= published && day !== span.date) {
      out.push(mention({ date: day, earliest: day, latest: day, precision: 1, text: m[0] }, text, at + m.index, at + m.index + m[0].length, 'day-list', false));
    }
  }
  return out;
}

function refine(r: chrono.ParsedResult, published: string, nightOf: boolean, yearIsCount: boolean, ends: boolean): DateSpan | null {
  const s = r.start;
  const dayKnown = s.isCertain('day') || s.isCertain('weekday');
  if (!dayKnown && !s.isCertain('month') && !RELATIVE_WORDS.test(r.text)) return null; // a clock time alone
  if (/^(morning|afternoon|evening|night|tonight)$/i.test(r.text.trim())) return null; // a time of day alone, or a ship named "Morning Tide"
  if (/^(right )?now$/i.test(r.text.trim())) return null; // "those protesting right now": the speaker's present, no day of an act
  if (/^for\b/i.test(r.text.trim())) return null; // "fire that went on for half an hour": a duration, no day
  // "another exploded two minutes later", "hours after the raid": counted from an act the text tells, not from publication
  if (/\b(seconds?|minutes?|hours?)\s+(later|after|afterwards|earlier|before)\b/i.test(r.text)) return null;
  let date = toDay(s.date());
  // "October 17th, 32 of them": a number after the day is not a year in the future
  const yearTaken = s.isCertain('year') && !yearIsCount && Number(date.slice(0, 4)) <= Number(published.slice(0, 4));
  if (!yearTaken && s.isCertain('year')) date = `${published.slice(0, 4)}${date.slice(4)}`;
  // "extended the ceasefire until April 30": a term that runs past publication is no day of a past act
  if (ends && date > published) return null;
  if (!yearTaken && date > published) {
    // news reports the past: an unanchored "Friday" or "March 3" is the latest one not after publication
    date = s.isCertain('weekday') && !s.isCertain('day') ? addDays(date, -7) : `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  }
  if (!dayKnown) {
    const d = parseDay(date);
    const [earliest, latest] = monthSpan(d.getUTCFullYear(), d.getUTCMonth());
    // "for the fourth time in a month": a month still to come is a duration, no month of a reported act
    if (earliest > published) return null;
    // a month that holds the publication day: the act came before it, not on it ("earlier in July")
    const last = latest > published ? published : latest;
    return { date: earliest <= published && published <= latest ? midDay(earliest, last) : addDays(earliest, 14), earliest, latest: last, precision: 3, text: r.text };
  }
  // "within 24 hours of the strike", "in two days": a day after publication is no day of a reported act
  if (date > published) return null;
  const night = nightOf || /\bnight\b/i.test(r.text);
  const end = r.end ? toDay(r.end.date()) : null;
  return { date, earliest: date, latest: end && end > date ? end : night ? addDays(date, 1) : date, precision: 1, text: r.text };
}

/**
 * "Earlier, on September 26, the Houthis said they had fired a missile. Their spokesman said they had
 * launched it at Jaffa on Thursday night": a weekday alone, in a sentence that states no day, right after
 * one that opens with a stated day a week or more back, is the one nearest that day (rule
 * `d-weekday-recall`): an opening day sets the time the story stands at. A weekday the story already
 * told before that ("on Saturday evening ... On December 21 last year, ... Saturday's attack") is the day
 * it told, not one of the recalled week (rule `d-weekday-told`). Each sentence's dates, in order.
 */
export function anchorWeekdays(sentences: DateMention[][]): DateMention[][] {
  const told = new Set<string>();
  return sentences.map((dates, i) => {
    const frame = i > 0 ? sentences[i - 1]!.find((d) => statedDay(d) && d.index < OPENING_REACH) : undefined;
    const anchored = !frame || dates.some(statedDay) ? dates : dates.map((d) => {
      const weeks = d.weekdayOnly && !told.has(d.span.date) ? Math.round(dayDiff(d.span.date, frame.span.date) / 7) : 0;
      return weeks > 0 ? { ...d, span: shiftDays(d.span, -7 * weeks) } : d;
    });
    for (const d of anchored) if (d.weekdayOnly) told.add(d.span.date);
    return anchored;
  });
}
const OPENING_REACH = 30;

/**
 * "On October 11, 2021, five soldiers were killed. ... On October 15, the two missing soldiers were killed":
 * a day with no year that opens its sentence, after a sentence up to `YEAR_REACH` back that opens with a
 * stated day of an earlier year (and states no later day), goes on with that story's year (rule
 * `d-year-recall`): it is the first such day on or after the stated one, when that is earlier than the last
 * one before publication. Opening days are a chronology told in order; a day so dated dates the next in
 * turn. Each sentence's dates, in order.
 */
export function anchorYears(sentences: DateMention[][]): DateMention[][] {
  let frame: { day: string; sentence: number; opens: boolean } | null = null;
  return sentences.map((dates, i) => {
    const out = dates.map((d) => {
      if (!d.yearless || !d.opening || !statedDay(d) || !frame?.opens || i - frame.sentence > YEAR_REACH) return d;
      const from: string = frame.day;
      const inYear = `${from.slice(0, 4)}${d.span.date.slice(4)}`;
      const recalled = inYear >= from ? inYear : `${Number(from.slice(0, 4)) + 1}${d.span.date.slice(4)}`;
      if (recalled >= d.span.date || Number.isNaN(Date.parse(recalled))) return d;
      return { ...d, span: shiftDays(d.span, dayDiff(recalled, d.span.date)), rule: 'd-year-recall' };
    });
    const stated = out.filter((d) => statedDay(d) || d.rule === 'd-year-recall');
    if (stated.length) frame = { day: stated.at(-1)!.span.date, sentence: i, opens: stated.length === 1 && !!stated[0]!.opening };
    return out;
  });
}
const YEAR_REACH = 3;
const statedDay = (d: DateMention): boolean =>
  !d.weekdayOnly && !d.narrative && !d.periodStart && !d.otherDay && d.span.precision === 1 && d.rule === 'chrono';
const shiftDays = (span: DateSpan, n: number): DateSpan =>
  ({ ...span, date: addDays(span.date, n), earliest: addDays(span.earliest, n), latest: addDays(span.latest, n) });

// the day something was said: "officials said on Sunday", "commanders on Tuesday made public", "the
// Pentagon confirmed on Wednesday", "in an update on Saturday", "told a news conference on Monday"; not
// past a figure: "ACLED reported 51 incidents in March" dates the incidents counted; nor past "that" or a
// verb of happening: "confirmed that on July 22 bandits raided", "said the attack happened on June 1" date
// the act reported (rule `d-said-content`)
const SAID_BEFORE = /\b(reported|said|announced|statement|told|briefing|wrote|posted|published|released|issued|noted|made public|disclosed|revealed|declared|confirmed|stated|added|tweeted|acknowledged|admitted|insisted|denied|explained|update|interview|(?:press|news) conference|communiqu[eé])\s+((?!\d|that\b|happened\b|occurred\b|took\b)\w+\s+){0,3}?(on\s+)?$/;
const SAID_AFTER = /^\s*(said|says|announced|reported|told|made public|noted|disclosed|revealed|declared|confirmed|stated)\b/i;
// a sentence that opens with the day, then its speaker: "On Sunday, officials said", "On Tuesday the army announced"
// ("Drones attacked overnight, officials said" is the day of the attack)
const SAID_OPENING = /^\s*,?\s*(?:(?:the|a|an|its|their|[\p{L}.'’-]+)\s+){1,5}?(said|says|announced|reported|told|made public|noted|disclosed|revealed|declared|confirmed|stated|gave details|briefed)\b/iu;
const OPENING = /^\W*((early|late)\s+)?(on\s+)?$/i;
// "KABUL, Dec 12 The group said...", "MANILA, Dec 18 (NNN-PNA) –", "Dhaka, Dec 31: A rights group said": a dateline dates the report, not an act
// ("DAVAO CITY (Outlet / 12 May) —": the day may stand in brackets after the outlet, rule `d-dateline-outlet`)
const DATELINE_BEFORE = /^\s*[\p{Lu}][\p{L} .'’-]{1,40}(?:,|\s\([\p{L}\p{N} .'’&-]{1,30}\s*[/,])\s*$/u;
const DATELINE_AFTER = /^\s*(\(|[–—:-]|\p{Lu}|\)\s*[–—:-])/u;

/** "overnight from Friday to Saturday": a night told from one day to the next is an incident's span, no period (rule `d-one-night`). */
const isOneNight = (span: DateSpan): boolean =>
  span.precision === 1 && dayDiff(span.latest, span.earliest) === 1 && /\b(to|into|until|till)\b/i.test(span.text ?? '');

function mention(span: DateSpan, text: string, index: number, end: number, rule: string, narrative: boolean): DateMention {
  const before = text.slice(Math.max(0, index - 30), index).toLowerCase();
  const after = text.slice(end, end + 60);
  // "Wednesday's suicide bombing": a day owned by an act is the act's, whoever speaks of it
  const owned = /^['’]s\b/.test(after);
  const dateline = DATELINE_BEFORE.test(text.slice(0, index)) && DATELINE_AFTER.test(after) && !/^\s*(on|in|at|by|since|until|from|late|early|last|this)\b/i.test(text);
  const opening = OPENING.test(text.slice(0, index));
  return {
    ...(opening ? { opening } : {}),
    span,
    index,
    end,
    periodStart: (/\b(since|between|from|starting|beginning)\s+(the\s+)?$/.test(before) && !isOneNight(span)) || /\bsince\s+([\w'’-]+\s+){1,3}$/.test(before) ||
      SINCE_BEGAN.test(text.slice(Math.max(0, index - 90), index).toLowerCase()),
    speechDay: !owned && (SAID_BEFORE.test(before) || SAID_AFTER.test(after) || (opening && SAID_OPENING.test(after))),
    otherDay: dateline || OTHER_DAY.test(before) || (OTHER_VERB_BEFORE.test(before) && !WHEN_AFTER.test(after)) || FUTURE_BEFORE.test(before) ||
      OTHER_NOUN_AFTER.test(owned ? after.replace(/^['’]s\b/, '') : after) || OTHER_RELATIVE.test(text.slice(Math.max(0, index - 120), index)) || (owned && COMPARED_BEFORE.test(before)),
    rule,
    narrative,
  };
}
