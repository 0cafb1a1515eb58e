// One context object per article, built once and read by every rule: sentences, the countries the
// article is about, and every date expression with its position (the narrative's timeline).
import { splitSentences } from '../read/sentences.js';
import { normaliseName, normaliseRecurring } from '../read/normalise.js';
import { capitalisedNames, countriesNamed, countriesSaid, findPlaces, namesLegislature, townNamed, type PlaceContext, type PlaceMatch } from '../resolve/place/find-places.js';
import { tokenize, type Token } from '../read/tokens.js';
import { admin2At, countryByDemonym, countryByName, isPlaceStopword } from '../resolve/place/gazetteer.js';
import { anchorWeekdays, anchorYears, resolveDates, type DateMention } from '../resolve/time/resolve-dates.js';
import { addDays, dayDiff } from '../resolve/time/days.js';
import { findActors } from '../resolve/actor/find-actors.js';
import { localHomonym } from '../resolve/actor/dictionary.js';
import { findTallies, type TallyMatch } from './rules/tallies.js';
import { datelineMatch, storyAbroad } from './rules/dateline.js';
import type { Actor, ActorMatch, Article, DateSpan, Place, Rejection, Sentence } from '../types.js';

// photo captions and credits describe pictures, often of older events; an embedded post (its link and
// "— Name (@handle) May 2, 2025" signature) is a voice quoted whole, not the report
const CAPTION = /^(photo|picture|image|file photo|caption)\b\s*[:|-]|^(an? )?(screengrab|screenshot|handout (photo|picture|image|video)|file (photo|picture|image)|still from)\b|\bpic\.twitter\.com\/|\(@\w{1,15}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\W*$|^\[(embedded|video|photo|image|watch)\b|\b(handout )?via (Reuters|AP|AFP|Getty Images)\)\W*$|\b(REUTERS|AFP|AP|Getty Images|Anadolu Agency)\/|\(photo by\b|\bCredit:\s|\b(stands?|poses?|gestures?|looks on|mourns?|reacts?)\b[^.]{0,80}\b(memorial|portrait|coffin|funeral|grave|rubble|photograph)\b/i;

// "... have not been deterred. (Image; CMF)": the sentence before a picture credit is the picture's caption
const CREDIT = /^\s*\((photo|image|picture|file photo|video)\s*[:;,]\s*[^)]{1,60}\)\W*$/i;
const creditFollows = (text: string, s: Sentence): boolean => {
  const from = s.start + s.text.length;
  const end = text.indexOf('\n', from);
  return CREDIT.test(text.slice(from, end === -1 ? undefined : end));
};

export interface ArticleContext {
  article: Article;
  sentences: Sentence[];
  /** each sentence's word tokens by sentence index, made once for every rule that reads them */
  tokens: Map<number, Token[]>;
  /** each sentence's actors by sentence index, found the first time a rule asks (sentenceActors) */
  actors: Map<number, ActorMatch[]>;
  /** each sentence's counts of incidents by sentence index, found the first time a rule asks (sentenceCounts) */
  counts: Map<number, TallyMatch[]>;
  /** ISO codes, most mentioned first */
  focus: string[];
  /** countries the article names as a country, a people, a region, a capital or a site */
  named: ReadonlySet<string>;
  /** unambiguous precise places the article names */
  anchors: Array<{ lat: number; lon: number }>;
  /** the admin1 regions the article names, as regions or as the regions of its unambiguous places (normalised) */
  regions: ReadonlySet<string>;
  /** the capitalised names the article uses, normalised: a region or district named in passing ("the Essex town") */
  names: ReadonlySet<string>;
  /** the same places with the sentence that names them: where an incident told without a site happened */
  sites: Array<{ sentence: number; place: Place; landmark?: boolean }>;
  /** the regions and districts the article names in a country it names, with the sentence that names them */
  areas: Array<{ sentence: number; place: Place }>;
  /** the town the story was filed from ("KABUL, Afghanistan (AP) —"), with precision 3: it says where the reporter was */
  dateline: Place | null;
  /** the one precise site the title names ("Curfew in Sambhal after clashes"), with precision 2: where the story is */
  titleSite: Place | null;
  /** the town the body names most, twice or more, in words that need not say it is a place, with precision 2 */
  recurringTown: Place | null;
  dates: Map<number, DateMention[]>;
  /** the armed group named last, as sentences are read in order: what "the group" refers to */
  lastGroup: Actor | null;
  /** the state military named last: who "the troops" are */
  lastForces: Actor | null;
  /** who did the act the article told last: what an opening "It" or "They" before an act refers to */
  lastAttacker: Actor | null;
  /** candidates judged not incidents, in text order */
  rejected: Rejection[];
}

export function buildContext(article: Article): ArticleContext {
  const isTitle = titleTest(normaliseName(article.title ?? ''));
  const sentences = splitSentences(article.text).filter((s) => !isTitle(s.text) && !CAPTION.test(s.text) && !CREDIT.test(s.text) && !creditFollows(article.text, s));
  const counts = new Map<string, number>();
  const anchors: ArticleContext['anchors'] = [];
  const regions = new Set<string>();
  const sites: ArticleContext['sites'] = [];
  const areas: ArticleContext['areas'] = [];
  // the sites that are one guess among same-named places of several regions: kept when the article names their region
  const guessed = new Set<Place>();
  const dates = new Map<number, DateMention[]>();
  const tokens = new Map<number, Token[]>();
  const found = new Map<number, PlaceMatch[]>();
  // the title names the country of many a story whose body names only its towns
  const named = new Set<string>(countriesNamed(article.title ?? ''));
  // "the Essex town": a region or district named in passing says which of same-named towns the story means
  const names = capitalisedNames(`${article.title ?? ''}\n${article.text}`);
  for (const s of sentences) {
    tokens.set(s.index, tokenize(s.text));
    found.set(s.index, findPlaces(s.text, { focus: [], taken: [], names }, tokens.get(s.index)));
    for (const cc of countriesSaid(s.text, tokens.get(s.index))) named.add(cc);
    // a town or district of the name may be in any country: only other places name theirs, and its own region
    // said after it ("Torre Pacheco, in the Murcia region")
    for (const p of found.get(s.index)!) if ((p.placedIn || (p.rule !== 'p-town' && p.rule !== 'p-district')) && !p.ambiguous && p.place.country_code) named.add(p.place.country_code);
  }
  // the town the story was filed from tells its country too
  const dateline = datelineTown(sentences, { focus: [], taken: [], named });
  const titled = titleSite(article.title ?? '', { focus: [], taken: [], named, names });
  const recurring = recurringTown(sentences, { focus: [], taken: [], named, names });
  if (dateline?.country_code) counts.set(dateline.country_code, 1);
  // x-house-guessed-country: an article that names no country ("clashes around Congress ... In Rosario, marches")
  // has one all the same when each town it names is guessed in one country: there the house sits
  const guessedCountries = new Set([...found.values()].flat().filter((p) => p.place.geo_precision < 3 && !p.origin).map((p) => p.place.country_code ?? ''));
  const houseFocus = !named.size && guessedCountries.size === 1 && !guessedCountries.has('') ? [...guessedCountries] : [];
  for (const s of sentences) {
    // "Goma" is also a town elsewhere: once the article's countries are known, a town that is in only one of them is no longer ambiguous;
    // "drove the crowd back from Congress": a house of a legislature is the town of the article's country's (x-house-site)
    const first = found.get(s.index)!;
    const ambiguous = first.some((p) => p.ambiguous);
    if (ambiguous || (!first.some((p) => p.place.geo_precision < 3) && namesLegislature(s.text))) found.set(s.index, findPlaces(s.text, { focus: ambiguous ? [] : houseFocus, taken: [], named, names }, tokens.get(s.index)));
    for (const p of found.get(s.index)!) {
      if ((p.rule === 'p-town' || p.rule === 'p-district') && named.size && !named.has(p.place.country_code ?? '')) continue;
      // "Bijapur" is a town of Karnataka and of Chhattisgarh: a guess between them is no evidence of the region
      if (!p.ambiguous && !p.otherRegion && p.place.admin1) regions.add(normaliseName(p.place.admin1));
      if (!p.ambiguous && p.place.geo_precision < 3 && p.place.lat != null && p.place.lon != null) {
        if (!p.otherRegion) anchors.push({ lat: p.place.lat, lon: p.place.lon });
        if (!p.origin) sites.push({ sentence: s.index, place: p.place, ...(p.landmark ? { landmark: true } : {}) });
        if (p.otherRegion) guessed.add(p.place);
      }
      if (!p.ambiguous && !p.origin && !p.otherRegion && p.place.geo_precision === 3 && p.place.admin1 !== null && p.place.lat !== null) areas.push({ sentence: s.index, place: p.place });
      if (p.place.country_code && !p.ambiguous) counts.set(p.place.country_code, (counts.get(p.place.country_code) ?? 0) + (p.place.geo_precision === 3 ? 1 : 2));
    }
    // "an Iraqi city" points to where; "American troops" names a party, which may be anywhere; "a pro-Palestinian
    // encampment", "anti-Russian slogans" name a cause, not a place
    for (const [word] of s.text.matchAll(/(?<!\b(?:pro|anti|Pro|Anti)-)\b[A-Z][a-z]+(?:an|i|ese|ish)\b(?!\s+(?:[\w-]+\s+)?(?:forces|troops|personnel|service ?members|servicemembers|soldiers|military|officials?|diplomats|citizens|nationals|warplanes|jets|drones|strikes|airstrikes|warships?|navy|embassy)\b)/g)) {
      const c = countryByDemonym(word);
      if (c) counts.set(c.cc, (counts.get(c.cc) ?? 0) + 1);
    }
    dates.set(s.index, resolveDates(s.text, article.published));
  }
  const placedSites = sites.filter((x) => !guessed.has(x.place) || regions.has(normaliseName(x.place.admin1 ?? '')));
  const anchored = anchorWeekdays(anchorYears(sentences.map((s) => dates.get(s.index) ?? [])));
  sentences.forEach((s, i) => dates.set(s.index, anchored[i]!));
  const focus = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  return { article, sentences, tokens, actors: new Map(), counts: new Map(), focus, named, anchors, regions, names, sites: placedSites, areas, dateline, titleSite: titled, recurringTown: recurring, dates, lastGroup: null, lastForces: null, lastAttacker: null, rejected: [] };
}

/**
 * x-title-site: the site the title names, when it names one precise site and no other. A headline names
 * where the story is ("Curfew in Sambhal after clashes"); one that names two towns tells of several.
 */
function titleSite(title: string, ctx: PlaceContext): Place | null {
  const found = findPlaces(title, ctx).filter((p) => !p.origin && !p.ambiguous && p.place.geo_precision < 3 && p.place.lat != null);
  const names = new Set(found.map((p) => p.place.name));
  return names.size === 1 ? { ...found[0]!.place, geo_precision: 2 } : null;
}

// a capitalised name of one to three words, whole: "Lloyd Austin" names no town Austin; "Uttar Pradesh's
// Sambhal" is two names
const CAPITALISED_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?![\p{L}-]|\s+\p{Lu})/gu;

