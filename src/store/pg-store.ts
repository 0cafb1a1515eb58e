// PostgreSQL store (`--db postgres://…` or SITREP_DB): the schema of the SQLite store in PostgreSQL's
// words, for ingest workers and API servers on several machines over one database. Each article is
// one READ COMMITTED transaction that first takes advisory locks on its scope (`articleScope`: its
// id, its text and its reports' countries, the key candidates are blocked by) and a shared lock on the
// whole database: articles of other countries are stored at the same time; two that could link to the
// same reports wait for each other, and the second reads what the first wrote, as in a serial ingest.
// Schema creation holds the whole database's lock alone. A deadlock between two writers (both
// counting one actor, say) ends one of them, which runs again. Text columns sort as bytes (COLLATE
// "C"), as SQLite's do, so lists come in the same order from both stores; the search is a pg_trgm
// index over each report's lower-cased sentences, which, like SQLite's trigram index, finds any text,
// not just whole words (a tsvector finds words and their stems: `q` would mean another thing here).
import pg from 'pg';
import { idPrefix } from '../util/country-codes.js';
import { matchKey } from '../model/match-key.js';
import type { ExportEvent, Tally } from '../types.js';
import { ArticleIdTaken, DatabaseRefused, type ArticleWrite, type Candidate, type EventCounts, type EventFilter, type EventReader, type OpenOptions, type Page, type StoreQueries, type WriteScope } from './event-store.js';
import { databaseName } from './open.js';
import { SessionStore } from './session-store.js';
import {
  CountChanges, COUNTED_COLUMNS, COUNTS, EVENT_COLUMNS, EVENT_UPDATES, SCHEMA_VERSION, SqlQueries, candidateBlock, chooseIdCnty, clause, eventRow, foreignDatabase, isLongSpan,
  isSitrepSchema, marks, readableVersion, readerQuery, retrying, searchText, unixSeconds, whereOf, wrongVersion, COUNTED_OF_EACH, countsUpTo, type CountedColumns, type CountedRow, type Dialect,
  type StoredRow,
} from './sql-common.js';

