// What a learned incident judge could read of one event of an article (docs/learned-judge.md): short
// named features, each a fact the extractor already decided (its rules, its trigger, which fields its
// sentences gave and which it borrowed from the article), where it stands in the article, and the words
// just before its act; and, for two events of one article, how their fields agree. Every feature is a
// plain string, so a model is a table of weights a person can read.
import { km } from '../../merge/compatibility.js';
import type { Article, ArticleEvent, Mention } from '../../types.js';

/** The article facts every event's features are read against. */
export interface ArticleShape {
  article: Article;
  /** the sentences up to the last one any of its events is told in: how far into the article its incidents run */
  sentencesTold: number;
  events: ArticleEvent[];
}

const DAY_MS = 86_400_000;

export function incidentFeatures(e: ArticleEvent, shape: ArticleShape): string[] {
  const acts = e.mentions.filter((m) => !m.casualtyOnly);
  const lead = acts[0] ?? e.mentions[0]!;
  const f = new Set<string>(['bias']);
  for (const m of e.mentions) for (const r of m.rules) f.add(`rule:${r}`);
  f.add(`trigger:${lead.trigger.toLowerCase()}`);
  f.add(`kind:${lead.kind}`);
  f.add(`sub:${e.sub_event_type}`);
  f.add(`mentions:${bucket(e.mentions.length, [1, 2, 3])}`);
  f.add(`sentences:${bucket(new Set(e.mentions.map((m) => m.sentence.index)).size, [1, 2, 3])}`);
  for (const [name, test] of MENTION_FLAGS) if (e.mentions.some(test)) f.add(`any:${name}`);
  for (const [name, test] of MENTION_FLAGS) if (e.mentions.every(test)) f.add(`all:${name}`);
  f.add(`actor1:${e.actor1?.type ?? 'none'}`);
  f.add(`actor2:${e.actor2?.type ?? 'none'}`);
  f.add(`weapon:${e.weapon ? 'yes' : 'no'}`);
  f.add(`precision:${e.location.geo_precision}`);
  f.add(`place:${e.mentions.some((m) => m.place) ? 'own' : 'borrowed'}`);
  f.add(`date:${e.mentions.some((m) => m.date && !m.dateSaid) ? 'own' : 'borrowed'}`);
  f.add(`span:${bucket(days(e.date.earliest, e.date.latest) + 1, [1, 2, 7])}`);
  f.add(`age:${bucket(days(e.date.latest, shape.article.published), [0, 1, 7, 30])}`);
  f.add(`fatalities:${e.fatalities.best != null || e.fatalities.low != null ? 'yes' : 'no'}`);
  f.add(`injured:${e.injured.best != null || e.injured.low != null ? 'yes' : 'no'}`);
  f.add(`status:${e.status}`);
  f.add(`first-sentence:${bucket(lead.sentence.index, [0, 2, 5, 10])}`);
  f.add(`events:${bucket(shape.events.length, [1, 2, 4, 8])}`);
  f.add(`rank:${bucket(shape.events.indexOf(e), [0, 1, 3])}`);
  f.add(`told:${bucket(shape.sentencesTold, [8, 16, 32])}`);
  for (const w of wordsAround(lead)) f.add(`word:${w}`);
  return [...f];
}

const MENTION_FLAGS: Array<[string, (m: Mention) => boolean]> = [
  ['generic', (m) => m.generic],
  ['anaphoric', (m) => m.anaphoric],
  ['new-incident', (m) => m.newIncident],
  ['antecedent', (m) => m.antecedent],
  ['casualty-only', (m) => !!m.casualtyOnly],
  ['claim-only', (m) => !!m.claimOnly],
  ['headline', (m) => !!m.headline],
  ['date-said', (m) => !!m.dateSaid],
  ['attributed', (m) => m.attribution !== null],
  ['claim', (m) => m.claim],
  ['doubt', (m) => m.doubt],
  ['retaliation', (m) => m.retaliation],
];