/**
 * x-recurring-town: the town the body names most, twice or more, though no words around it say it is a place
 * ("violence gripped Torre Pacheco ... groups travelling to Torre Pacheco"): where the story is, for an
 * incident no sentence near it places. Only towns of the countries the article names count, and no name
 * that is also a country's ("Jordan") or a common word.
 */
function recurringTown(sentences: Sentence[], ctx: PlaceContext): Place | null {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const name of new Set([...s.text.matchAll(CAPITALISED_NAME)].map((m) => m[0]))) {
      if (!countryByName(name) && !isPlaceStopword(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const towns = [...counts].filter(([, n]) => n >= 2).map(([name, n]) => ({ n, town: townNamed(name, ctx) })).filter((x) => x.town);
  const most = Math.max(0, ...towns.map((x) => x.n));
  const top = new Set(towns.filter((x) => x.n === most).map((x) => x.town!.name));
  return top.size === 1 ? { ...towns.find((x) => x.n === most)!.town!, geo_precision: 2 } : null;
}

const DATELINE_REACH = 1500;

/** The town of the dateline that opens one of the article's first sentences, in precision 3. */
function datelineTown(sentences: Sentence[], ctx: PlaceContext): Place | null {
  // after the title, a byline and a picture's caption at most
  for (const s of sentences.filter((x) => x.start < DATELINE_REACH)) {
    const m = datelineMatch(s.text);
    const town = m ? townNamed(m[1]!, ctx) : null;
    // "ERBIL - Protests spread across Iranian cities": a bureau abroad is no site of the story
    if (town && storyAbroad(s.text, m![0].length, town.country_code)) return null;
    if (town) return { ...town, geo_precision: 3 };
  }
  return null;
}

/** The actors a sentence names, found once for the mentions, the tallies and the evidence that read them. */
export function sentenceActors(ctx: ArticleContext, s: Sentence): ActorMatch[] {
  let found = ctx.actors.get(s.index);
  if (!found) ctx.actors.set(s.index, (found = actorsFound(ctx, s)));
  return found;
}

/**
 * The actors every sentence names; those of sentences no stage read are found apart and not recorded, so
 * the article's recorded actors stay those its stages read.
 */
export const articleActors = (ctx: ArticleContext): ActorMatch[] =>
  ctx.sentences.flatMap((s) => ctx.actors.get(s.index) ?? actorsFound(ctx, s));

// an acronym two groups share names the one at home where the article's events are (localHomonym)
const actorsFound = (ctx: ArticleContext, s: Sentence): ActorMatch[] =>
  findActors(s.text, ctx.tokens.get(s.index)).map((m) => {
    const actor = localHomonym(m.actor, ctx.focus);
    return actor === m.actor ? m : { ...m, actor };
  });

/** The counts of incidents a sentence tells, found once for the mentions that a count sums up and for the tallies. */
export function sentenceCounts(ctx: ArticleContext, s: Sentence): TallyMatch[] {
  let found = ctx.counts.get(s.index);
  if (!found) ctx.counts.set(s.index, (found = findTallies(s.text, ctx.dates.get(s.index) ?? [])));
  return found;
}

/** What the place finder knows of the article, for a sentence whose spans `taken` are other names. */
export const placeContext = (ctx: ArticleContext, taken: Array<[number, number]>): PlaceContext =>
  ({ focus: ctx.focus, anchors: ctx.anchors, named: ctx.named, regions: ctx.regions, names: ctx.names, taken });

// the letters normaliseName can drop: the "s" of "'s" and those of the articles it removes (the, al, el, ad, as, ash, an, ar, az)
const DROPPABLE = 'thealdsnrz';

/**
 * Whether a sentence repeats the (normalised) title, as scraped pages often do. Any other ASCII letter
 * or digit of a text survives normaliseName, so a sentence with one the title lacks is not the title:
 * most sentences are told apart without being normalised.
 */
export function titleTest(title: string): (text: string) => boolean {
  if (!title) return () => false;
  const foreign = [...'abcdefghijklmnopqrstuvwxyz0123456789'].filter((c) => !title.includes(c) && !DROPPABLE.includes(c)).join('');
  const notTitle = foreign ? new RegExp(`[${foreign}${foreign.toUpperCase()}]`) : null;
  return (text) => !notTitle?.test(text) && normaliseRecurring(text) === title;
}

/**
 * The day an act the text gives no day most likely happened on (rule `d-report-day`): a report whose title
 * or lead names a day of an act just before publication ("clashes on Saturday" in a Monday paper) tells of
 * that day, and its undated acts ("a police van was torched", "protesters stormed the office") are that
 * day's; a lead that names the day before only as a speech day ("officials said on Sunday", "yesterday")
 * is told the day after too; otherwise the report is written the day it tells of. Only the lead sets the
 * report's day: a day named further down may be a side story's ("the government had announced a ban late
 * on Wednesday"), and a day further back in the lead is mostly a recalled act's.
 */
export function reportDay(ctx: ArticleContext): string {
  const published = ctx.article.published;
  const before = addDays(published, -1);
  const text = (i: number) => ctx.sentences.find((s) => s.index === i)?.text ?? '';
  const lead = [...ctx.dates.entries()].filter(([i]) => i < LEAD_SENTENCES).flatMap(([i, ds]) => ds.filter((d) => !recalledBefore(text(i), d)))
    .filter((d) => !d.periodStart && !d.otherDay && !d.narrative && d.span.precision === 1);
  const actDay = lead.find((d) => !d.speechDay && d.span.date < published && d.span.date >= addDays(published, -REPORT_LAG));
  if (actDay) return actDay.span.date;
  return lead.some((d) => d.span.date === before) ? before : published;
}
// d-report-after: "Following the incidents that marred Saturday's rally, the ministry deployed 13,000 police": a day
// in a clause opened by "after" or "following" is of the act the report's own came after, not the report's day
const recalledBefore = (sentence: string, d: DateMention): boolean => AFTER_CLAUSE.test(sentence.slice(0, d.index));
const AFTER_CLAUSE = /(?:^|[,;]\s*)(?:after|following|in the wake of)\b[^,;:]*$/i;
// how many days after the act a report of it runs: the next day's paper, or Monday's after a Friday
const REPORT_LAG = 3;
// the title and the first sentences: where a report says which day it tells of (a lead followed by three
// lines of reaction before its day, "... said the gunmen arrived late on Tuesday", still says it; a sixth
// line is mostly a side matter's)
const LEAD_SENTENCES = 5;

/**
 * d-retold-day: "the office said she was shocked by the incident on Friday evening", "the blast went off on
 * Wednesday", "the trouble first broke out at around 7.30 pm on Monday": a sentence that tells no act of its
 * own but names the incident told ("the incident", "the blast") with a day gives that day to the article's acts
 * the text gives no day, when the article so names one day only (two days may be two incidents), and to those
 * only at a place the sentence names, or at any when it names none ("in Lordegan the trouble started on
 * Thursday" is Lordegan's). The day must follow the noun with no other thing named between ("the violence
 * followed the lynching of a man on 18 September" is the lynching's day).
 */
export function retoldDay(ctx: ArticleContext, told: Set<number>): (at: Place) => DateSpan | null {
  const found: Array<{ span: DateSpan; sentence: number }> = [];
  for (const s of ctx.sentences) {
    const noun = told.has(s.index) ? null : RETOLD_NOUN.exec(s.text);
    if (!noun) continue;
    const after = noun.index + noun[0].length;
    const day = (ctx.dates.get(s.index) ?? []).find((d) => d.index >= after && d.index - after <= RETOLD_REACH && !OTHER_THING.test(s.text.slice(after, d.index)) &&
      !d.speechDay && !d.otherDay && !d.periodStart && !d.narrative && d.span.precision === 1 && d.span.date <= ctx.article.published);
    if (day) found.push({ span: day.span, sentence: s.index });
  }
  if (new Set(found.map((f) => f.span.date)).size !== 1) return () => null;
  const named = ctx.sites.filter((x) => found.some((f) => f.sentence === x.sentence)).map((x) => x.place.name);
  return (at) => (!named.length || named.includes(at.name) ? found[0]!.span : null);
}
const RETOLD_NOUN = /\b(?:the|that|this)\s+(?:incident|blast|explosion|trouble|violence|unrest|chaos|tragedy)\b/i;
// how far after the noun its day may stand ("the trouble first broke out at around 7.30 pm on Monday")
const RETOLD_REACH = 50;
const OTHER_THING = /\b(?:the|a|an|his|her|their|its)\s/i;

/** The last event-day the article named before a sentence: what "earlier in the day" and undated sentences refer to. */
export const narrativeDay = (ctx: ArticleContext, before: number): DateMention | null =>
  lastDateBefore(ctx, before, (d) => !d.periodStart && !d.narrative && !d.otherDay);

/** The days of the protest wave the story stands in before this sentence, when the last days it named are a wave's. */
export function waveDays(ctx: ArticleContext, before: number): DateSpan | null {
  const last = lastDateBefore(ctx, before, (d, sentence) => (!d.periodStart || waveSpan(ctx, sentence, d)) && !d.narrative && !d.otherDay);
  return last?.periodStart ? last.span : null;
}

/** The last date `keep` admits among those the article named in the sentences before `before`. */
function lastDateBefore(ctx: ArticleContext, before: number, keep: (d: DateMention, sentence: number) => boolean): DateMention | null {
  for (let i = before - 1; i >= 0; i--) {
    const ds = (ctx.dates.get(i) ?? []).filter((d) => keep(d, i));
    if (ds.length) return ds[ds.length - 1]!;
  }
  return null;
}

/**
 * "The protests, which ran from August 1 to 10, ...": the days a wave of protests is said to have run
 * are the story's days from then on (rule `d-wave-span`): an act told after it with no day of its own
 * ("In Kano, 12 protesters were killed") happened during the wave, not on the day the report came out. A
 * span of weeks or a count over a period ("since August 1") says no wave's days.
 */
function waveSpan(ctx: ArticleContext, sentence: number, d: DateMention): boolean {
  const { earliest, latest } = d.span;
  if (earliest >= latest || dayDiff(latest, earliest) > WAVE_DAYS) return false;
  return WAVE_RAN.test(ctx.sentences.find((s) => s.index === sentence)?.text ?? '');
}
const WAVE_DAYS = 21;
const WAVE_RAN = /\b(?:protests|demonstrations|riots|unrest|marches|rallies|uprising)\b,?\s+(?:which\s+|that\s+)?(?:ran|lasted|took place|were held|was held|went on|continued|spanned|raged)\s+(?:from|between)\b/i;

// x-same-town: "Syntagma Square" and "Athens", a square or quarter a few kilometres across the town, are one
// site of the story, not two it must choose between
const SAME_TOWN_DEGREES = 0.05;
const sameTown = (a: Place, b: Place): boolean => a.name === b.name ||
  (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null && Math.abs(a.lat - b.lat) < SAME_TOWN_DEGREES && Math.abs(a.lon - b.lon) < SAME_TOWN_DEGREES);

/**
 * The site of an incident that its own sentences place only in a country or region: the site named in
 * one of its sentences or the few before each, else the only site the article names there, else the site the
 * next few sentences name first ("A mob torched a parliament building in a provincial capital. The fire in
 * Makassar started late Friday."), else the one site the title names, else the town the body names most,
 * else the dateline's town. An incident told over several sentences is where any of them says ("Dar es
 * Salaam has been placed under curfew. ... A hospital in Dar es Salaam reported ... Demonstrators torched
 * vehicles").
 */
export function siteNear(ctx: ArticleContext, sentences: number[], area: Place): Place | null {
  const district = districtOf(area);
  const within = (p: Place | null): boolean => !!p && p.country_code === area.country_code && (area.admin1 === null || p.admin1 === area.admin1) && (!district || inDistrict(p, area, district));
  const inArea = ctx.sites.filter((x) => within(x.place));
  for (const sentence of sentences) {
    const near = inArea.filter((x) => x.sentence <= sentence && x.sentence >= sentence - SITE_REACH);
    if (near.length) return lastSite(near);
  }
  if (inArea.length && inArea.every((x) => sameTown(x.place, inArea[0]!.place))) return inArea[0]!.place;
  const first = sentences[0]!;
  const next = inArea.find((x) => x.sentence > first && x.sentence <= first + NEXT_REACH)?.place;
  if (next) return next;
  // the site the title names is where the story is (x-title-site), else the town the body names most
  // (x-recurring-town); the last guess, and said as one (precision 3): the town the story was filed from
  if (within(ctx.titleSite)) return ctx.titleSite;
  if (within(ctx.recurringTown)) return ctx.recurringTown;
  // "six soldiers killed in fighting in Cauca" then "the army said they came under fire": an act told only of
  // the country is in the region or district the article names in it, nearby or alone (x-area-near)
  if (area.admin1 === null) {
    const inCountry = ctx.areas.filter((x) => x.place.country_code === area.country_code);
    for (const sentence of sentences) {
      const near = inCountry.filter((x) => x.sentence <= sentence && x.sentence >= sentence - SITE_REACH);
      if (near.length) return near[near.length - 1]!.place;
    }
    if (new Set(inCountry.map((x) => x.place.name)).size === 1) return inCountry[0]!.place;
  }
  return within(ctx.dateline) ? ctx.dateline : null;
}
const SITE_REACH = 3;

// "erupted in the town of Zawiya, 40 kilometers west of the capital Tripoli": of the sites of the latest sentence,
// one a distance is counted from is a landmark, the other one the site (x-site-not-landmark)
function lastSite(near: ArticleContext['sites']): Place {
  const latest = near.filter((x) => x.sentence === near[near.length - 1]!.sentence);
  return (latest.filter((x) => !x.landmark).pop() ?? latest[latest.length - 1]!).place;
}

// "ambushed in Barangay Tuayan, Maguindanao del Sur": a district (an area below its region) says more than its
// region does; a town of another district of the region, named in a sentence nearby or in the dateline, is
// another place, not where in the district it happened (x-site-in-district)
const districtOf = (area: Place): string | null =>
  area.admin1 !== null && normaliseName(area.name) !== normaliseName(area.admin1) ? normaliseName(area.name) : null;
// a curated site has no district of its own: one close to the district's seat is in it
const DISTRICT_REACH = 0.25; // degrees
function inDistrict(p: Place, area: Place, district: string): boolean {
  const own = p.lat === null || p.lon === null || !p.country_code ? null : admin2At(p.country_code, p.lat, p.lon);
  if (own) return normaliseName(own) === district;
  return p.lat !== null && p.lon !== null && area.lat !== null && area.lon !== null && Math.abs(p.lat - area.lat) < DISTRICT_REACH && Math.abs(p.lon - area.lon) < DISTRICT_REACH;
}
// a site named further on than this is more often another incident's than this one's
const NEXT_REACH = 2;
