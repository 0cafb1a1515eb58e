// Article events → the export contract (../shared/spec/events.md): ids, sources with the exact
// sentence and its attribution, and an ACLED-style one-sentence note.
import { createHash } from 'node:crypto';
import type { Article, ArticleEvent, ArticleTally, ExportEvent, Source, Tally } from '../types.js';

/** An article's events in the export contract, their links to each other resolved to ids. */
export function toExportEvents(article: Article, events: ArticleEvent[]): ExportEvent[] {
  const taken = new Set<string>();
  const out = events.map((e) => toExportEvent(article, e, taken));
  return out.map((x, i) => ({ ...x, related: events[i]!.related.map((r) => ({ type: r.type, event_id: out[r.index]!.id })) }));
}

function toExportEvent(article: Article, e: ArticleEvent, taken: Set<string>): ExportEvent {
  const sources: Source[] = uniqueBy(e.mentions, (m) => m.sentence.index).map((m) => source(article, m.sentence.text, m.attribution));
  return {
    id: eventId(article, e, taken),
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    weapon: e.weapon,
    date: e.date.date,
    date_earliest: e.date.earliest,
    date_latest: e.date.latest,
    time_precision: e.date.precision,
    actor1: e.actor1,
    actor2: e.actor2,
    assoc_actors1: e.assoc_actors1,
    assoc_actors2: e.assoc_actors2,
    location: e.location,
    fatalities: e.fatalities,
    injured: e.injured,
    status: e.status,
    claimed_by: e.claimed_by,
    sources,
    num_sources: 1,
    related: [],
    notes: notes(e),
  };
}

export function toExportTally(article: Article, t: ArticleTally): Tally {
  return { count: t.count, what: t.what, scope_countries: t.scope_countries, since: t.since, until: t.until, attribution: t.attribution, source: source(article, t.sentence.text, t.attribution) };
}

function source(article: Article, sentence: string, attribution: string | null): Source {
  return { article_id: article.id, outlet: article.outlet, url: article.url, published: article.published, sentence, attribution };
}

/** "On 2023-12-25, Kataib Hezbollah attacked Coalition forces with a drone at Erbil (Iraq); 2+ injured." */
export function notes(e: Pick<ArticleEvent, 'date' | 'actor1' | 'actor2' | 'weapon' | 'sub_event_type' | 'location' | 'fatalities' | 'injured' | 'status'>): string {
  const who = e.actor1?.name ?? 'Unidentified actors';
  const whom = e.actor2 ? ` ${e.actor2.name}` : '';
  const how = e.weapon ? ` with ${e.weapon === 'airstrike' ? 'air strikes' : e.weapon === 'artillery' ? 'artillery' : `a ${e.weapon}`}` : '';
  const verb = e.sub_event_type === 'Armed clash' ? 'clashed with' : e.sub_event_type.includes('protest') ? 'protested against' : 'attacked';
  const where = e.location.geo_precision === 3 ? ` in ${e.location.name}` : ` ${e.location.geo_precision === 2 ? 'near' : 'at'} ${e.location.name} (${e.location.country ?? e.location.country_code})`;
  const toll = [casualty(e.fatalities, 'killed'), casualty(e.injured, 'injured')].filter(Boolean).join(', ');
  const claimed = e.status === 'claimed' ? ' (claimed)' : e.status === 'disputed' ? ' (disputed)' : '';
  return `On ${e.date.date}, ${who} ${whom ? verb + whom : verb.replace(/ (with|against)$/, '')}${how}${where}${claimed}${toll ? `; ${toll}` : ''}.`;
}

function casualty(r: ArticleEvent['fatalities'], word: string): string | null {
  if (r.best != null) return `${r.best} ${word}`;
  if (r.low != null) return `${r.low}+ ${word}`;
  return null;
}

/**
 * Stable across runs: the article, the act's sentence and place. One act on listed days ("on July 26
 * and 27") is one event a day, so a second event of the same act and place also hashes its day.
 */
function eventId(article: Article, e: ArticleEvent, taken: Set<string>): string {
  const first = e.mentions[0]!;
  const base = `${article.hash}:${first.sentence.index}:${first.triggerIndex}:${e.location.name}`;
  const hash = (key: string) => 'ev-' + createHash('sha1').update(key).digest('hex').slice(0, 12);
  let id = hash(base);
  for (let n = 0; taken.has(id); n++) id = hash(`${base}:${e.date.earliest}${n ? `:${n}` : ''}`);
  taken.add(id);
  return id;
}

function uniqueBy<T>(xs: T[], key: (x: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

/** ACLED's one fatalities figure: the best estimate, else the least said, else 0. */
export const fatalities = (e: ExportEvent): number => e.fatalities.best ?? e.fatalities.low ?? 0;