const T = 'TEXT COLLATE "C"';
const SCHEMA = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE meta (key ${T} PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id ${T} PRIMARY KEY, hash ${T} NOT NULL UNIQUE, title TEXT, outlet TEXT, url TEXT,
  published ${T} NOT NULL, origin TEXT, ingested_at ${T} NOT NULL
);
CREATE TABLE reports (
  id ${T} PRIMARY KEY, article_id ${T} NOT NULL REFERENCES articles(id), event_id ${T} NOT NULL,
  country_code ${T}, date_earliest ${T} NOT NULL, date_latest ${T} NOT NULL, long_span INTEGER NOT NULL,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision INTEGER NOT NULL, data TEXT NOT NULL, links TEXT NOT NULL,
  seq BIGINT GENERATED ALWAYS AS IDENTITY, match_key TEXT, sentences TEXT NOT NULL
);
CREATE INDEX reports_block ON reports (country_code, long_span, date_earliest);
CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_text ON reports USING gin (sentences gin_trgm_ops);
CREATE TABLE events (
  id ${T} PRIMARY KEY, date ${T} NOT NULL, date_earliest ${T} NOT NULL, date_latest ${T} NOT NULL,
  event_type ${T} NOT NULL, sub_event_type ${T} NOT NULL, country_code ${T}, status ${T} NOT NULL,
  num_sources INTEGER NOT NULL, actors TEXT NOT NULL, data TEXT NOT NULL,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, sentences TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '{}',
  id_cnty ${T} UNIQUE, updated_at BIGINT, votes TEXT NOT NULL DEFAULT '{}',
  created_at BIGINT, actor1 ${T}, actor2 ${T}, admin1 ${T}, fatalities DOUBLE PRECISION
) WITH (fillfactor = 80);
CREATE INDEX events_by_country ON events (country_code, date, id);
CREATE INDEX events_by_status ON events (status, date, id);
CREATE INDEX events_by_update ON events (updated_at, id);
CREATE TABLE merged_events (id ${T} PRIMARY KEY, id_cnty ${T}, into_id ${T} NOT NULL, merged_at BIGINT NOT NULL);
CREATE INDEX merged_events_by_time ON merged_events (merged_at, id);
CREATE INDEX merged_events_into ON merged_events (into_id);
CREATE TABLE tallies (rowid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, article_id ${T} NOT NULL REFERENCES articles(id), data TEXT NOT NULL);
CREATE TABLE event_counts (
  date ${T} NOT NULL, country_code ${T} NOT NULL, event_type ${T} NOT NULL, sub_event_type ${T} NOT NULL, status ${T} NOT NULL,
  n INTEGER NOT NULL, PRIMARY KEY (date, country_code, event_type, sub_event_type, status)
);
CREATE TABLE actor_counts (
  date ${T} NOT NULL, country_code ${T} NOT NULL, event_type ${T} NOT NULL, sub_event_type ${T} NOT NULL, status ${T} NOT NULL, actor ${T} NOT NULL,
  n INTEGER NOT NULL, PRIMARY KEY (date, country_code, event_type, sub_event_type, status, actor)
);
CREATE TABLE day_counts (date ${T} NOT NULL, event_type ${T} NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (date, event_type));
CREATE TABLE total_counts (facet ${T} NOT NULL, key ${T} NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (facet, key));
`;

// What v8 adds, as SQLite's v8 does: the events' (date, id) index holds every other column a filter or
// a count reads, so lists filtered by an actor or a search, and their counts, are read from it (an
// index-only scan) without the events' rows; a number of sources and a box get B-tree indexes a count
// reads alone (the box's replaces the GiST index, whose matches were each read from their row), the
// type indexes hold the type itself, without which PostgreSQL reads every match's row to count it,
// and the counts get indexes by country and by type holding what a filtered timeline groups by.
const V8 = `
DROP INDEX IF EXISTS events_by_date;
DROP INDEX IF EXISTS events_place;
DROP INDEX IF EXISTS events_by_type;
DROP INDEX IF EXISTS events_by_sub_type;
CREATE INDEX events_narrow ON events (date, id) INCLUDE (event_type, sub_event_type, country_code, status, num_sources, lat, lon, actors);
CREATE INDEX events_by_sources ON events (num_sources);
CREATE INDEX events_by_place ON events (lat, lon) INCLUDE (date, id);
CREATE INDEX events_by_type ON events (lower(event_type), date, id) INCLUDE (event_type);
CREATE INDEX events_by_sub_type ON events (lower(sub_event_type), date, id) INCLUDE (sub_event_type);
CREATE INDEX event_counts_by_country ON event_counts (country_code, date, event_type) INCLUDE (n);
CREATE INDEX event_counts_by_type ON event_counts (lower(event_type), date, event_type) INCLUDE (n);
CREATE INDEX event_counts_by_sub_type ON event_counts (lower(sub_event_type), date, event_type) INCLUDE (n);
CREATE INDEX actor_counts_by_country ON actor_counts (country_code, actor) INCLUDE (n);
CREATE INDEX actor_counts_by_type ON actor_counts (lower(event_type), actor) INCLUDE (n);
CREATE INDEX actor_counts_by_sub_type ON actor_counts (lower(sub_event_type), actor) INCLUDE (n);
`;

// What v11 adds, as SQLite's v11 does: the map index, each event's (date, id) with its summary, which a
// map view of thousands of events reads alone (an index-only scan), not the events' rows
const V11 = `
CREATE INDEX IF NOT EXISTS events_map ON events (date, id) INCLUDE (summary);
`;

/**
 * The older schemas a write brings up to this one: v7, whose upgrade adds indexes (v8's and v11's), and
 * v8 to v10, whose upgrades add the map index (v11) and number them v11 (v9 and v10 add indexes SQLite
 * needs to page a search: the (id, date) index and its reports' (event_id, seq); PostgreSQL's search
 * goes through its trigram index and needs neither).
 */
const pgUpgradable = (version: number): boolean => version >= 7 && version <= 10;

// what testing one walked event's reports costs (an index probe and a heap row), in reports hashed:
// 4-6 measured on the 300,000-event database of docs/performance.md ("Search counts capped")
const WALK_PROBE_COST = 5;
// connections per store: an ingest uses one at a time, a server one per request in progress
const POOL_SIZE = 8;
// what a writer waits in all for locks and deadlock retries before it gives up on an article
const RETRY_BUDGET_MS = 60_000;
// the lock of the whole database, which every write holds shared and schema creation alone
const DATABASE_KEY = 'sitrep';

export class PgStore extends SessionStore {
  private constructor(readonly name: string, private readonly url: string, private pool: pg.Pool) {
    super();
  }

  /** Connects to the database at `url` (for writing: creates sitrep's schema in it); one it cannot use is refused in one line. */
  static async open(url: string, options: OpenOptions = {}): Promise<PgStore> {
    const name = databaseName(url);
    const pool = new pg.Pool({ ...connection(url, options), max: POOL_SIZE, connectionTimeoutMillis: 10_000 });
    // an idle connection the server dropped is replaced; the query that needs one reports the failure
    pool.on('error', () => undefined);
    const store = new PgStore(name, url, pool);
    try {
      if (options.readonly) readableVersion(name, await store.schemaVersion(), pgUpgradable);
      else await store.prepareForWriting();
      return store;
    } catch (err) {
      await pool.end();
      throw refusal(name, err);
    }
  }

  private async prepareForWriting(): Promise<void> {
    const seen = await this.schemaVersion();
    if (seen === SCHEMA_VERSION) return;
    if (seen !== null && !pgUpgradable(seen)) throw wrongVersion(this.name, seen);
    // decided again under the whole database's lock: two workers starting on a new database create or upgrade it once
    await this.locked(undefined, async (q) => {
      const version = await schemaVersionOf(this.name, q);
      if (version === SCHEMA_VERSION) return;
      if (version !== null && !pgUpgradable(version)) throw wrongVersion(this.name, version);
      if (version === null) await q.run(SCHEMA);
      if (version === null || version === 7) await q.run(V8);
      await q.run(V11);
      // the planner needs the statistics of the new expression indexes to choose them
      if (version === 7) await q.run('ANALYZE events; ANALYZE event_counts; ANALYZE actor_counts');
      await q.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', ['schema_version', String(SCHEMA_VERSION)]);
    });
  }

  private schemaVersion(): Promise<number | null> {
    return schemaVersionOf(this.name, new PgQueries(this.pool));
  }

  protected session<T>(use: (q: StoreQueries) => Promise<T>): Promise<T> {
    return use(new PgQueries(this.pool));
  }

  writeTransaction<T>(write: (tx: StoreQueries) => Promise<T>, scope?: WriteScope): Promise<T> {
    return this.locked(scope, write);
  }

  /** Runs `run` in a transaction holding the locks of `scope`, again after a deadlock, within the budget. */
  private locked<T>(scope: WriteScope | undefined, run: (q: PgQueries) => Promise<T>): Promise<T> {
    return retrying(this.name, () => this.transaction('BEGIN', async (client) => {
      await lock(client, scope);
      return run(new PgQueries(client));
    }), isTransient, RETRY_BUDGET_MS);
  }

  snapshot<T>(read: (tx: StoreQueries) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) => read(new PgQueries(client)));
  }

  /** Runs `run` in a transaction on a connection of the pool's; a connection whose transaction failed is closed, not reused. */
  private async transaction<T>(begin: string, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await run(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (err) {
      client.release(true);
      throw err;
    }
  }

  async reader(): Promise<EventReader> {
    // a connection of its own, outside the pool: the store may be closed while an export still reads
    const client = new pg.Client(connection(this.url, { readonly: true }));
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query('SELECT 1 FROM meta LIMIT 1'); // the snapshot is taken at the first query
    } catch (err) {
      await client.end();
      throw refusal(this.name, err);
    }
    const queries = new PgQueries(client);
    // server-side cursors, read a batch at a time: memory holds a batch, whatever the database holds
    return {
      events: async function* (filter, size, slice) {
        const { sql, args } = readerQuery(filter, POSTGRES, slice);
        for await (const rows of cursor<StoredRow>(client, 'events_out', sql, args, size)) {
          yield await queries.storedOf(rows);
        }
      },
      tallies: async function* (size) {
        for await (const rows of cursor<{ data: string }>(client, 'tallies_out', 'SELECT data FROM tallies ORDER BY rowid', [], size)) yield rows.map((r) => JSON.parse(r.data) as Tally);
      },
      // a reader let go after its connection failed has nothing left to give back
      close: () => client.end().catch(() => undefined),
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * The rows of a query, `size` at a time, from a cursor of the reader's transaction. A cursor left
 * midway (a client gone) ends with the reader's connection.
 */
async function* cursor<Row>(client: pg.Client, name: string, sql: string, args: unknown[], size: number): AsyncGenerator<Row[]> {
  await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${numbered(sql)}`, args);
  const fetch = async () => (await client.query(`FETCH ${Math.floor(size)} FROM ${name}`)).rows as Row[];
  for (let rows = await fetch(); rows.length; rows = await fetch()) yield rows;
  await client.query(`CLOSE ${name}`);
}

