// What the SQLite and PostgreSQL stores share: one logical schema (its version, the columns kept beside
// each event's JSON, the counts kept by the same writes), the SQL of a filter, and how rows become
// events and reports. Each store adds only its own dialect and connection handling.
import { fatalities } from '../model/to-export.js';
import { toSummary, type EventSummary } from '../model/to-summary.js';
import type { Votes } from '../model/fold.js';
import { EVENT_TYPES, SUB_EVENT_TYPES, type ExportEvent, type ReportEvent, type Tally } from '../types.js';
import {
  DatabaseRefused, type ArticleWrite, type Candidate, type CappedCount, type ChangePage, type ColumnFilter, type EventChange, type EventCounts, type EventFilter, type FilterColumn, type MapRow, type MergedInto, type Page,
  type PartyScope, type Report, type Slice, type StoreQueries, type StoredEvent,
} from './event-store.js';

export const SCHEMA_VERSION = 11;

/** The older schemas a write brings up to this one: v3 on, one upgrade after another. */
export const upgradable = (version: number): boolean => version >= 3 && version < SCHEMA_VERSION;

/** A schema this sitrep cannot use or upgrade: a newer one, or an older one no upgrade starts from (every PostgreSQL one, so far). */
export function wrongVersion(name: string, version: number): DatabaseRefused {
  const fresh = `ingest into a new ${name.includes('://') ? 'database' : 'file'}`;
  return new DatabaseRefused(name, version < SCHEMA_VERSION
    ? `database schema v${version} is older than this sitrep's (v${SCHEMA_VERSION}), and this sitrep cannot upgrade it; ${fresh}`
    : `database schema v${version} is not this sitrep's (v${SCHEMA_VERSION}); ${fresh}`);
}

/** Why a read-only command cannot use a database of this version, if it cannot; `upgrades` says which versions a write would upgrade. */
export function readableVersion(name: string, version: number | null, upgrades: (version: number) => boolean = upgradable): void {
  if (version === null) throw new DatabaseRefused(name, 'is not a sitrep database (it holds no tables)');
  if (upgrades(version)) throw new DatabaseRefused(name, `database schema v${version} is older than this sitrep's (v${SCHEMA_VERSION}): any \`sitrep ingest\` into it upgrades it`);
  if (version !== SCHEMA_VERSION) throw wrongVersion(name, version);
}

/** A database that holds tables but not sitrep's: named by a few of them, and never changed. */
export function foreignDatabase(name: string, tables: string[]): DatabaseRefused {
  const listed = tables.length > 5 ? `${tables.slice(0, 5).join(', ')}, ...` : tables.join(', ');
  return new DatabaseRefused(name, `is not a sitrep database (it holds ${listed}, not sitrep's tables): left unchanged`);
}

/** The tables that make a database sitrep's, with its `meta` row of the schema version. */
export const isSitrepSchema = (tables: string[]): boolean => ['meta', 'articles', 'events'].every((t) => tables.includes(t));

// How far back a report's span can start and still overlap a window: longer spans ("last month") are rare.
const MAX_SPAN_DAYS = 45;
const SHORT_SPAN_DAYS = 3;

/** Reports are blocked apart by the length of their span: most are a day or two, a few a month. */
export const isLongSpan = (e: ExportEvent): boolean => Date.parse(e.date_latest) - Date.parse(e.date_earliest) > SHORT_SPAN_DAYS * 86400000;

/**
 * Where a new report's candidates may be: the first day a short or a long span may start on to
 * overlap [earliest, latest], and for a precise place a box of `km` around it.
 */
export function candidateBlock(earliest: string, near?: { lat: number; lon: number; km: number }) {
  const before = (days: number) => new Date(Date.parse(`${earliest}T00:00:00Z`) - days * 86400000).toISOString().slice(0, 10);
  const dlat = near ? near.km / 111 : 0;
  const dlon = near ? near.km / (111 * Math.max(0.1, Math.cos((near.lat * Math.PI) / 180))) : 0;
  return {
    fromShort: before(SHORT_SPAN_DAYS), fromLong: before(MAX_SPAN_DAYS),
    box: near ? { s: near.lat - dlat, n: near.lat + dlat, w: near.lon - dlon, e: near.lon + dlon } : undefined,
  };
}

