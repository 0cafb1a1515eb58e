// SQLite store: one file, WAL, a busy timeout, a versioned schema, each article in one transaction
// (or, for a CLI ingest, a few articles in one, each in a savepoint of its own: writeGroup).
// Reports (one article's account of an incident) are kept as they were extracted; events are the
// groups of linked reports, materialised as their export JSON plus the columns queries filter on.
// Several processes may write at once: every write takes the write lock before its first read
// (BEGIN IMMEDIATE), so what it read to link reports is still true when it commits. What reads at
// scale need is kept up to date by the same writes: a full-text index of every report's sentences,
// and counts of events by day, country, type and status (and by actor) for the timeline and lists.
// better-sqlite3 is synchronous: the store's promises are settled as soon as they are made, and one
// connection holds one transaction at a time, so a process's transactions take turns.
import { accessSync, constants, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { idPrefix } from '../util/country-codes.js';
import { addVotes, votesOf } from '../model/fold.js';
import { matchKey } from '../model/match-key.js';
import type { ExportEvent, Tally } from '../types.js';
import { ArticleIdTaken, DatabaseRefused, type ArticleWrite, type Candidate, type EventFilter, type EventReader, type OpenOptions, type Outcome, outcomeOf, type Page, type StoreQueries } from './event-store.js';
import { SessionStore } from './session-store.js';
import { ReadThreads, type ReadThread } from './sqlite-read-threads.js';
import {
  CountChanges, COUNTED_COLUMNS, COUNTED_OF_EACH, EVENT_COLUMNS, EVENT_UPDATES, SCHEMA_VERSION, SqlQueries, acledColumns, candidateBlock, chooseIdCnty, clause, derivedColumns, eventRow, foreignDatabase,
  isLongSpan, isSitrepSchema, readableVersion, readerQuery, retrying, searchText, unixSeconds, upgradable, whereOf, wrongVersion, type ColumnSource, type CountedColumns, type CountedRow, type Dialect, type StoredRow,
} from './sql-common.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, title TEXT, outlet TEXT, url TEXT,
  published TEXT NOT NULL, origin TEXT, ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), event_id TEXT NOT NULL,
  country_code TEXT, date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL, long_span INTEGER NOT NULL,
  lat REAL, lon REAL, geo_precision INTEGER NOT NULL, data TEXT NOT NULL, links TEXT NOT NULL, seq INTEGER, match_key TEXT
);
CREATE INDEX IF NOT EXISTS reports_block ON reports (country_code, long_span, date_earliest);
CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, date TEXT NOT NULL, date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, country_code TEXT, status TEXT NOT NULL,
  num_sources INTEGER NOT NULL, actors TEXT NOT NULL, data TEXT NOT NULL,
  lat REAL, lon REAL, sentences TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '{}',
  id_cnty TEXT, updated_at INTEGER, votes TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER, actor1 TEXT, actor2 TEXT, admin1 TEXT, fatalities REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_id_cnty ON events (id_cnty);