/**
 * Takes the write's locks for the rest of its transaction: the whole database's alone when it has no
 * scope, else that one shared and one per key, in one order for every writer so that they do not
 * deadlock over them.
 */
async function lock(client: pg.PoolClient, scope: WriteScope | undefined): Promise<void> {
  if (!scope) return void (await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [DATABASE_KEY]));
  await client.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [DATABASE_KEY]);
  await client.query(`SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended($1 || ':' || key, 0) AS k FROM unnest($2::text[]) AS key ORDER BY k) AS keys`, [DATABASE_KEY, scope.keys]);
}

/** The store's reads and writes on a connection (in a transaction) or on the pool (each query on any connection). */
class PgQueries extends SqlQueries {
  protected readonly dialect = POSTGRES;

  constructor(private db: pg.Pool | pg.ClientBase) {
    super();
  }

  async all<T>(sql: string, args: unknown[] = []): Promise<T[]> {
    return (await this.db.query(numbered(sql), args)).rows as T[];
  }

  /** A statement, or several without parameters. */
  async run(sql: string, args: unknown[] = []): Promise<void> {
    await this.db.query(args.length ? numbered(sql) : sql, args);
  }

  protected page<Row>(columns: string, filter: EventFilter, page?: Page): Promise<Row[]> {
    const { where, args } = whereOf(filter, POSTGRES);
    if (page?.after) { where.push('(date, id) > (?, ?)'); args.push(page.after.date, page.after.id); }
    return this.all<Row>(`SELECT ${columns} FROM events ${clause(where)} ORDER BY date, id${page ? ` LIMIT ${Math.floor(page.limit)}` : ''}`, args);
  }