/** What the search box looks through: an event's or a report's sentences, lower-cased. */
export const searchText = (e: ExportEvent): string => e.sources.map((src) => src.sentence.toLowerCase()).join('\n');

/** The Unix second of a moment: what `updated_at`, `created_at` and `merged_at` hold. */
export const unixSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/**
 * An event's row: its JSON and the columns kept beside it for filtering, the map, the counts and the
 * folds. `created_at` is written when the row is first stored and kept by every later upsert.
 */
export function eventRow(e: ExportEvent, idCnty: string, now: Date, votes: Votes) {
  return {
    id: e.id, date: e.date, date_earliest: e.date_earliest, date_latest: e.date_latest, event_type: e.event_type,
    sub_event_type: e.sub_event_type, country_code: e.location.country_code, status: e.status, num_sources: e.num_sources,
    actors: [e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].filter(Boolean).map((x) => x!.name).join('\n'),
    data: JSON.stringify(e), ...derivedColumns(e), id_cnty: idCnty, updated_at: unixSeconds(now), created_at: unixSeconds(now), votes: JSON.stringify(votes),
  };
}
export const EVENT_COLUMNS = [
  'id', 'date', 'date_earliest', 'date_latest', 'event_type', 'sub_event_type', 'country_code', 'status', 'num_sources', 'actors', 'data', 'lat', 'lon', 'sentences', 'summary',
  'id_cnty', 'updated_at', 'created_at', 'votes', 'actor1', 'actor2', 'admin1', 'fatalities',
] as const;
/** What storing an event again changes: all but its id and the second it was first stored. */
export const EVENT_UPDATES = EVENT_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at');

/** Columns kept beside an event's JSON for filtering and the map. */
export function derivedColumns(e: ExportEvent) {
  return { lat: e.location.lat, lon: e.location.lon, sentences: searchText(e), summary: JSON.stringify(toSummary(e)), ...acledColumns(e) };
}

/** The ACLED columns the read API filters by, as the CSV has them (actors' names, admin1, fatalities), kept as plain columns so no filter parses JSON. */
export const acledColumns = (e: ExportEvent) => ({ actor1: e.actor1?.name ?? null, actor2: e.actor2?.name ?? null, admin1: e.location.admin1, fatalities: fatalities(e) });

/**
 * The ACLED-style id of an event being stored: its own if it is stored already; else, when it absorbs
 * stored events (its id is a new report's), the oldest of theirs, so a merge keeps the id analysts
 * saw first; else a new one.
 */
export function chooseIdCnty(own: string | null, absorbed: Array<string | null>, next: () => Promise<string>): Promise<string> {
  const number = (idCnty: string) => Number(idCnty.replace(/^\D+/, ''));
  const inherited = absorbed.filter((x): x is string => x !== null).sort((a, b) => number(a) - number(b));
  const kept = own ?? inherited[0];
  return kept ? Promise.resolve(kept) : next();
}

/** An event's actors, each once, from its actors column. */
const actorsOf = (column: string): string[] => [...new Set(column ? column.split('\n') : [])];

/** The columns an event is counted by. */
export interface CountedRow {
  date: string;
  country_code: string | null;
  event_type: string;
  sub_event_type: string;
  status: string;
  actors: string;
}
export const COUNTED_COLUMNS = 'date, country_code, event_type, sub_event_type, status, actors';

/** The counts are kept by day, country, type and status: a filter on anything else counts the events themselves. */
export const counted = (filter: EventFilter): boolean => !filter.actor && !filter.minSources && !filter.q && !filter.bbox && !filter.columns?.length;