/** The smallest bound the value does not exceed, or "more": "2" for 2 of [1, 2, 3], "4+" past the last. */
function bucket(value: number, bounds: number[]): string {
  const b = bounds.find((x) => value <= x);
  return b === undefined ? `${bounds.at(-1)! + 1}+` : `<=${b}`;
}

const days = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

// the words just before the act say what kind of telling it is ("had", "would", "every", "since")
const WINDOW = 4;
const WORD = /[a-z]+/g;

function wordsAround(m: Mention): string[] {
  const before = m.sentence.text.slice(0, m.triggerIndex).toLowerCase().match(WORD) ?? [];
  return before.slice(-WINDOW);
}

/** What tells whether a later event of an article retells an earlier one: how their fields agree, and how the later one is told. */
export function pairFeatures(earlier: ArticleEvent, later: ArticleEvent, events: ArticleEvent[]): string[] {
  const f = new Set<string>(['bias']);
  const lead = (e: ArticleEvent) => e.mentions.find((m) => !m.casualtyOnly) ?? e.mentions[0]!;
  const [a, b] = [lead(earlier), lead(later)];
  f.add(`type:${earlier.event_type === later.event_type ? 'same' : 'other'}`);
  f.add(`sub:${earlier.sub_event_type === later.sub_event_type ? 'same' : 'other'}`);
  f.add(`weapon:${agree(earlier.weapon, later.weapon)}`);
  f.add(`actor1:${agree(earlier.actor1?.name, later.actor1?.name)}`);
  f.add(`actor2:${agree(earlier.actor2?.name, later.actor2?.name)}`);
  f.add(`day:${earlier.date.date === later.date.date ? 'same' : overlaps(earlier, later) ? 'overlap' : 'other'}`);
  f.add(`day-gap:${bucket(Math.abs(days(earlier.date.date, later.date.date)), [0, 1, 3, 7])}`);
  f.add(`later-day:${later.mentions.some((m) => m.date && !m.dateSaid) ? 'own' : 'borrowed'}`);
  f.add(`later-place:${later.mentions.some((m) => m.place) ? 'own' : 'borrowed'}`);
  f.add(`place:${samePlace(earlier, later)}`);
  f.add(`precisions:${earlier.location.geo_precision}${later.location.geo_precision}`);
  f.add(`toll:${agree(earlier.fatalities.best, later.fatalities.best)}`);
  f.add(`gap:${bucket(b.sentence.index - a.sentence.index, [0, 1, 3, 6])}`);
  f.add(`paragraph:${a.sentence.paragraph === b.sentence.paragraph ? 'same' : 'other'}`);
  f.add(`trigger:${a.trigger.toLowerCase() === b.trigger.toLowerCase() ? 'same' : 'other'}`);
  f.add(`events:${bucket(events.length, [2, 4, 8])}`);
  for (const [name, test] of MENTION_FLAGS) if (later.mentions.some(test)) f.add(`later-any:${name}`);
  for (const w of wordsAround(b)) f.add(`later-word:${w}`);
  return [...f];
}

/** "same", "other", or which side is missing: "first-only", "second-only", "neither". */
function agree<T>(x: T | null | undefined, y: T | null | undefined): string {
  if (x == null && y == null) return 'neither';
  if (x == null) return 'second-only';
  if (y == null) return 'first-only';
  return x === y ? 'same' : 'other';
}

const overlaps = (x: ArticleEvent, y: ArticleEvent): boolean => x.date.earliest <= y.date.latest && y.date.earliest <= x.date.latest;

function samePlace(x: ArticleEvent, y: ArticleEvent): string {
  if (x.location.name === y.location.name) return 'same';
  const [p, q] = [x.location, y.location];
  if (p.lat != null && p.lon != null && q.lat != null && q.lon != null && km({ lat: p.lat, lon: p.lon }, { lat: q.lat, lon: q.lon }) <= 25) return 'near';
  return p.country_code === q.country_code ? 'country' : 'other';
}