  /**
   * A search's counts past `cap` are of its newest `cap` matches, found by one of two plans, chosen by
   * what each reads. Walking the events newest first (the plan PostgreSQL's planner picks for a LIMIT)
   * tests each walked event's reports, an index probe and a heap row each, until `cap` match: about
   * `cap` ÷ the word's share of the reports. Hashing every report the word's trigram index finds reads
   * each of them once, a fifth of a probe, and gives every match, so it also counts them: the walk pays
   * only for a word in more reports than sqrt(WALK_PROBE_COST × cap × reports) (at 300,000 reports and a
   * cap of 1,000, 13 % of them: "killed", in a third, not "drone", in a tenth).
   */
  override async eventCounts(filter: EventFilter = {}, cap?: number): Promise<EventCounts> {
    if (cap === undefined || !filter.q || filter.q.includes('\n') || (await this.walkPays(filter.q, cap))) return super.eventCounts(filter, cap);
    const { where, args } = whereOf(filter, POSTGRES);
    // OFFSET 0 keeps the planner from carrying the LIMIT into the matches' query, which it then hashes
    const newest = await this.all<CountedColumns>(`SELECT ${COUNTED_OF_EACH} FROM (SELECT ${COUNTED_OF_EACH}, id FROM events ${clause(where)} OFFSET 0) AS matches
      ORDER BY date DESC, id DESC LIMIT ${Math.floor(cap) + 1}`, args);
    return countsUpTo(newest, Math.floor(cap));
  }

  /** Whether walking the events newest first finds `n` matches of `q` for less than hashing all of them (see `eventCounts`). */
  private async walkPays(q: string, n: number): Promise<boolean> {
    const [matching, reports] = await this.estimatedRows(["SELECT 1 FROM reports WHERE sentences LIKE ? ESCAPE '\\'", 'SELECT 1 FROM reports'], POSTGRES.search(q).args);
    return matching! * matching! > WALK_PROBE_COST * n * reports!;
  }

  /** The planner's estimates of the rows of several queries, read from the plan of their UNION ALL (one round trip): nothing is run. */
  private async estimatedRows(queries: string[], args: unknown[]): Promise<number[]> {
    const [row] = await this.all<{ 'QUERY PLAN': Array<{ Plan: { Plans: Array<{ 'Plan Rows': number }> } }> }>(`EXPLAIN (FORMAT JSON) ${queries.join(' UNION ALL ')}`, args);
    return row!['QUERY PLAN'][0]!.Plan.Plans.map((p) => p['Plan Rows']);
  }