// The counts stand for the events' rows, at three grains: by everything a count can be filtered by
// (day, country, type, status; no country is ''), by day and type alone, and in all (by country, by
// actor); a row whose count falls to 0 is deleted. Each table: its columns beside n, and the rows an
// event is counted in.
export const COUNTS: Array<{ table: string; columns: string[]; rows: (e: CountedRow) => string[][] }> = [
  { table: 'event_counts', columns: ['date', 'country_code', 'event_type', 'sub_event_type', 'status'], rows: (e) => [grain(e)] },
  { table: 'actor_counts', columns: ['date', 'country_code', 'event_type', 'sub_event_type', 'status', 'actor'], rows: (e) => actorsOf(e.actors).map((a) => [...grain(e), a]) },
  { table: 'day_counts', columns: ['date', 'event_type'], rows: (e) => [[e.date, e.event_type]] },
  { table: 'total_counts', columns: ['facet', 'key'], rows: (e) => [...(e.country_code ? [['country', e.country_code]] : []), ...actorsOf(e.actors).map((a) => ['actor', a])] },
];
const grain = (e: CountedRow): string[] => [e.date, e.country_code ?? '', e.event_type, e.sub_event_type, e.status];

/** One row of a counts table and what it changes by. */
interface CountChange {
  table: string;
  columns: string[];
  values: string[];
  n: number;
}

/** Changes to the counts, summed before they are written: most new sources leave their event's row counted where it was. */
export class CountChanges {
  private changes = COUNTS.map(() => new Map<string, number>());

  add(event: CountedRow, n: number): void {
    COUNTS.forEach((c, i) => {
      for (const row of c.rows(event)) {
        const key = JSON.stringify(row);
        this.changes[i]!.set(key, (this.changes[i]!.get(key) ?? 0) + n);
      }
    });
  }

  /** The rows that change, table by table and each table's in one order, so concurrent writers take their locks alike. */
  *rows(): Generator<CountChange> {
    for (const [i, { table, columns }] of COUNTS.entries()) {
      for (const [key, n] of [...this.changes[i]!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (n !== 0) yield { table, columns, values: JSON.parse(key) as string[], n };
      }
    }
  }
}

/** How a store's SQL says what the filter asks. */
export interface Dialect {
  /** SQL true when the text of `column` holds the next parameter's text, in any case */
  containsAnyCase(column: string): string;
  /** the condition keeping events one of whose source sentences holds `q`, in any case */
  search(q: string): { where: string; args: unknown[] };
  /** the text at `path` in the JSON of `column` */
  json(column: string, path: string[]): string;
}

/** The SQL conditions of a filter, `?` for each parameter; every query over events shares them, so counts match lists. */
export function whereOf(filter: EventFilter, dialect: Dialect): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.since) { where.push('date >= ?'); args.push(filter.since); }
  if (filter.until) { where.push('date <= ?'); args.push(filter.until); }
  if (filter.country) { where.push('country_code = ?'); args.push(filter.country.toUpperCase()); }
  if (filter.type) {
    const type = typeCondition(filter.type);
    where.push(type.where);
    args.push(...type.args);
  }
  if (filter.status) { where.push('status = ?'); args.push(filter.status); }
  if (filter.minSources) { where.push('num_sources >= ?'); args.push(filter.minSources); }
  if (filter.actor) { where.push(dialect.containsAnyCase('actors')); args.push(filter.actor); }
  if (filter.q) {
    const search = dialect.search(filter.q);
    where.push(search.where);
    args.push(...search.args);
  }
  if (filter.bbox) {
    const [w, s, e, n] = filter.bbox;
    where.push('lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?');
    args.push(s, n, w, e);
  }
  for (const c of filter.columns ?? []) {
    const condition = columnCondition(c);
    where.push(condition.where);
    args.push(...condition.args);
  }
  return { where, args };
}

const EVENT_TYPE_NAMES = new Set(EVENT_TYPES.map((t) => t.toLowerCase()));
const SUB_TYPE_NAMES = new Set(Object.values(SUB_EVENT_TYPES).flat().map((t) => t.toLowerCase()));

