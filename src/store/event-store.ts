// The store interface: what the pipeline needs from a database. Every method answers with a promise, so
// one interface fits an embedded database (SQLite, better-sqlite3, the default) and a server reached
// over the network (PostgreSQL); both pass the one suite of store-suite.ts.
import type { EventSummary } from '../model/to-summary.js';
import type { Votes } from '../model/fold.js';
import type { ExportEvent, ReportEvent, Tally } from '../types.js';

/** A different text under an id already stored: a corrected story must come with a new id. */
export class ArticleIdTaken extends Error {
  constructor(readonly id: string) {
    super(`article id "${id}" is already stored with a different text: give the corrected story a new id`);
  }
}

/** A database sitrep cannot use as asked (missing, another program's, another schema, locked too long): one line naming it. */
export class DatabaseRefused extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
  }
}

export interface OpenOptions {
  /** for commands that only read: the database must exist and be sitrep's, and is never created or changed */
  readonly?: boolean;
  /** SQLite: snapshots read in this many threads of their own (a server), not on the calling thread */
  readThreads?: number;
}

export interface StoredArticle {
  id: string;
  hash: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string;
  origin: string;
}

/** One article's account of an incident, and the event (group of reports) it belongs to. */
export interface Report {
  report: ReportEvent;
  eventId: string;
  /** why it was linked to other reports: `{ with, criteria }` per link made when it was stored */
  links: Array<{ with: string; article_id: string; criteria: string[] }>;
}

/**
 * An event with what the store keeps beside it for ACLED's columns: an ACLED-style id (the country's
 * ISO alpha-3 code and a number, "IRQ12"), given when the event is first stored and kept by the event
 * that survives a merge, and the Unix second it last changed.
 */
export interface StoredEvent {
  event: ExportEvent;
  event_id_cnty: string;
  timestamp: number;
}

/** An actor in one role of an event: who acted (actor1) or who was acted upon (actor2). */
export interface PartyScope {
  name: string;
  role: 'actor1' | 'actor2';
}

export interface EventFilter {
  since?: string;
  until?: string;
  country?: string;
  actor?: string;
  type?: string;
  status?: string;
  minSources?: number;
  /** west, south, east, north in degrees: events with coordinates inside */
  bbox?: [number, number, number, number];
  /** text that must occur in one of the event's source sentences (any case) */
  q?: string;
  /** conditions on single columns, all of which an event must meet: the ACLED read API's filters */
  columns?: ColumnFilter[];
}