  async reportsBetween(earliest: string, latest: string, country: string | null, near?: { lat: number; lon: number; km: number }): Promise<Candidate[]> {
    // as SQLite's: blocked by country, start day and a box around a precise place; the JSON comes
    // with the row (one round trip) and is parsed only when the caller needs it
    const block = candidateBlock(earliest, near);
    const args: unknown[] = [...(country === null ? [] : [country]), block.fromShort, latest, block.fromLong, latest, earliest];
    const box = block.box ? ' AND (geo_precision = 3 OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))' : '';
    if (block.box) args.push(block.box.s, block.box.n, block.box.w, block.box.e);
    const rows = await this.all<{ event_id: string; match_key: string; data: string }>(`SELECT event_id, match_key, data FROM reports
      WHERE ${country === null ? 'country_code IS NULL' : 'country_code = ?'}
        AND ((long_span = 0 AND date_earliest BETWEEN ? AND ?) OR (long_span = 1 AND date_earliest BETWEEN ? AND ?)) AND date_latest >= ?${box}
      ORDER BY long_span, date_earliest, seq`, args);
    return rows.map((row) => ({ eventId: row.event_id, matchKey: row.match_key, report: async () => JSON.parse(row.data) as ExportEvent }));
  }

  async saveArticle(w: ArticleWrite): Promise<void> {
    const a = w.article;
    if ((await this.all('SELECT 1 AS taken FROM articles WHERE id = ?', [a.id])).length) throw new ArticleIdTaken(a.id);
    const now = new Date();
    await this.run('INSERT INTO articles (id, hash, title, outlet, url, published, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [a.id, a.hash, a.title, a.outlet, a.url, a.published, a.origin, now.toISOString()]);
    // read before the events merged away are removed: a survivor may take its id from one of them
    const known = new Map((await this.byIds<{ id: string; id_cnty: string | null }>('id, id_cnty', [...w.events.map((e) => e.id), ...w.relabel.keys()])).map((r) => [r.id, r.id_cnty]));
    const idCnty: string[] = [];
    for (const e of w.events) {
      const absorbed = [...w.relabel].filter(([, into]) => into === e.id).map(([old]) => known.get(old) ?? null);
      idCnty.push(await chooseIdCnty(known.get(e.id) ?? null, absorbed, () => this.nextIdCnty(e.location.country_code)));
    }
    // each table's rows in one statement: a round trip costs more than a row
    await this.insert('reports', ['id', 'article_id', 'event_id', 'country_code', 'date_earliest', 'date_latest', 'long_span', 'lat', 'lon', 'geo_precision', 'data', 'links', 'match_key', 'sentences'],
      w.reports.map(({ report: e, eventId, links }) => [e.id, a.id, eventId, e.location.country_code, e.date_earliest, e.date_latest, isLongSpan(e) ? 1 : 0, e.location.lat, e.location.lon, e.location.geo_precision, JSON.stringify(e), JSON.stringify(links), matchKey(e), searchText(e)]));
    for (const [oldId, newId] of w.relabel) await this.run('UPDATE reports SET event_id = ? WHERE event_id = ?', [newId, oldId]);
    // the counts lose what the rows were and gain what they become
    const counts = new CountChanges();
    for (const old of await this.byIds<CountedRow>(COUNTED_COLUMNS, [...w.removed, ...w.events.map((e) => e.id)])) counts.add(old, -1);
    await this.recordMerges(w.relabel, unixSeconds(now));
    if (w.removed.length) await this.run(`DELETE FROM events WHERE id IN (${marks(w.removed)})`, w.removed);
    const rows = w.events.map((e, i) => eventRow(e, idCnty[i]!, now, w.votes.get(e.id)!));
    rows.forEach((row) => counts.add(row, 1));
    await this.insert('events', EVENT_COLUMNS, rows.map((row) => EVENT_COLUMNS.map((c) => row[c])),
      `ON CONFLICT (id) DO UPDATE SET ${EVENT_UPDATES.map((c) => `${c} = excluded.${c}`).join(', ')}`);
    // rows in one order (CountChanges.rows), so two writers counting the same rows lock them alike
    for (const { table, columns } of COUNTS) {
      const changes = [...counts.rows()].filter((c) => c.table === table);
      await this.insert(table, [...columns, 'n'], changes.map((c) => [...c.values, c.n]), `ON CONFLICT (${columns.join(', ')}) DO UPDATE SET n = ${table}.n + excluded.n`);
      const fallen = changes.filter((c) => c.n < 0);
      if (fallen.length) await this.run(`DELETE FROM ${table} WHERE n = 0 AND (${columns.join(', ')}) IN (${fallen.map((c) => `(${marks(c.values)})`).join(', ')})`, fallen.flatMap((c) => c.values));
    }
    await this.insert('tallies', ['article_id', 'data'], w.tallies.map((t) => [a.id, JSON.stringify(t)]));
  }

  /** Rows into a table in one statement, if there are any. */
  private async insert(table: string, columns: readonly string[], rows: unknown[][], conflict = ''): Promise<void> {
    if (rows.length) await this.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map((r) => `(${marks(r)})`).join(', ')} ${conflict}`, rows.flat());
  }

  /** Columns of the stored events among `ids`. */
  private byIds<Row>(columns: string, ids: string[]): Promise<Row[]> {
    return ids.length ? this.all<Row>(`SELECT ${columns} FROM events WHERE id IN (${marks(ids)})`, ids) : Promise.resolve([]);
  }

  /** A new ACLED-style id: the counter of its prefix, kept in meta as SQLite's is, moved on in one statement. */
  private async nextIdCnty(cc: string | null): Promise<string> {
    const prefix = idPrefix(cc);
    const [row] = await this.all<{ value: string }>(`INSERT INTO meta (key, value) VALUES (?, '1')
      ON CONFLICT (key) DO UPDATE SET value = (CAST(meta.value AS INTEGER) + 1)::text RETURNING value`, [`last_id_cnty:${prefix}`]);
    return `${prefix}${row!.value}`;
  }
}

/** The schema version of a sitrep database, null for one with no tables (in the connection's schema); anything else is refused. */
async function schemaVersionOf(name: string, q: PgQueries): Promise<number | null> {
  const tables = (await q.all<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1')).map((t) => t.name);
  if (tables.length === 0) return null;
  const version = isSitrepSchema(tables) ? (await q.all<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'"))[0]?.value : undefined;
  if (version === undefined) throw foreignDatabase(name, tables);
  return Number(version);
}

const POSTGRES: Dialect = {
  containsAnyCase: (column) => `strpos(lower(${column}), lower(?)) > 0`,
  // as SQLite's: the index holds each report's sentences (a report is never changed, so the index is
  // only added to, however large its event grows), lower-cased by JavaScript as the text asked for is;
  // text reaching over a line break is looked for through every event's sentences
  search: (q) => ({
    where: q.includes('\n') ? "sentences LIKE ? ESCAPE '\\'" : "id IN (SELECT event_id FROM reports WHERE sentences LIKE ? ESCAPE '\\')",
    args: [`%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
  }),
  json: (column, path) => `(${column}::json #>> '{${path.join(',')}}')`,
};