/**
 * The condition of a type filter, in any case. A name is an event type or a sub-event type, never both,
 * so it is looked for in its one column, whose index gives the matches in (date, id) order and stops
 * at a page; an OR of the two columns would sort every match first (a third of all events for Battles).
 */
function typeCondition(type: string): { where: string; args: unknown[] } {
  const name = type.toLowerCase();
  if (EVENT_TYPE_NAMES.has(name)) return { where: 'lower(event_type) = lower(?)', args: [type] };
  if (SUB_TYPE_NAMES.has(name)) return { where: 'lower(sub_event_type) = lower(?)', args: [type] };
  return { where: '(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))', args: [type, type] };
}

// text columns compared in any case, as ACLED's API compares them; country codes are compared as given
// (upper case), so that their index serves
const ANY_CASE: ReadonlySet<FilterColumn> = new Set(['event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1']);

/** The SQL of one column filter: `=` any of the values, `LIKE` or `>` … any of them, `BETWEEN` the first two. */
function columnCondition({ column, op, values }: ColumnFilter): { where: string; args: unknown[] } {
  if (values.length === 0) return { where: '1 = 0', args: [] };
  const [side, value] = ANY_CASE.has(column) ? [`lower(${column})`, 'lower(?)'] : [column, '?'];
  if (op === 'BETWEEN') return { where: `${side} BETWEEN ${value} AND ${value}`, args: values.slice(0, 2) };
  if (op === '=') return { where: `${side} IN (${values.map(() => value).join(', ')})`, args: values };
  const compare = op === 'LIKE' ? `${side} LIKE ${value} ESCAPE '\\'` : `${side} ${op} ${value}`;
  return { where: `(${values.map(() => compare).join(' OR ')})`, args: values };
}

/** A reader's query of the events a filter keeps, in the slice's order, from its offset on. */
export function readerQuery(filter: EventFilter, dialect: Dialect, slice: Slice = {}): { sql: string; args: unknown[] } {
  const { where, args } = whereOf(filter, dialect);
  const order = slice.newestFirst ? 'date DESC, id DESC' : 'date, id';
  const page = slice.page ? ` LIMIT ${Math.floor(slice.page.limit)} OFFSET ${Math.floor(slice.page.offset)}` : '';
  return { sql: `SELECT ${STORED_COLUMNS} FROM events ${clause(where)} ORDER BY ${order}${page}`, args };
}

export const clause = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/** What an event's row holds for the exports: its JSON, ACLED id and last change. */
export interface StoredRow {
  data: string;
  id_cnty: string;
  /** a number from SQLite, a string (a BIGINT) from PostgreSQL */
  updated_at: number | string;
}
export const STORED_COLUMNS = 'data, id_cnty, updated_at';

/**
 * What the map index (v11, `events_map`) holds: each event's (date, id) and its summary, so a map view of
 * thousands of events reads neither their rows nor their JSON. In the row the summary comes after the
 * event's JSON and search text, a few kB that SQLite reads through to reach it.
 */
export const MAP_COLUMNS = 'date, id, summary';
/** Where a page's columns are read: the events' rows, or the map index when they are MAP_COLUMNS. */
export type ColumnSource = 'row' | 'map index';

/** Values as `?, ?, …`, one per value. */
export const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

// the most values one `IN (…)` of a query is given: SQLite and PostgreSQL both take far more
const IN_CHUNK = 500;

/**
 * The reads both stores answer with the same SQL (`?` for each parameter; counts cast to INTEGER,
 * which both read as a number), and what each store's own SQL must add: its rows, its pages, its
 * candidates for linking and its article writes.
 */