CREATE TABLE IF NOT EXISTS tallies (
  rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL
);
`;

// What v6 adds. Lists come ordered by (date, id) and page by it, so the indexes of the filters that
// narrow a list most (country, day, type, status) end in it; type is matched in any case. The search
// index holds each report's lower-cased sentences as trigrams, which answers "contains this text" the
// way the scan it replaces did; its rows are the reports' seq, an explicit number, since VACUUM may
// renumber an implicit rowid. Reports are never changed once stored, so the index is only added to.
// The counts are those of sql-common.ts's COUNTS.
const V6 = `
CREATE INDEX IF NOT EXISTS reports_seq ON reports (seq, event_id);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date, id);
CREATE INDEX IF NOT EXISTS events_by_country ON events (country_code, date, id);
CREATE INDEX IF NOT EXISTS events_by_type ON events (lower(event_type), date, id);
CREATE INDEX IF NOT EXISTS events_by_sub_type ON events (lower(sub_event_type), date, id);
CREATE INDEX IF NOT EXISTS events_by_status ON events (status, date, id);
CREATE VIRTUAL TABLE IF NOT EXISTS reports_text USING fts5(sentences, content='', tokenize='trigram');
CREATE TABLE IF NOT EXISTS event_counts (
  date TEXT NOT NULL, country_code TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, status TEXT NOT NULL,
  n INTEGER NOT NULL, PRIMARY KEY (date, country_code, event_type, sub_event_type, status)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_counts (
  date TEXT NOT NULL, country_code TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, status TEXT NOT NULL, actor TEXT NOT NULL,
  n INTEGER NOT NULL, PRIMARY KEY (date, country_code, event_type, sub_event_type, status, actor)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS day_counts (date TEXT NOT NULL, event_type TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (date, event_type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS total_counts (facet TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (facet, key)) WITHOUT ROWID;
`;

// What v7 adds: where each event merged away went (the change feed and the answer for its old id), and
// the index of the events' last change, which the change feed and the read API's timestamp filter read.
// A record points to the event that holds the merged event's reports now: a later merge moves it on.
const V7 = `
CREATE INDEX IF NOT EXISTS events_by_update ON events (updated_at, id);
CREATE TABLE IF NOT EXISTS merged_events (id TEXT PRIMARY KEY, id_cnty TEXT, into_id TEXT NOT NULL, merged_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS merged_events_by_time ON merged_events (merged_at, id);
CREATE INDEX IF NOT EXISTS merged_events_into ON merged_events (into_id);
`;

// What v8 adds. A list filtered by what no narrower index holds (an actor, a search) walks the events in
// (date, id) order and is counted, and its stats summed, without reading an event's row, whose JSON
// makes it a hundred times wider: the narrow index holds every column a filter or a count reads, and
// replaces the (date, id) index it starts with. A number of sources and a box are counted on indexes
// of their own (the box's ends in (date, id), so its matches are sorted without their rows). The
// counts a filtered timeline sums, whose keys start with the day, get indexes by country and by type
// that hold the columns it groups by, in that order, so they are summed without sorting.
const V8 = `
DROP INDEX IF EXISTS events_by_date;
CREATE INDEX IF NOT EXISTS events_narrow ON events (date, id, event_type, sub_event_type, country_code, status, num_sources, lat, lon, actors);
CREATE INDEX IF NOT EXISTS events_by_sources ON events (num_sources);
CREATE INDEX IF NOT EXISTS events_by_place ON events (lat, lon, date, id);
CREATE INDEX IF NOT EXISTS event_counts_by_country ON event_counts (country_code, date, event_type, n);
CREATE INDEX IF NOT EXISTS event_counts_by_type ON event_counts (lower(event_type), date, event_type, n);
CREATE INDEX IF NOT EXISTS event_counts_by_sub_type ON event_counts (lower(sub_event_type), date, event_type, n);
CREATE INDEX IF NOT EXISTS actor_counts_by_country ON actor_counts (country_code, actor, n);
CREATE INDEX IF NOT EXISTS actor_counts_by_type ON actor_counts (lower(event_type), actor, n);
CREATE INDEX IF NOT EXISTS actor_counts_by_sub_type ON actor_counts (lower(sub_event_type), actor, n);
`;

// What v9 adds: the events' ids with their day, so a search's matches (found by id) are put in (date, id)
// order from this index alone; the id's own index would read each match's row, JSON and all, for its day
const V9 = `
CREATE INDEX IF NOT EXISTS events_by_id_date ON events (id, date);
`;

// What v10 adds: each event's reports with their search rows (seq), in place of the event's index alone,
// so a page of a common word walks the events in (date, id) order and tests each one's search rows
// against the word's matches from this index; seq comes after a report's JSON in its row, which the
// event's own index would have read for each event walked
const V10 = `
DROP INDEX IF EXISTS reports_event;
CREATE INDEX IF NOT EXISTS reports_event_seq ON reports (event_id, seq);
`;

// What v11 adds: the map index, each event's (date, id) and its map summary, from which a map view of
// thousands of events is read without their rows: in a row the summary comes after the event's JSON and
// search text, a few kB a row, mostly on overflow pages that SQLite read through for every marker
// (docs/performance.md, "Schema v11"). SQLite keeps it up to date with every write of the row.
const V11 = `
CREATE INDEX IF NOT EXISTS events_map ON events (date, id, summary);
`;

// v3 → v4: events get their coordinates, lower-cased source sentences and map summary as columns, for
// the map's bounding box, the search box and the map view; all are derived from each event's JSON.
const UPGRADE_3_TO_4 = `
ALTER TABLE events ADD COLUMN lat REAL;
ALTER TABLE events ADD COLUMN lon REAL;
ALTER TABLE events ADD COLUMN sentences TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
UPDATE meta SET value = '4' WHERE key = 'schema_version';
`;

// v4 → v5: events get their ACLED-style id and the Unix second they last changed. Stored events are
// numbered per country in the order their first article was stored; each last changed when the last
// article of its reports was stored.
const UPGRADE_4_TO_5 = `
ALTER TABLE events ADD COLUMN id_cnty TEXT;
ALTER TABLE events ADD COLUMN updated_at INTEGER;
UPDATE events SET updated_at = (SELECT CAST(strftime('%s', max(a.ingested_at)) AS INTEGER) FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = events.id);
`;

// v5 → v6: the search index, the counts, the events' votes, the reports' match keys and the (date, id)
// indexes, which replace v5's (date) and (country, date); every report is read once to fill them
const UPGRADE_5_TO_6 = `
ALTER TABLE reports ADD COLUMN seq INTEGER;
ALTER TABLE reports ADD COLUMN match_key TEXT;
UPDATE reports SET seq = rowid;
ALTER TABLE events ADD COLUMN votes TEXT NOT NULL DEFAULT '{}';
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_country_date;
${V6}
`;

// v6 → v7: events get the second they were first stored (here: when their first article was), and
// the ACLED columns the read API filters by, filled from each event's JSON; merges from before v7 were
// not recorded, so the change feed starts with the upgrade
const UPGRADE_6_TO_7 = `
ALTER TABLE events ADD COLUMN created_at INTEGER;
ALTER TABLE events ADD COLUMN actor1 TEXT;
ALTER TABLE events ADD COLUMN actor2 TEXT;
ALTER TABLE events ADD COLUMN admin1 TEXT;
ALTER TABLE events ADD COLUMN fatalities REAL;
UPDATE events SET created_at = (SELECT CAST(strftime('%s', min(a.ingested_at)) AS INTEGER) FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = events.id);
${V7}
`;

// v7 → v11: indexes only (v10's in place of v9's), built from the rows as they are
const indexUpgrade = (indexes: string, to: number): string => `
${indexes}
UPDATE meta SET value = '${to}' WHERE key = 'schema_version';
`;
const UPGRADE_7_TO_8 = indexUpgrade(V8, 8);
const UPGRADE_8_TO_9 = indexUpgrade(V9, 9);
const UPGRADE_9_TO_10 = indexUpgrade(V10, 10);
const UPGRADE_10_TO_11 = indexUpgrade(V11, 11);

// SQLite's own wait for a lock; past it the whole transaction is tried again after a jittered pause
export const BUSY_TIMEOUT_MS = 5000;
const BUSY_BUDGET_MS = 30_000;

export class SqliteStore extends SessionStore {
  private queries: SqliteQueries;
  /** settles when the transaction (or read) last begun has ended */
  private turn: Promise<unknown> = Promise.resolve();
  /** the threads snapshots read in, when the store was opened with some (a server) */
  private threads: ReadThreads | null = null;

  private constructor(readonly name: string, private db: Database.Database) {
    super();
    this.queries = new SqliteQueries(db);
  }

  /** Opens (for writing: creates or upgrades) the database file at `path`; a file sitrep cannot use is refused in one line. */
  static async open(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
    if (options.readonly && !existsSync(path)) throw new DatabaseRefused(path, 'no such file');
    // SQLite would open a write-protected file for reading and fail only at the first write
    if (!options.readonly && existsSync(path) && !writable(path)) throw new DatabaseRefused(path, READ_ONLY);
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
    } catch (err) {
      throw refusal(path, err);
    }
    const store = new SqliteStore(path, db);
    try {
      // first: everything after it may meet another process's lock
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      if (options.readonly) readableVersion(path, await store.retryBusy(async () => store.schemaVersion()));
      else await store.prepareForWriting();
      if (options.readThreads) store.threads = new ReadThreads(path, options.readThreads, BUSY_TIMEOUT_MS);
    } catch (err) {
      db.close();
      throw refusal(path, err);
    }
    return store;
  }

  private async prepareForWriting(): Promise<void> {
    // another program's database is refused before anything, its journal mode included, is changed
    const seen = await this.retryBusy(async () => this.schemaVersion());
    if (seen !== null && !upgradable(seen) && seen !== SCHEMA_VERSION) throw wrongVersion(this.name, seen);
    await this.retryBusy(async () => this.db.pragma('journal_mode = WAL'));
    this.db.pragma('synchronous = NORMAL');
    if (seen === SCHEMA_VERSION) return;
    // decided again under the write lock: two processes opening a new file at once create it once
    await this.writeTransaction(async () => {
      const version = this.schemaVersion();
      if (version === null) {
        this.db.exec(SCHEMA + V6 + V7 + V8 + V9 + V10 + V11);
        this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
        return;
      }
      if (version === SCHEMA_VERSION) return;
      if (!upgradable(version)) throw wrongVersion(this.name, version);
      if (version === 3) this.upgrade3To4();
      if (version <= 4) this.upgrade4To5();
      if (version <= 5) this.upgrade5To6();
      if (version <= 6) this.upgrade6To7();
      if (version <= 7) this.db.exec(UPGRADE_7_TO_8);
      if (version <= 8) this.db.exec(UPGRADE_8_TO_9);
      if (version <= 9) this.db.exec(UPGRADE_9_TO_10);
      this.db.exec(UPGRADE_10_TO_11);
    });
  }

  /** The schema version of a sitrep database, null for one with no tables; anything else is refused. */
  private schemaVersion(): number | null {
    const tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    if (tables.length === 0) return null;
    const version = isSitrepSchema(tables)
      ? (this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value
      : undefined;
    if (version === undefined) throw foreignDatabase(this.name, tables);
    return Number(version);
  }

  /** Runs `work` once every transaction begun before it has ended: the connection holds one at a time. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  protected session<T>(use: (q: StoreQueries) => Promise<T>): Promise<T> {
    return this.inTurn(() => use(this.queries));
  }

  writeTransaction<T>(write: (tx: StoreQueries) => Promise<T>): Promise<T> {
    return this.inTurn(() => this.retryBusy(() => this.transaction('BEGIN IMMEDIATE', write)));
  }

  async writeGroup<T>(writes: Array<(tx: StoreQueries) => Promise<T>>): Promise<Array<Outcome<T>>> {
    try {
      return await this.writeTransaction(async (tx) => {
        const outcomes: Array<Outcome<T>> = [];
        for (const write of writes) {
          this.db.exec('SAVEPOINT item');
          try {
            outcomes.push({ value: await write(tx) });
            this.db.exec('RELEASE item');
          } catch (err) {
            // busy: the whole group is tried again; no transaction left: SQLite undid all of it (a full disk, say)
            if (isBusy(err) || !this.db.inTransaction) throw err;
            this.db.exec('ROLLBACK TO item; RELEASE item');
            outcomes.push({ error: err });
          }
        }
        return outcomes;
      });
    } catch {
      // what undid the whole group is met again by the write that caused it, in a transaction of its own
      const outcomes: Array<Outcome<T>> = [];
      for (const write of writes) outcomes.push(await outcomeOf(this.writeTransaction(write)));
      return outcomes;
    }
  }

  snapshot<T>(read: (tx: StoreQueries) => Promise<T>): Promise<T> {
    // in WAL mode a read transaction sees the database as of its first read, whatever commits meanwhile
    const threads = this.threads;
    if (threads) return this.retryBusy(() => threads.snapshot((thread) => new ThreadQueries(thread), read));
    return this.inTurn(() => this.retryBusy(() => this.transaction('BEGIN', read)));
  }

  private async transaction<T>(begin: string, run: (tx: StoreQueries) => Promise<T>): Promise<T> {
    this.db.exec(begin);
    try {
      const result = await run(this.queries);
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /** Runs `run` again while the database stays busy past SQLite's own wait, up to the budget. */
  private retryBusy<T>(run: () => Promise<T>): Promise<T> {
    return retrying(this.name, run, isBusy, BUSY_BUDGET_MS);
  }

  /** Visits the columns of every event's row, in chunks: a statement cannot write while another one is still reading. */
  private eachEvent<Row>(columns: string, visit: (row: Row) => void): void {
    const chunk = this.db.prepare(`SELECT rowid, ${columns} FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000`);
    for (let rows = chunk.all(0) as Array<Row & { rowid: number }>; rows.length; rows = chunk.all(rows[rows.length - 1]!.rowid) as typeof rows) rows.forEach(visit);
  }

  private upgrade3To4(): void {
    this.db.exec(UPGRADE_3_TO_4);
    const update = this.db.prepare('UPDATE events SET lat = ?, lon = ?, sentences = ?, summary = ? WHERE id = ?');
    this.eachEvent<{ data: string }>('data', (row) => {
      const e = JSON.parse(row.data) as ExportEvent;
      const c = derivedColumns(e);
      update.run(c.lat, c.lon, c.sentences, c.summary, e.id);
    });
  }

  private upgrade4To5(): void {
    this.db.exec(UPGRADE_4_TO_5);
    const order = this.db.prepare(`SELECT e.id, e.country_code FROM events e JOIN reports r ON r.event_id = e.id JOIN articles a ON a.id = r.article_id
      GROUP BY e.id ORDER BY min(a.rowid), e.id`).all() as Array<{ id: string; country_code: string | null }>;
    const number = this.db.prepare('UPDATE events SET id_cnty = ? WHERE id = ?');
    for (const e of order) number.run(this.queries.nextIdCnty(e.country_code), e.id);
    this.db.exec("CREATE UNIQUE INDEX events_id_cnty ON events (id_cnty); UPDATE meta SET value = '5' WHERE key = 'schema_version';");
  }

  private upgrade5To6(): void {
    this.db.exec(UPGRADE_5_TO_6);
    const reportsOf = this.db.prepare('SELECT seq, data FROM reports WHERE event_id = ?');
    const index = this.db.prepare('INSERT INTO reports_text (rowid, sentences) VALUES (?, ?)');
    const setKey = this.db.prepare('UPDATE reports SET match_key = ? WHERE seq = ?');
    const setVotes = this.db.prepare('UPDATE events SET votes = ? WHERE id = ?');
    const counts = new CountChanges();
    this.eachEvent<CountedRow & { id: string }>(`id, ${COUNTED_COLUMNS}`, (row) => {
      const reports = (reportsOf.all(row.id) as Array<{ seq: number; data: string }>).map((r) => ({ seq: r.seq, report: JSON.parse(r.data) as ExportEvent }));
      for (const r of reports) {
        index.run(r.seq, searchText(r.report));
        setKey.run(matchKey(r.report), r.seq);
      }
      if (reports.length) setVotes.run(JSON.stringify(reports.map((r) => votesOf(r.report)).reduce(addVotes)), row.id);
      counts.add(row, 1);
    });
    this.queries.writeCounts(counts);
    this.db.prepare("UPDATE meta SET value = '6' WHERE key = 'schema_version'").run();
  }

  private upgrade6To7(): void {
    this.db.exec(UPGRADE_6_TO_7);
    const update = this.db.prepare('UPDATE events SET actor1 = @actor1, actor2 = @actor2, admin1 = @admin1, fatalities = @fatalities WHERE rowid = @rowid');
    this.eachEvent<{ rowid: number; data: string }>('data', (row) => update.run({ rowid: row.rowid, ...acledColumns(JSON.parse(row.data) as ExportEvent) }));
    this.db.prepare("UPDATE meta SET value = '7' WHERE key = 'schema_version'").run();
  }

  async reader(): Promise<EventReader> {
    // a connection of its own: its read transaction stays open while this one reads and writes in between
    const db = new Database(this.name, { readonly: true, fileMustExist: true });
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.exec('BEGIN');
      db.prepare('SELECT 1 FROM meta').get(); // the snapshot is taken at the first read
    } catch (err) {
      db.close();
      throw err;
    }
    const queries = new SqliteQueries(db);
    // a connection cannot close while a query of it is being read: closing first ends those left midway
    const reading = new Set<IterableIterator<unknown>>();
    const rowsOf = <R>(rows: IterableIterator<R>): IterableIterator<R> => (reading.add(rows), rows);
    // generators: a query starts at the first batch asked for
    return {
      events: async function* (filter, size, slice) {
        const { sql, args } = readerQuery(filter, SQLITE, slice);
        const rows = rowsOf(db.prepare(sql).iterate(...args) as IterableIterator<StoredRow>);
        for (const batch of batches(rows, size)) yield await queries.storedOf(batch);
      },
      tallies: async function* (size) {
        for (const batch of batches(rowsOf(db.prepare('SELECT data FROM tallies ORDER BY rowid').pluck().iterate() as IterableIterator<string>), size)) yield batch.map((json) => JSON.parse(json) as Tally);
      },
      close: async () => {
        for (const rows of reading) rows.return?.();
        db.close();
      },
    };
  }

  async close(): Promise<void> {
    // a transaction under way ends first: its statements must not meet a closed connection
    await this.turn;
    await this.threads?.close();
    this.db.close();
  }
}

/** What SQLite's reads add to the shared ones: its dialect and its pages. */
abstract class SqliteReads extends SqlQueries {
  protected readonly dialect = SQLITE;

  protected async page<Row>(columns: string, filter: EventFilter, page?: Page, from: ColumnSource = 'row'): Promise<Row[]> {
    if (page && filter.q && walkable(filter) && (await this.isCommon(filter.q))) return this.walkedPage<Row>(columns, filter, page, from);
    const { sql, args } = pageQuery(columns, filter, page, from);
    return this.all<Row>(sql, args);
  }

  /** Whether a word is in so many reports that a page finds its matches sooner by walking the events in order. */
  private async isCommon(q: string): Promise<boolean> {
    const [row] = await this.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT rowid FROM reports_text WHERE reports_text MATCH ? LIMIT ${COMMON_MATCHES})`, [phrase(q)]);
    return row!.n >= COMMON_MATCHES;
  }

  /**
   * A page of a common word: up to WALK events from the page's start, in (date, id) order (of those of its
   * country, type, status and days, when it names them), each kept if one of its reports is among the
   * word's matches; the page is the same as pageQuery's, since both keep the same events in the same order. A word common in all but the first events walked (a new name)
   * would walk far for few matches: past WALK events, the rest of the page is pageQuery's from there.
   */
  private walkedPage<Row>(columns: string, filter: EventFilter, page: Page, from: ColumnSource): Promise<Row[]> {
    return this.walkThenSort<Row>(walkQuery(columns, filter, page, 'oldest first', from), Math.floor(page.limit), (last, left) => pageQuery(columns, filter, { limit: left, after: last }, from));
  }

  /** A walk's matches, and when WALK events gave fewer than `limit`, the `left` that `rest` sorts from beyond the last event walked. */
  private async walkThenSort<Row>(walk: WalkQuery, limit: number, rest: (last: { date: string; id: string }, left: number) => { sql: string; args: unknown[] }): Promise<Row[]> {
    const found = await this.all<Row>(walk.sql, walk.args);
    if (found.length >= limit) return found;
    const [last] = await this.all<{ date: string; id: string }>(walk.lastWalked.sql, walk.lastWalked.args);
    if (!last) return found; // every event after the page's start was walked
    const more = rest(last, limit - found.length);
    return [...found, ...(await this.all<Row>(more.sql, more.args))];
  }

  /**
   * A search's count up to `limit`, driven by the search index: its matching rows, each report's event,
   * each event tested by the rest of the filter, until `limit` events are found. Written so, SQLite
   * cannot choose what it does for `id IN (…)`: read every match into a list before counting one.
   */
  protected countUpTo(filter: EventFilter, limit: number): Promise<number> {
    if (!filter.q || !indexedSearch(filter.q)) return super.countUpTo(filter, limit);
    const { where, args } = whereOf({ ...filter, q: undefined }, SQLITE);
    const matches = 'SELECT r.event_id FROM reports_text JOIN reports r ON r.seq = reports_text.rowid WHERE reports_text MATCH ?';
    const events = where.length ? `(${matches}) AS m CROSS JOIN events ON events.id = m.event_id ${clause(where)}` : `(${matches}) AS m`;
    return this.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT DISTINCT m.event_id FROM ${events} LIMIT ${limit})`, [phrase(filter.q), ...args]).then(([row]) => row!.n);
  }

  /**
   * A search's newest `n` matches, as a page finds its first ones: a common word's by walking up to WALK
   * events newest first, each tested against the word's matching rows, and past WALK events the rest
   * from the sorted query, from the last event walked down; a rarer word's from the sorted query alone.
   */
  protected async newest(filter: EventFilter, n: number): Promise<CountedColumns[]> {
    if (!walkable(filter) || !(await this.isCommon(filter.q!))) return super.newest(filter, n);
    return this.walkThenSort<CountedColumns>(walkQuery(COUNTED_OF_EACH, filter, { limit: n }, 'newest first'), Math.floor(n), (last, left) => {
      const { where, args } = whereOf(filter, SQLITE);
      where.push('(date, id) < (?, ?)');
      return { sql: `SELECT ${COUNTED_OF_EACH} FROM events ${clause(where)} ORDER BY date DESC, id DESC LIMIT ${left}`, args: [...args, last.date, last.id] };
    });
  }
}

// a word in this many reports or more is common: its matches, looked up and sorted, would take longer than
// walking the events in order (docs/performance.md, "Schema v10"); counting up to it reads the search
// index alone, ~1 ms
export const COMMON_MATCHES = 5000;
// the most events a page of a common word walks before it sorts the matches after them (~1 µs an event)
export const WALK = 20_000;

/**
 * How the columns of a page's events are read once the page is chosen, by its keys `k` (rowid), `kd` and
 * `ki` (date, id): from each event's row, or (MAP_COLUMNS) from the map index, found by (date, id), so
 * that a map view of thousands of events reads no row: SQLite, left to choose, would look each one up
 * by its id in the row.
 */
const JOIN_OF: Record<ColumnSource, string> = {
  row: 'JOIN events ON events.rowid = k',
  'map index': 'JOIN events INDEXED BY events_map ON events.date = kd AND events.id = ki',
};

/** The query of a page of events (all of them without a page): `columns` of those a filter keeps, in (date, id) order. */
export function pageQuery(columns: string, filter: EventFilter, page?: Page, from: ColumnSource = 'row'): { sql: string; args: unknown[] } {
  const { where, args } = whereOf(filter, SQLITE);
  if (page?.after) { where.push('(date, id) > (?, ?)'); args.push(page.after.date, page.after.id); }
  // a page is chosen before its columns are read: sorting thousands of matches (a search) then costs no JSON
  const sql = page
    ? `SELECT ${columns} FROM (SELECT rowid AS k, date AS kd, id AS ki FROM events${searchOrder(filter)} ${clause(where)} ORDER BY date, id LIMIT ${Math.floor(page.limit)}) ${JOIN_OF[from]} ORDER BY date, id`
    : `SELECT ${columns} FROM events ${clause(where)} ORDER BY date, id`;
  return { sql, args };
}

interface WalkQuery {
  sql: string;
  args: unknown[];
  lastWalked: { sql: string; args: unknown[] };
}

/**
 * The queries of a walked page of a search (walkable): the page among the first WALK events from its
 * start, in (date, id) order or newest first (a page's `after` is then where it goes down from), and the
 * last of those events. An event is tested by its reports' search rows
 * (the (event_id, seq) index) against the word's matching rows, which SQLite reads from the search index
 * once and keeps in memory (`+seq` makes it test membership, not look each match up in the index).
 */
export function walkQuery(columns: string, filter: EventFilter, page: Page, order: 'oldest first' | 'newest first' = 'oldest first', from: ColumnSource = 'row'): WalkQuery {
  const { where, args } = whereOf({ ...filter, q: undefined }, SQLITE);
  const [after, sort] = order === 'oldest first' ? ['>', 'date, id'] : ['<', 'date DESC, id DESC'];
  if (page.after) { where.push(`(date, id) ${after} (?, ?)`); args.push(page.after.date, page.after.id); }
  // a country, type or status is walked on its own index, which ends in (date, id); the rest on the narrow one
  const narrowed = filter.country || filter.type || filter.status;
  const walked = `SELECT rowid AS k, date, id FROM events${narrowed ? '' : ' INDEXED BY events_narrow'} ${clause(where)} ORDER BY ${sort}`;
  const matches = 'EXISTS (SELECT 1 FROM reports r INDEXED BY reports_event_seq WHERE r.event_id = w.id AND +r.seq IN (SELECT rowid FROM reports_text WHERE reports_text MATCH ?))';
  return {
    sql: `SELECT ${columns} FROM (SELECT k, date AS kd, id AS ki FROM (${walked} LIMIT ${WALK}) AS w WHERE ${matches} ORDER BY ${sort} LIMIT ${Math.floor(page.limit)}) ${JOIN_OF[from]} ORDER BY ${sort}`,
    args: [...args, phrase(filter.q!)],
    lastWalked: { sql: `SELECT date, id FROM (${walked} LIMIT 1 OFFSET ${WALK - 1})`, args },
  };
}

/** Reads on a read thread's connection (a snapshot of a server's): nothing is written there. */
class ThreadQueries extends SqliteReads {
  constructor(private thread: ReadThread) {
    super();
  }

  all<T>(sql: string, args: unknown[] = []): Promise<T[]> {
    return this.thread.query<T>(sql, args);
  }

  async run(sql: string, args: unknown[] = []): Promise<void> {
    await this.thread.query(sql, args);
  }

  saveArticle(): Promise<void> {
    return Promise.reject(new Error('a snapshot only reads'));
  }

  reportsBetween(): Promise<Candidate[]> {
    return Promise.reject(new Error('a snapshot only reads'));
  }
}

/** The store's reads and writes on one connection; better-sqlite3 answers each at once. */
class SqliteQueries extends SqliteReads {
  private statements = new Map<string, Database.Statement>();

  constructor(private db: Database.Database) {
    super();
  }

  /** Statements are compiled once per store: ingest runs the same few thousands of times. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  async all<T>(sql: string, args: unknown[] = []): Promise<T[]> {
    return this.sql(sql).all(...args) as T[];
  }

  async run(sql: string, args: unknown[] = []): Promise<void> {
    this.sql(sql).run(...args);
  }

  /**
   * A new ACLED-style id for an event in a country. The last number of each prefix is kept in meta, not
   * read from the events, so the id of an event merged away is never given to another.
   */
  nextIdCnty(cc: string | null): string {
    const prefix = idPrefix(cc);
    const key = `last_id_cnty:${prefix}`;
    const next = Number((this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? 0) + 1;
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, String(next));
    return `${prefix}${next}`;
  }

  private idCntyFor(e: ExportEvent, absorbed: string[]): Promise<string> {
    const of = (id: string) => (this.sql('SELECT id_cnty FROM events WHERE id = ?').get(id) as { id_cnty: string | null } | undefined)?.id_cnty ?? null;
    return chooseIdCnty(of(e.id), absorbed.map(of), async () => this.nextIdCnty(e.location.country_code));
  }

  async saveArticle(w: ArticleWrite): Promise<void> {
    const upsertEvent = this.sql(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})
      ON CONFLICT(id) DO UPDATE SET ${EVENT_UPDATES.map((c) => `${c}=excluded.${c}`).join(', ')}`);
    const addReport = this.sql('INSERT INTO reports (id, article_id, event_id, country_code, date_earliest, date_latest, long_span, lat, lon, geo_precision, data, links, seq, match_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const index = this.sql('INSERT INTO reports_text (rowid, sentences) VALUES (?, ?)');
    const relabel = this.sql('UPDATE reports SET event_id = ? WHERE event_id = ?');
    const countedRow = this.sql(`SELECT ${COUNTED_COLUMNS} FROM events WHERE id = ?`);
    const removeEvent = this.sql('DELETE FROM events WHERE id = ?');
    const addTally = this.sql('INSERT INTO tallies (article_id, data) VALUES (?, ?)');
    const a = w.article;
    if (this.sql('SELECT 1 FROM articles WHERE id = ?').get(a.id)) throw new ArticleIdTaken(a.id);
    const now = new Date();
    this.sql('INSERT INTO articles (id, hash, title, outlet, url, published, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.hash, a.title, a.outlet, a.url, a.published, a.origin, now.toISOString());
    // read before the events merged away are removed: a survivor may take its id from one of them
    const idCnty = await Promise.all(w.events.map((e) => this.idCntyFor(e, [...w.relabel].filter(([, into]) => into === e.id).map(([old]) => old))));
    let seq = (this.sql('SELECT max(seq) AS seq FROM reports').get() as { seq: number | null }).seq ?? 0;
    for (const r of w.reports) {
      const e = r.report;
      addReport.run(e.id, a.id, r.eventId, e.location.country_code, e.date_earliest, e.date_latest, isLongSpan(e) ? 1 : 0, e.location.lat, e.location.lon, e.location.geo_precision, JSON.stringify(e), JSON.stringify(r.links), ++seq, matchKey(e));
      index.run(seq, searchText(e));
    }
    for (const [oldId, newId] of w.relabel) relabel.run(newId, oldId);
    // the counts lose what the rows were and gain what they become
    const counts = new CountChanges();
    for (const id of [...w.removed, ...w.events.map((e) => e.id)]) {
      const old = countedRow.get(id) as CountedRow | undefined;
      if (old) counts.add(old, -1);
    }
    await this.recordMerges(w.relabel, unixSeconds(now));
    for (const id of w.removed) removeEvent.run(id);
    w.events.forEach((e, i) => {
      const row = eventRow(e, idCnty[i]!, now, w.votes.get(e.id)!);
      upsertEvent.run(row);
      counts.add(row, 1);
    });
    this.writeCounts(counts);
    for (const t of w.tallies) addTally.run(a.id, JSON.stringify(t));
  }

  writeCounts(counts: CountChanges): void {
    for (const { table, columns, values, n } of counts.rows()) {
      this.sql(`INSERT INTO ${table} (${columns.join(', ')}, n) VALUES (${columns.map(() => '?').join(', ')}, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n`).run(...values, n);
      if (n < 0) this.sql(`DELETE FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND n = 0`).run(...values);
    }
  }

  async reportsBetween(earliest: string, latest: string, country: string | null, near?: { lat: number; lon: number; km: number }): Promise<Candidate[]> {
    // blocked by country, by start day (short spans and the rare long ones apart), and for a precise
    // place by a box around it (country-level reports are always candidates)
    const block = candidateBlock(earliest, near);
    const box = block.box ? ' AND (geo_precision = 3 OR (lat BETWEEN @s AND @n AND lon BETWEEN @w AND @e))' : '';
    const args = { cc: country, latest, earliest, ...(block.box ?? {}) };
    // a report's JSON is read only when the caller needs it: most candidates belong to an event already
    // linked, or are alike (match key) to one that did not match
    const stmt = this.sql(`SELECT rowid, event_id, match_key FROM reports WHERE country_code IS @cc AND long_span = @long AND date_earliest BETWEEN @from AND @latest AND date_latest >= @earliest${box}`);
    const data = this.sql('SELECT data FROM reports WHERE rowid = ?');
    const rows = [
      ...(stmt.all({ ...args, long: 0, from: block.fromShort }) as Array<{ rowid: number; event_id: string; match_key: string }>),
      ...(stmt.all({ ...args, long: 1, from: block.fromLong }) as Array<{ rowid: number; event_id: string; match_key: string }>),
    ];
    return rows.map((row) => ({ eventId: row.event_id, matchKey: row.match_key, report: async () => JSON.parse((data.get(row.rowid) as { data: string }).data) as ExportEvent }));
  }
}

// the index finds text of three characters or more within one sentence; shorter text, or text
// reaching over a line break, is looked for as before, through every event's sentences
const indexedSearch = (q: string): boolean => [...q].length >= 3 && !q.includes('\n');

/**
 * A search a page can walk in (date, id) order: alone, or with days, a country, a type or a status, whose
 * indexes give their events in that order. An actor, a number of sources, a box or a column would be
 * tested on every event walked, from the narrow index or the row, however few of them pass.
 */
const walkable = (filter: EventFilter): boolean =>
  !!filter.q && indexedSearch(filter.q) && !(filter.minSources || filter.actor || filter.bbox || filter.columns?.length);

/**
 * The index a page of a search, alone or within days, is ordered from: the (id, date) index holds all
 * it reads of each match. SQLite, left to choose, takes the id's own index and reads every match's row
 * for its day: 4× slower for a word a third of the events hold (docs/performance.md, "Schema v9"). A
 * country, type or status narrows it to their own indexes (read as whereOf reads a filter: what it
 * leaves out of the WHERE narrows nothing).
 */
const searchOrder = (filter: EventFilter): string =>
  walkable(filter) && !(filter.country || filter.type || filter.status) ? ' INDEXED BY events_by_id_date' : '';

/** Text as one phrase of the search index's query language: the text itself, quotes doubled. */
const phrase = (q: string): string => `"${q.replace(/"/g, '""')}"`;

const SQLITE: Dialect = {
  containsAnyCase: (column) => `instr(lower(${column}), lower(?)) > 0`,
  json: (column, path) => `json_extract(${column}, '$.${path.join('.')}')`,
  search: (q) =>
    indexedSearch(q)
      ? { where: 'id IN (SELECT r.event_id FROM reports_text JOIN reports r ON r.seq = reports_text.rowid WHERE reports_text MATCH ?)', args: [phrase(q)] }
      : { where: 'instr(sentences, lower(?)) > 0', args: [q] },
};

const READ_ONLY = 'is read-only: it can be read (events, export, show, tally, serve without a token) but not written';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// SQLite's code, on better-sqlite3's errors and on those a read thread sends back
const isBusy = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/** What an open failed on, as one line naming the file. */
function refusal(path: string, err: unknown): Error {
  if (!(err instanceof Database.SqliteError)) return err as Error;
  switch (err.code) {
    case 'SQLITE_NOTADB': return new DatabaseRefused(path, 'is not a SQLite database');
    case 'SQLITE_READONLY_DIRECTORY': return new DatabaseRefused(path, 'its folder is read-only, and SQLite must create its -shm and -wal files beside it: copy it to a writable folder');
    case 'SQLITE_READONLY_ROLLBACK': return new DatabaseRefused(path, 'was left mid-write by a process that was stopped: any `sitrep ingest` into it rolls that back');
    default: return err.code.startsWith('SQLITE_READONLY') ? new DatabaseRefused(path, READ_ONLY) : err;
  }
}

function* batches<R>(rows: Iterable<R>, size: number): Generator<R[]> {
  let batch: R[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