/**
 * How to connect, with a setting for every session (a startup option, beside the URL's own options,
 * which would otherwise replace it). Commands that only read are read-only from the session's start
 * (`default_transaction_read_only`), so no statement of theirs can write. Writers commit without
 * waiting for the write-ahead log to reach the disk (`synchronous_commit = off`, as SQLite's
 * `synchronous = NORMAL`): a crash of the server, never of sitrep, may lose the last fraction of a
 * second of articles, whole, which the next run of the same ingest stores again.
 */
function connection(url: string, options: OpenOptions): pg.ClientConfig {
  const parsed = new URL(url);
  const own = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  const setting = options.readonly ? 'default_transaction_read_only=on' : 'synchronous_commit=off';
  return { connectionString: parsed.toString(), application_name: 'sitrep', options: [own, `-c ${setting}`].filter(Boolean).join(' ') };
}

/** `?` parameters numbered as PostgreSQL's ($1, $2, …); sitrep's SQL has no `?` of its own. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// serialization_failure, deadlock_detected: the transaction is run again
const isTransient = (err: unknown): boolean => ['40001', '40P01'].includes((err as { code?: string }).code ?? '');

/** What connecting or creating the schema failed on, as one line naming the database. */
function refusal(name: string, err: unknown): Error {
  if (err instanceof DatabaseRefused) return err;
  const e = err as { code?: string; message: string };
  switch (e.code) {
    case 'ECONNREFUSED': return new DatabaseRefused(name, 'no PostgreSQL server answers there (connection refused)');
    case 'ENOTFOUND': return new DatabaseRefused(name, 'no such host');
    case 'ENOENT': return new DatabaseRefused(name, 'no PostgreSQL server listens on that socket');
    case '3D000': return new DatabaseRefused(name, `${e.message}: create it first (createdb, or CREATE DATABASE)`);
    case '58P01': return new DatabaseRefused(name, `PostgreSQL lacks the pg_trgm extension sitrep's search needs (Debian: postgresql-contrib): ${e.message}`);
    default: return new DatabaseRefused(name, e.message);
  }
}