export abstract class SqlQueries implements StoreQueries {
  protected abstract readonly dialect: Dialect;
  /** The rows of a query. */
  abstract all<T>(sql: string, args?: unknown[]): Promise<T[]>;
  /** A statement that returns no rows. */
  abstract run(sql: string, args?: unknown[]): Promise<void>;
  /** Columns of the events a filter keeps, ordered by (date, id), from a page's start on; `from` says whether they are all in the map index (MAP_COLUMNS). */
  protected abstract page<Row>(columns: string, filter: EventFilter, page?: Page, from?: ColumnSource): Promise<Row[]>;
  abstract saveArticle(write: ArticleWrite): Promise<void>;
  abstract reportsBetween(earliest: string, latest: string, country: string | null, near?: { lat: number; lon: number; km: number }): Promise<Candidate[]>;

  /** The rows of a query over `ids`, given to `IN (…)` a chunk at a time. */
  protected async allIn<T>(sql: (marks: string) => string, ids: string[]): Promise<T[]> {
    const rows: T[] = [];
    for (let at = 0; at < ids.length; at += IN_CHUNK) {
      const chunk = ids.slice(at, at + IN_CHUNK);
      rows.push(...(await this.all<T>(sql(marks(chunk)), chunk)));
    }
    return rows;
  }

  async hasArticle(hash: string): Promise<boolean> {
    return (await this.all('SELECT 1 AS found FROM articles WHERE hash = ?', [hash])).length > 0;
  }

  async reportsOf(eventId: string): Promise<Report[]> {
    return (await this.all<{ event_id: string; data: string; links: string }>('SELECT event_id, data, links FROM reports WHERE event_id = ? ORDER BY id', [eventId])).map(toReport);
  }

  async votes(eventIds: string[]): Promise<Map<string, Votes>> {
    const rows = await this.allIn<{ id: string; votes: string }>((m) => `SELECT id, votes FROM events WHERE id IN (${m})`, eventIds);
    return new Map(rows.map((r) => [r.id, JSON.parse(r.votes) as Votes]));
  }

  async events(filter: EventFilter = {}, page?: Page): Promise<ExportEvent[]> {
    return (await this.storedEvents(filter, page)).map((s) => s.event);
  }

  async storedEvents(filter: EventFilter = {}, page?: Page): Promise<StoredEvent[]> {
    return this.storedOf(await this.page<StoredRow>(STORED_COLUMNS, filter, page));
  }

  async summaries(filter: EventFilter = {}, page?: Page): Promise<EventSummary[]> {
    return (await this.mapRows(filter, page)).map((r) => JSON.parse(r.summary) as EventSummary);
  }