/** The columns an ACLED filter can name: an event's day, last change (Unix seconds), country, types, actors' names, admin1 and fatalities. */
export const FILTER_COLUMNS = ['date', 'updated_at', 'country_code', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'fatalities'] as const;
export type FilterColumn = (typeof FILTER_COLUMNS)[number];
export const COMPARISONS = ['=', '>', '<', '>=', '<=', 'LIKE', 'BETWEEN'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * A column compared with values: `=` any of them, `LIKE` any of the patterns (% any text, _ one
 * character), `>` and the like any of them, `BETWEEN` the two bounds given, inclusive. Text is compared
 * in any case (ASCII letters); no values keeps no event.
 */
export interface ColumnFilter {
  column: FilterColumn;
  op: Comparison;
  values: Array<string | number>;
}

/** Which of a filter's events a reader gives and in which order: oldest first (date, id) unless `newestFirst`; with a page, `limit` of them from `offset` on. */
export interface Slice {
  newestFirst?: boolean;
  page?: { offset: number; limit: number };
}

/**
 * What became of an event since a moment: first stored (`new`), changed (`changed`: a report joined
 * it), or merged into another (`removed`, with the event it now is part of). `timestamp` is the Unix
 * second of that change.
 */
export interface EventChange {
  id: string;
  event_id_cnty: string | null;
  change: 'new' | 'changed' | 'removed';
  timestamp: number;
  merged_into: MergedInto | null;
}

/** The event a merged-away event is now part of: the one that survives, even after later merges (its ACLED id null only if it were gone too, which no write does). */
export interface MergedInto {
  id: string;
  event_id_cnty: string | null;
}

/** Keyset pagination of changes: ordered by (timestamp, removals first, id), a page starts after the last one seen. */
export interface ChangePage {
  limit: number;
  after?: { timestamp: number; removed: boolean; id: string };
}

/**
 * A map marker's row: its event's (date, id), which the next page starts after, and its summary's JSON
 * text as it was stored, `JSON.stringify(toSummary(event))`, which an answer can pass on unparsed.
 */
export interface MapRow {
  date: string;
  id: string;
  summary: string;
}

/** Keyset pagination: events come ordered by (date, id); a page starts after the last one seen. */
export interface Page {
  limit: number;
  after?: { date: string; id: string };
}

/**
 * The events a filter keeps, counted three ways: by day and type, by country, by actor (each event once
 * per actor). `newest` when a search's counts were capped: they are of its newest `n` matches only, in
 * (date, id) order, dated from `since` (a day whose older matches are left out) to `until`.
 */
export interface EventCounts {
  byDay: Array<{ date: string; event_type: string; n: number }>;
  byCountry: Array<{ country_code: string; n: number }>;
  byActor: Array<{ actor: string; n: number }>;
  newest?: { n: number; since: string; until: string };
}

/** A count that stops at a cap: `capped` when more events match than `n`, which is then the cap. */
export interface CappedCount {
  n: number;
  capped: boolean;
}

/** A stored report that may be the same incident as a new one; its JSON is read only when asked for. */
export interface Candidate {
  eventId: string;
  /** `matchKey` of the report: candidates with one key are matched alike */
  matchKey: string;
  report(): Promise<ExportEvent>;
}

/** Reads from one snapshot of the database, a batch at a time, for outputs too big to hold in memory. */
export interface EventReader {
  /** the events a filter keeps, with their ACLED id and last change, ordered by (date, id) or as `slice` says, in batches of `size` */
  events(filter: EventFilter, size: number, slice?: Slice): AsyncIterable<StoredEvent[]>;
  tallies(size: number): AsyncIterable<Tally[]>;
  close(): Promise<void>;
}

export interface ArticleWrite {
  article: StoredArticle;
  reports: Report[];
  /** stored events absorbed into another: old event id → new event id (their reports follow) */
  relabel: Map<string, string>;
  /** events (re)built from their reports */
  events: ExportEvent[];
  /** each (re)built event's votes, by event id */
  votes: Map<string, Votes>;
  /** events that were merged into others and no longer exist */
  removed: string[];
  tallies: Tally[];
}

/** What a store reads and writes, inside a transaction or outside one. */
export interface StoreQueries {
  hasArticle(hash: string): Promise<boolean>;
  /** Stores an article with its reports, the events they changed and its tallies, all or nothing. */
  saveArticle(write: ArticleWrite): Promise<void>;
  /** Reports in a country whose day spans overlap [earliest, latest]: what a new report could match. */
  reportsBetween(earliest: string, latest: string, country: string | null, near?: { lat: number; lon: number; km: number }): Promise<Candidate[]>;
  reportsOf(eventId: string): Promise<Report[]>;
  /** The votes of these events' reports, kept with each event: what a fold counts instead of reading every report. */
  votes(eventIds: string[]): Promise<Map<string, Votes>>;
  events(filter?: EventFilter, page?: Page): Promise<ExportEvent[]>;
  /** The same events with their ACLED id and last change, for the CSV and GeoJSON exports. */
  storedEvents(filter?: EventFilter, page?: Page): Promise<StoredEvent[]>;
  /** What a map marker or list row shows, for the same filter and page as `events`. */
  summaries(filter?: EventFilter, page?: Page): Promise<EventSummary[]>;
  /** The same summaries as stored, unparsed, with their events' (date, id): what the map view passes on as it is. */
  mapRows(filter?: EventFilter, page?: Page): Promise<MapRow[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /**
   * The events a filter keeps, counted exactly, but for a search (`q`) only up to `cap`: counting every
   * match of a common word reads a row per match (docs/performance.md, "Search counts capped").
   */
  countCapped(filter: EventFilter, cap: number): Promise<CappedCount>;
  /** The events a filter keeps counted three ways; with `cap`, those of a search with more matches than `cap` only for its newest `cap` (`newest` says so). */
  eventCounts(filter?: EventFilter, cap?: number): Promise<EventCounts>;
  event(id: string): Promise<ExportEvent | undefined>;
  /** Where an event merged away went: the event that holds its reports now, or undefined for an id never merged away. */
  mergedInto(id: string): Promise<MergedInto | undefined>;
  /** The events stored, changed or merged away at or after `since` (Unix seconds), each once, as it is now. */
  changes(since: number, page: ChangePage): Promise<EventChange[]>;
  tallies(): Promise<Tally[]>;
  /** Violent events (all but protests) in a span, countries (any when empty) and party, and the articles they come from. */
  countViolent(scope: { since: string | null; until: string | null; countries: string[]; party?: PartyScope | null }): Promise<{ events: number; articles: number }>;
  counts(): Promise<{ articles: number; events: number; reports: number; tallies: number }>;
}

/**
 * What a write reads and changes, named by keys: a store whose writers lock less than the whole
 * database (PostgreSQL) lets writes with no key in common run at once. A write without a scope
 * excludes every other.
 */
export interface WriteScope {
  keys: string[];
}

/**
 * The scope of storing an article: its id and its text (so two writers of one article meet), and the
 * countries of its reports, the key `reportsBetween` blocks candidates by. A report links only to
 * reports of its own country, so the events an article folds into, their ACLED numbering and the
 * reports it relabels are all under those keys.
 */
export function articleScope(article: Pick<StoredArticle, 'id' | 'hash'>, reports: ExportEvent[]): WriteScope {
  const countries = new Set(reports.map((r) => r.location.country_code ?? ''));
  return { keys: [`article:${article.id}`, `text:${article.hash}`, ...[...countries].map((cc) => `country:${cc}`)] };
}

/** What one write of a group came to: its value, or the error it was refused with. */
export type Outcome<T> = { value: T } | { error: unknown };

/** A write's outcome once it settles: a refused write is an outcome like a stored one, not a throw. */
export const outcomeOf = <T>(write: Promise<T>): Promise<Outcome<T>> => write.then((value) => ({ value }), (error: unknown) => ({ error }));

export interface EventStore extends StoreQueries {
  /** where the database is, for messages: a file's path, or a server's URL without its password */
  readonly name: string;
  /**
   * Runs `write` so that nothing it reads can change before it commits (no other write in its scope
   * runs meanwhile); all of it or none is stored. Waits, then runs it again from the start, while
   * another writer holds what it needs, within a bounded time.
   */
  writeTransaction<T>(write: (tx: StoreQueries) => Promise<T>, scope?: WriteScope): Promise<T>;
  /**
   * Group commit, for a store whose commits cost more than the writes between them (SQLite: each
   * rewrites the pages it touched into the log): runs `writes` one after the other in one write
   * transaction, as many `writeTransaction`s in turn would, each in a savepoint of its own, so that
   * one that throws is undone alone (its error is its outcome) and the others are still stored. A
   * store without it (PostgreSQL, whose writers lock by scope) stores each in a transaction of its own.
   */
  writeGroup?<T>(writes: Array<(tx: StoreQueries) => Promise<T>>): Promise<Array<Outcome<T>>>;
  /** Runs reads against one snapshot, so what they return agrees even while another process writes. */
  snapshot<T>(read: (tx: StoreQueries) => Promise<T>): Promise<T>;
  /** A reader with a snapshot (and a connection) of its own, which stays open until closed. */
  reader(): Promise<EventReader>;
  close(): Promise<void>;
}