  mapRows(filter: EventFilter = {}, page?: Page): Promise<MapRow[]> {
    return this.page<MapRow>(MAP_COLUMNS, filter, page, 'map index');
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { where, args } = whereOf(filter, this.dialect);
    // all events, or those of a span of days, are summed from the counts by day and type (a row per
    // day and type, where a count(*) of a million events walks a million index entries); a country, type
    // or status is counted on its own index of the events, which holds only its matches, where the
    // finer counts (about a row per event) would be read whole
    if (counted(filter) && !filter.country && !filter.type && !filter.status) {
      return (await this.all<{ n: number }>(`SELECT CAST(coalesce(sum(n), 0) AS INTEGER) AS n FROM day_counts ${clause(where)}`, args))[0]!.n;
    }
    return (await this.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM events ${clause(where)}`, args))[0]!.n;
  }

  /** The events a search keeps, counted up to `cap`, and whether more match (see `countUpTo`); any other filter is counted exactly. */
  async countCapped(filter: EventFilter, cap: number): Promise<CappedCount> {
    if (!filter.q) return { n: await this.countEvents(filter), capped: false };
    const n = await this.countUpTo(filter, Math.floor(cap) + 1);
    return n > cap ? { n: Math.floor(cap), capped: true } : { n, capped: false };
  }

  /**
   * How many events a filter keeps, counting no further than `limit`. Which ones are counted does not
   * matter to "more than the cap", so the scan stops at the first `limit` it meets in any order.
   */
  protected async countUpTo(filter: EventFilter, limit: number): Promise<number> {
    const { where, args } = whereOf(filter, this.dialect);
    return (await this.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT 1 FROM events ${clause(where)} LIMIT ${limit}) AS counted`, args))[0]!.n;
  }

  /** The counted columns of a filter's newest `n` events, newest first (by date, then id). */
  protected newest(filter: EventFilter, n: number): Promise<CountedColumns[]> {
    const { where, args } = whereOf(filter, this.dialect);
    return this.all<CountedColumns>(`SELECT ${COUNTED_OF_EACH} FROM events ${clause(where)} ORDER BY date DESC, id DESC LIMIT ${Math.floor(n)}`, args);
  }

  async eventCounts(filter: EventFilter = {}, cap?: number): Promise<EventCounts> {
    const { where, args } = whereOf(filter, this.dialect);
    const withCountry = clause([...where, "coalesce(country_code, '') != ''"]);
    const rows = <T>(sql: string) => this.all<T>(sql, args);
    if (counted(filter)) {
      const days = !filter.country && !filter.type && !filter.status;
      const all = days && !filter.since && !filter.until;
      return {
        byDay: await rows(`SELECT date, event_type, CAST(sum(n) AS INTEGER) AS n FROM ${days ? 'day_counts' : 'event_counts'} ${clause(where)} GROUP BY date, event_type`),
        byCountry: await (all ? rows("SELECT key AS country_code, n FROM total_counts WHERE facet = 'country'") : rows(`SELECT country_code, CAST(sum(n) AS INTEGER) AS n FROM event_counts ${withCountry} GROUP BY country_code`)),
        byActor: await (all ? rows("SELECT key AS actor, n FROM total_counts WHERE facet = 'actor'") : rows(`SELECT actor, CAST(sum(n) AS INTEGER) AS n FROM actor_counts ${clause(where)} GROUP BY actor`)),
      };
    }
    // a common word's matches are too many to read each: only its newest `cap` are counted, and the answer
    // says so; one more than `cap` tells whether there are more, and fewer are every match
    if (cap !== undefined && filter.q) return countsUpTo(await this.newest(filter, Math.floor(cap) + 1), Math.floor(cap));
    // one pass over the matches, read from the events' narrow index (no JSON), counted three ways
    return countEach(await rows<CountedColumns>(`SELECT ${COUNTED_OF_EACH} FROM events ${clause(where)}`));
  }

  async event(id: string): Promise<ExportEvent | undefined> {
    const [stored] = await this.storedOf(await this.all<StoredRow>(`SELECT ${STORED_COLUMNS} FROM events WHERE id = ?`, [id]));
    return stored?.event;
  }

  async mergedInto(id: string): Promise<MergedInto | undefined> {
    const [row] = await this.all<{ id: string; id_cnty: string | null }>('SELECT m.into_id AS id, e.id_cnty FROM merged_events m LEFT JOIN events e ON e.id = m.into_id WHERE m.id = ?', [id]);
    return row && { id: row.id, event_id_cnty: row.id_cnty };
  }

  /**
   * Events merged away and events stored or changed at or after `since`, ordered by (second, removals
   * first, id), a page at a time: each branch reads its own index up to a page, then the two are merged.
   * Removals come before the survivor of the same write, so a client that applies them in order and keys
   * its rows by event_id_cnty (which a survivor may inherit) ends with the survivor's row.
   */
  async changes(since: number, page: ChangePage): Promise<EventChange[]> {
    const { after } = page;
    const [removedAfter, removedArgs] = !after ? ['', []] : after.removed ? [' AND (m.merged_at, m.id) > (?, ?)', [after.timestamp, after.id]] : [' AND m.merged_at > ?', [after.timestamp]];
    const [storedAfter, storedArgs] = !after ? ['', []] : after.removed ? [' AND updated_at >= ?', [after.timestamp]] : [' AND (updated_at, id) > (?, ?)', [after.timestamp, after.id]];
    const limit = Math.floor(page.limit);
    const rows = await this.all<ChangeRow>(`SELECT id, id_cnty, change, changed_at, into_id, into_id_cnty FROM (
        SELECT * FROM (SELECT m.id, m.id_cnty, 'removed' AS change, m.merged_at AS changed_at, 0 AS removals_last, m.into_id, e.id_cnty AS into_id_cnty
          FROM merged_events m LEFT JOIN events e ON e.id = m.into_id WHERE m.merged_at >= ?${removedAfter} ORDER BY m.merged_at, m.id LIMIT ${limit}) AS removed
        UNION ALL
        SELECT * FROM (SELECT id, id_cnty, CASE WHEN created_at >= ? THEN 'new' ELSE 'changed' END AS change, updated_at AS changed_at, 1 AS removals_last, NULL AS into_id, NULL AS into_id_cnty
          FROM events WHERE updated_at >= ?${storedAfter} ORDER BY updated_at, id LIMIT ${limit}) AS stored
      ) AS changes ORDER BY changed_at, removals_last, id LIMIT ${limit}`, [since, ...removedArgs, since, since, ...storedArgs]);
    return rows.map((r) => ({
      id: r.id, event_id_cnty: r.id_cnty, change: r.change, timestamp: Number(r.changed_at),
      merged_into: r.into_id === null ? null : { id: r.into_id, event_id_cnty: r.into_id_cnty },
    }));
  }

  /**
   * Records, in the write that merges them, where each event merged away went (its ACLED id kept beside
   * it), and points earlier records of events merged into it to the survivor: every record names a
   * stored event, however many merges followed.
   */
  protected async recordMerges(relabel: Map<string, string>, at: number): Promise<void> {
    for (const [oldId, newId] of relabel) {
      await this.run('UPDATE merged_events SET into_id = ? WHERE into_id = ?', [newId, oldId]);
      await this.run('INSERT INTO merged_events (id, id_cnty, into_id, merged_at) SELECT id, id_cnty, CAST(? AS TEXT), CAST(? AS BIGINT) FROM events WHERE id = ?', [newId, at, oldId]);
    }
  }

  async tallies(): Promise<Tally[]> {
    return (await this.all<{ data: string }>('SELECT data FROM tallies ORDER BY rowid')).map((r) => JSON.parse(r.data) as Tally);
  }

  async countViolent(scope: { since: string | null; until: string | null; countries: string[]; party?: PartyScope | null }): Promise<{ events: number; articles: number }> {
    const where = ["e.event_type != 'Protests'"];
    const args: unknown[] = [];
    if (scope.party) { where.push(`${this.dialect.json('e.data', [scope.party.role, 'name'])} = ?`); args.push(scope.party.name); }
    if (scope.since) { where.push('e.date >= ?'); args.push(scope.since); }
    if (scope.until) { where.push('e.date <= ?'); args.push(scope.until); }
    if (scope.countries.length) { where.push(`e.country_code IN (${marks(scope.countries)})`); args.push(...scope.countries); }
    const [row] = await this.all<{ events: number; articles: number }>(`SELECT CAST(count(DISTINCT e.id) AS INTEGER) AS events, CAST(count(DISTINCT r.article_id) AS INTEGER) AS articles
      FROM events e JOIN reports r ON r.event_id = e.id WHERE ${where.join(' AND ')}`, args);
    return row!;
  }

  async counts() {
    const n = async (table: string) => (await this.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`))[0]!.n;
    return { articles: await n('articles'), events: await n('events'), reports: await n('reports'), tallies: await n('tallies') };
  }

  /** Events' rows as stored events; relations, stored between reports, are read as between the events those reports are in now. */
  async storedOf(rows: StoredRow[]): Promise<StoredEvent[]> {
    const events = rows.map((r) => JSON.parse(r.data) as ExportEvent);
    const related = [...new Set(events.flatMap((e) => e.related.map((r) => r.event_id)))];
    const eventOf = new Map((await this.allIn<{ id: string; event_id: string }>((m) => `SELECT id, event_id FROM reports WHERE id IN (${m})`, related)).map((r) => [r.id, r.event_id]));
    return rows.map((r, i) => ({ event: withRelated(events[i]!, eventOf), event_id_cnty: r.id_cnty, timestamp: Number(r.updated_at) }));
  }
}

/** What each event a filter keeps is counted by, when the counts tables cannot answer it. */
export interface CountedColumns {
  date: string;
  event_type: string;
  country_code: string | null;
  actors: string;
}
export const COUNTED_OF_EACH = 'date, event_type, country_code, actors';

/** A capped search's newest matches (newest first) counted, with the days they cover. */
function countsOfNewest(newest: CountedColumns[]): EventCounts {
  return { ...countEach(newest), newest: { n: newest.length, since: newest[newest.length - 1]!.date, until: newest[0]!.date } };
}

/** A search's newest matches, newest first and up to one more than `cap`, counted: past `cap`, its newest `cap` only (`newest` says so). */
export function countsUpTo(newest: CountedColumns[], cap: number): EventCounts {
  return newest.length > cap ? countsOfNewest(newest.slice(0, cap)) : countEach(newest);
}

/**
 * Events counted three ways: by day and type, by country, by actor (each event once per actor), each
 * list in its keys' order, so that the same events give the same lists whatever order a plan reads them in.
 */
export function countEach(rows: CountedColumns[]): EventCounts {
  const byDay = new Map<string, { date: string; event_type: string; n: number }>();
  const byCountry = new Map<string, number>();
  const byActor = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.date}\n${row.event_type}`;
    const day = byDay.get(key) ?? byDay.set(key, { date: row.date, event_type: row.event_type, n: 0 }).get(key)!;
    day.n++;
    if (row.country_code) byCountry.set(row.country_code, (byCountry.get(row.country_code) ?? 0) + 1);
    for (const actor of actorsOf(row.actors)) byActor.set(actor, (byActor.get(actor) ?? 0) + 1);
  }
  return {
    byDay: [...byDay].sort(byKey).map(([, day]) => day),
    byCountry: [...byCountry].sort(byKey).map(([country_code, n]) => ({ country_code, n })),
    byActor: [...byActor].sort(byKey).map(([actor, n]) => ({ actor, n })),
  };
}

/** Map entries in their keys' order (by UTF-16 code unit). */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

function withRelated(e: ExportEvent, eventOf: Map<string, string>): ExportEvent {
  if (e.related.length === 0) return e;
  const related = e.related
    .map((r) => ({ type: r.type, event_id: eventOf.get(r.event_id) ?? r.event_id }))
    .filter((r, i, all) => r.event_id !== e.id && all.findIndex((x) => x.event_id === r.event_id && x.type === r.type) === i);
  return { ...e, related };
}

interface ChangeRow {
  id: string;
  id_cnty: string | null;
  change: EventChange['change'];
  /** a number from SQLite, a string (a BIGINT) from PostgreSQL */
  changed_at: number | string;
  into_id: string | null;
  into_id_cnty: string | null;
}

function toReport(row: { event_id: string; data: string; links: string }): Report {
  return { report: JSON.parse(row.data) as ReportEvent, eventId: row.event_id, links: JSON.parse(row.links) };
}

/**
 * Runs `run` again while it fails for a reason that passes (`passing`: another writer holds a lock, or
 * the two chose each other as a deadlock's victim), after a jittered pause, so writers that collided do
 * not wake together, until `budgetMs` is spent; then fails with one line naming the database.
 */
export async function retrying<T>(name: string, run: () => Promise<T>, passing: (err: unknown) => boolean, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!passing(err)) throw err;
      const left = deadline - Date.now();
      if (left <= 0) throw new DatabaseRefused(name, `another process kept the database locked for more than ${budgetMs / 1000} s`);
      await new Promise((next) => setTimeout(next, Math.min(left, Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random() / 2))));
    }
  }
}
