// SQLite store: one file, WAL, a busy timeout, a versioned schema, each article in one transaction.
// Reports (one article's account of an incident) are kept as they were extracted; events are the
// groups of linked reports, materialised as their export JSON plus the columns queries filter on.
// Several processes may write at once: every write takes the write lock before its first read
// (BEGIN IMMEDIATE), so what it read to link reports is still true when it commits. What reads at
// scale need is kept up to date by the same writes: a full-text index of every report's sentences,
// and counts of events by day, country, type and status (and by actor) for the timeline and lists.
import { accessSync, constants, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { idPrefix } from '../export/acled.js';
import { toSummary, type EventSummary } from '../export/to-summary.js';
import { addVotes, matchKey, votesOf, type Votes } from '../merge/across-articles.js';
import type { ExportEvent, Tally } from '../types.js';
import { ArticleIdTaken, DatabaseRefused, type ArticleWrite, type Candidate, type EventCounts, type EventFilter, type EventReader, type EventStore, type Page, type PartyScope, type Report, type StoredEvent } from './event-store.js';

const SCHEMA_VERSION = 6;
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
  id_cnty TEXT, updated_at INTEGER, votes TEXT NOT NULL DEFAULT '{}'
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
// The counts stand for the events' rows, at three grains: by everything a count can be filtered by
// (day, country, type, status; no country is ''), by day and type alone, and in all (by country, by
// actor); a row whose count falls to 0 is deleted.
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

// How far back a report's span can start and still overlap a window: longer spans ("last month") are rare.
const MAX_SPAN_DAYS = 45;
const SHORT_SPAN_DAYS = 3;

// SQLite's own wait for a lock; past it the whole transaction is tried again after a jittered pause, so
// writers that collided do not wake together, until the budget is spent
export const BUSY_TIMEOUT_MS = 5000;
const BUSY_BUDGET_MS = 30_000;

export interface OpenOptions {
  /** for commands that only read: the file must exist and be sitrep's, and is never created or changed */
  readonly?: boolean;
}

export class SqliteStore implements EventStore {
  private db: Database.Database;
  private statements = new Map<string, Database.Statement>();

  /** Statements are compiled once per store: ingest runs the same few thousands of times. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  constructor(readonly path: string, options: OpenOptions = {}) {
    if (options.readonly && !existsSync(path)) throw new DatabaseRefused(path, 'no such file');
    // SQLite would open a write-protected file for reading and fail only at the first write
    if (!options.readonly && existsSync(path) && !writable(path)) throw new DatabaseRefused(path, READ_ONLY);
    this.db = new Database(path, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
    try {
      // first: everything after it may meet another process's lock
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      if (options.readonly) this.checkReadable();
      else this.prepareForWriting();
    } catch (err) {
      this.db.close();
      throw refusal(path, err);
    }
  }

  private checkReadable(): void {
    const version = this.retryBusy(() => this.schemaVersion());
    if (version === null) throw new DatabaseRefused(this.path, 'is not a sitrep database (it holds no tables)');
    if (upgradable(version)) throw new DatabaseRefused(this.path, `database schema v${version} is older than this sitrep's (v${SCHEMA_VERSION}): any \`sitrep ingest\` into it upgrades it`);
    if (version !== SCHEMA_VERSION) throw wrongVersion(this.path, version);
  }

  private prepareForWriting(): void {
    // another program's database is refused before anything, its journal mode included, is changed
    const seen = this.retryBusy(() => this.schemaVersion());
    if (seen !== null && !upgradable(seen) && seen !== SCHEMA_VERSION) throw wrongVersion(this.path, seen);
    this.retryBusy(() => this.db.pragma('journal_mode = WAL'));
    this.db.pragma('synchronous = NORMAL');
    if (seen === SCHEMA_VERSION) return;
    // decided again under the write lock: two processes opening a new file at once create it once
    this.writeTransaction(() => {
      const version = this.schemaVersion();
      if (version === null) {
        this.db.exec(SCHEMA + V6);
        this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
        return;
      }
      if (version === SCHEMA_VERSION) return;
      if (!upgradable(version)) throw wrongVersion(this.path, version);
      if (version === 3) this.upgrade3To4();
      if (version <= 4) this.upgrade4To5();
      this.upgrade5To6();
    });
  }

  /** The schema version of a sitrep database, null for one with no tables; anything else is refused. */
  private schemaVersion(): number | null {
    const tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    if (tables.length === 0) return null;
    const version = ['meta', 'articles', 'events'].every((t) => tables.includes(t))
      ? (this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value
      : undefined;
    if (version === undefined) {
      const listed = tables.length > 5 ? `${tables.slice(0, 5).join(', ')}, ...` : tables.join(', ');
      throw new DatabaseRefused(this.path, `is not a sitrep database (it holds ${listed}, not sitrep's tables): left unchanged`);
    }
    return Number(version);
  }

  writeTransaction<T>(write: () => T): T {
    if (this.db.inTransaction) return write();
    return this.retryBusy(() => this.db.transaction(write).immediate());
  }

  /** Runs `run` again while the database stays busy past SQLite's own wait, up to the budget. */
  private retryBusy<T>(run: () => T): T {
    const deadline = Date.now() + BUSY_BUDGET_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return run();
      } catch (err) {
        if (!isBusy(err)) throw err;
        const left = deadline - Date.now();
        if (left <= 0) throw new DatabaseRefused(this.path, `another process kept the database locked for more than ${BUSY_BUDGET_MS / 1000} s`);
        pause(Math.min(left, Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random() / 2)));
      }
    }
  }

  private upgrade3To4(): void {
    this.db.exec(UPGRADE_3_TO_4);
    const update = this.db.prepare('UPDATE events SET lat = ?, lon = ?, sentences = ?, summary = ? WHERE id = ?');
    // in chunks: a statement cannot write while another one is still reading
    const chunk = this.db.prepare('SELECT rowid, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let rows = chunk.all(0) as Array<{ rowid: number; data: string }>; rows.length; rows = chunk.all(rows[rows.length - 1]!.rowid) as typeof rows) {
      for (const row of rows) {
        const e = JSON.parse(row.data) as ExportEvent;
        const c = derivedColumns(e);
        update.run(c.lat, c.lon, c.sentences, c.summary, e.id);
      }
    }
  }

  private upgrade4To5(): void {
    this.db.exec(UPGRADE_4_TO_5);
    const order = this.db.prepare(`SELECT e.id, e.country_code FROM events e JOIN reports r ON r.event_id = e.id JOIN articles a ON a.id = r.article_id
      GROUP BY e.id ORDER BY min(a.rowid), e.id`).all() as Array<{ id: string; country_code: string | null }>;
    const number = this.db.prepare('UPDATE events SET id_cnty = ? WHERE id = ?');
    for (const e of order) number.run(this.nextIdCnty(e.country_code), e.id);
    this.db.exec("CREATE UNIQUE INDEX events_id_cnty ON events (id_cnty); UPDATE meta SET value = '5' WHERE key = 'schema_version';");
  }

  private upgrade5To6(): void {
    this.db.exec(UPGRADE_5_TO_6);
    const reportsOf = this.db.prepare('SELECT seq, data FROM reports WHERE event_id = ?');
    const index = this.db.prepare('INSERT INTO reports_text (rowid, sentences) VALUES (?, ?)');
    const setKey = this.db.prepare('UPDATE reports SET match_key = ? WHERE seq = ?');
    const setVotes = this.db.prepare('UPDATE events SET votes = ? WHERE id = ?');
    const counts = new Counts((text) => this.sql(text));
    const chunk = this.db.prepare('SELECT rowid, id, date, country_code, event_type, sub_event_type, status, actors FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let rows = chunk.all(0) as Array<CountedRow & { rowid: number; id: string }>; rows.length; rows = chunk.all(rows[rows.length - 1]!.rowid) as typeof rows) {
      for (const row of rows) {
        const reports = (reportsOf.all(row.id) as Array<{ seq: number; data: string }>).map((r) => ({ seq: r.seq, report: JSON.parse(r.data) as ExportEvent }));
        for (const r of reports) {
          index.run(r.seq, searchText(r.report));
          setKey.run(matchKey(r.report), r.seq);
        }
        if (reports.length) setVotes.run(JSON.stringify(reports.map((r) => votesOf(r.report)).reduce(addVotes)), row.id);
        counts.add(row, 1);
      }
    }
    counts.write();
    this.db.prepare("UPDATE meta SET value = '6' WHERE key = 'schema_version'").run();
  }

  /**
   * A new ACLED-style id for an event in a country. The last number of each prefix is kept in meta, not
   * read from the events, so the id of an event merged away is never given to another.
   */
  private nextIdCnty(cc: string | null): string {
    const prefix = idPrefix(cc);
    const key = `last_id_cnty:${prefix}`;
    const next = Number((this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? 0) + 1;
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, String(next));
    return `${prefix}${next}`;
  }

  /**
   * The ACLED-style id of an event being stored: its own if it is stored already; else, when it absorbs
   * stored events (its id is a new report's), the oldest of theirs, so a merge keeps the id analysts
   * saw first; else a new one.
   */
  private idCntyFor(e: ExportEvent, absorbed: string[]): string {
    const of = (id: string) => (this.sql('SELECT id_cnty FROM events WHERE id = ?').get(id) as { id_cnty: string | null } | undefined)?.id_cnty ?? null;
    const number = (idCnty: string) => Number(idCnty.replace(/^\D+/, ''));
    const inherited = absorbed.map(of).filter((x): x is string => x !== null).sort((a, b) => number(a) - number(b));
    return of(e.id) ?? inherited[0] ?? this.nextIdCnty(e.location.country_code);
  }

  hasArticle(hash: string): boolean {
    return !!this.sql('SELECT 1 FROM articles WHERE hash = ?').get(hash);
  }

  saveArticle(w: ArticleWrite): void {
    const upsertEvent = this.sql(`INSERT INTO events (id, date, date_earliest, date_latest, event_type, sub_event_type, country_code, status, num_sources, actors, data, lat, lon, sentences, summary, id_cnty, updated_at, votes)
      VALUES (@id, @date, @date_earliest, @date_latest, @event_type, @sub_event_type, @country_code, @status, @num_sources, @actors, @data, @lat, @lon, @sentences, @summary, @id_cnty, @updated_at, @votes)
      ON CONFLICT(id) DO UPDATE SET date=excluded.date, date_earliest=excluded.date_earliest, date_latest=excluded.date_latest,
        event_type=excluded.event_type, sub_event_type=excluded.sub_event_type, country_code=excluded.country_code, status=excluded.status,
        num_sources=excluded.num_sources, actors=excluded.actors, data=excluded.data, lat=excluded.lat, lon=excluded.lon, sentences=excluded.sentences, summary=excluded.summary,
        id_cnty=excluded.id_cnty, updated_at=excluded.updated_at, votes=excluded.votes`);
    const addReport = this.sql('INSERT INTO reports (id, article_id, event_id, country_code, date_earliest, date_latest, long_span, lat, lon, geo_precision, data, links, seq, match_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const index = this.sql('INSERT INTO reports_text (rowid, sentences) VALUES (?, ?)');
    const relabel = this.sql('UPDATE reports SET event_id = ? WHERE event_id = ?');
    const counted = this.sql('SELECT date, country_code, event_type, sub_event_type, status, actors FROM events WHERE id = ?');
    const removeEvent = this.sql('DELETE FROM events WHERE id = ?');
    const addTally = this.sql('INSERT INTO tallies (article_id, data) VALUES (?, ?)');
    this.writeTransaction(() => {
      const a = w.article;
      if (this.sql('SELECT 1 FROM articles WHERE id = ?').get(a.id)) throw new ArticleIdTaken(a.id);
      const now = new Date();
      this.sql('INSERT INTO articles (id, hash, title, outlet, url, published, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(a.id, a.hash, a.title, a.outlet, a.url, a.published, a.origin, now.toISOString());
      // read before the events merged away are removed: a survivor may take its id from one of them
      const idCnty = w.events.map((e) => this.idCntyFor(e, [...w.relabel].filter(([, into]) => into === e.id).map(([old]) => old)));
      let seq = (this.sql('SELECT max(seq) AS seq FROM reports').get() as { seq: number | null }).seq ?? 0;
      for (const r of w.reports) {
        const e = r.report;
        const long = Date.parse(e.date_latest) - Date.parse(e.date_earliest) > SHORT_SPAN_DAYS * 86400000 ? 1 : 0;
        addReport.run(e.id, a.id, r.eventId, e.location.country_code, e.date_earliest, e.date_latest, long, e.location.lat, e.location.lon, e.location.geo_precision, JSON.stringify(e), JSON.stringify(r.links), ++seq, matchKey(e));
        index.run(seq, searchText(e));
      }
      for (const [oldId, newId] of w.relabel) relabel.run(newId, oldId);
      // the counts lose what the rows were and gain what they become
      const counts = new Counts((text) => this.sql(text));
      for (const id of [...w.removed, ...w.events.map((e) => e.id)]) {
        const old = counted.get(id) as CountedRow | undefined;
        if (old) counts.add(old, -1);
      }
      for (const id of w.removed) removeEvent.run(id);
      w.events.forEach((e, i) => {
        const row = {
          id: e.id, date: e.date, date_earliest: e.date_earliest, date_latest: e.date_latest, event_type: e.event_type,
          sub_event_type: e.sub_event_type, country_code: e.location.country_code, status: e.status, num_sources: e.num_sources,
          actors: [e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].filter(Boolean).map((x) => x!.name).join('\n'),
          data: JSON.stringify(e), ...derivedColumns(e), id_cnty: idCnty[i], updated_at: Math.floor(now.getTime() / 1000), votes: JSON.stringify(w.votes.get(e.id)!),
        };
        upsertEvent.run(row);
        counts.add(row, 1);
      });
      counts.write();
      for (const t of w.tallies) addTally.run(a.id, JSON.stringify(t));
    });
  }

  reportsBetween(earliest: string, latest: string, country: string | null, near?: { lat: number; lon: number; km: number }): Candidate[] {
    // blocked by country, by start day (short spans and the rare long ones apart), and for a precise
    // place by a box around it (country-level reports are always candidates)
    const before = (days: number) => new Date(Date.parse(`${earliest}T00:00:00Z`) - days * 86400000).toISOString().slice(0, 10);
    const box = near ? ' AND (geo_precision = 3 OR (lat BETWEEN @s AND @n AND lon BETWEEN @w AND @e))' : '';
    const dlat = near ? near.km / 111 : 0;
    const dlon = near ? near.km / (111 * Math.max(0.1, Math.cos((near.lat * Math.PI) / 180))) : 0;
    const args = { cc: country, latest, earliest, s: (near?.lat ?? 0) - dlat, n: (near?.lat ?? 0) + dlat, w: (near?.lon ?? 0) - dlon, e: (near?.lon ?? 0) + dlon };
    // a report's JSON is read only when the caller needs it: most candidates belong to an event already
    // linked, or are alike (match key) to one that did not match
    const sql = `SELECT rowid, event_id, match_key FROM reports WHERE country_code IS @cc AND long_span = @long AND date_earliest BETWEEN @from AND @latest AND date_latest >= @earliest${box}`;
    const stmt = this.sql(sql);
    const data = this.sql('SELECT data FROM reports WHERE rowid = ?');
    const rows = [
      ...(stmt.all({ ...args, long: 0, from: before(SHORT_SPAN_DAYS) }) as Array<{ rowid: number; event_id: string; match_key: string }>),
      ...(stmt.all({ ...args, long: 1, from: before(MAX_SPAN_DAYS) }) as Array<{ rowid: number; event_id: string; match_key: string }>),
    ];
    return rows.map((row) => ({ eventId: row.event_id, matchKey: row.match_key, report: () => JSON.parse((data.get(row.rowid) as { data: string }).data) as ExportEvent }));
  }

  reportsOf(eventId: string): Report[] {
    return (this.sql('SELECT event_id, data, links FROM reports WHERE event_id = ? ORDER BY id').all(eventId) as Array<{ event_id: string; data: string; links: string }>).map(toReport);
  }

  votes(eventIds: string[]): Map<string, Votes> {
    const read = this.sql('SELECT votes FROM events WHERE id = ?');
    const votes = new Map<string, Votes>();
    for (const id of eventIds) {
      const row = read.get(id) as { votes: string } | undefined;
      if (row) votes.set(id, JSON.parse(row.votes) as Votes);
    }
    return votes;
  }

  events(filter: EventFilter = {}, page?: Page): ExportEvent[] {
    const related = this.sql(EVENT_OF_REPORT);
    return this.page<{ data: string }>('data', filter, page).map((r) => withRelated(JSON.parse(r.data) as ExportEvent, related));
  }

  storedEvents(filter: EventFilter = {}, page?: Page): StoredEvent[] {
    const related = this.sql(EVENT_OF_REPORT);
    return this.page<StoredRow>(STORED_COLUMNS, filter, page).map((r) => storedEvent(r, related));
  }

  summaries(filter: EventFilter = {}, page?: Page): EventSummary[] {
    return this.page<{ summary: string }>('summary', filter, page).map((r) => JSON.parse(r.summary) as EventSummary);
  }

  /** Columns of the events a filter keeps, ordered by (date, id), from a page's start on. */
  private page<Row>(columns: string, filter: EventFilter, page?: Page): Row[] {
    const { where, args } = whereOf(filter);
    if (page?.after) { where.push('(date, id) > (?, ?)'); args.push(page.after.date, page.after.id); }
    // a page is chosen before its columns are read: sorting thousands of matches (a search) then costs no JSON
    const sql = page
      ? `SELECT ${columns} FROM (SELECT rowid AS k FROM events ${clause(where)} ORDER BY date, id LIMIT ${Math.floor(page.limit)}) JOIN events ON events.rowid = k ORDER BY date, id`
      : `SELECT ${columns} FROM events ${clause(where)} ORDER BY date, id`;
    return this.sql(sql).all(...args) as Row[];
  }

  countEvents(filter: EventFilter = {}): number {
    const { where, args } = whereOf(filter);
    return (this.sql(`SELECT count(*) AS n FROM events ${clause(where)}`).get(...args) as { n: number }).n;
  }

  eventCounts(filter: EventFilter = {}): EventCounts {
    const { where, args } = whereOf(filter);
    const withCountry = clause([...where, "coalesce(country_code, '') != ''"]);
    if (counted(filter)) {
      const days = !filter.country && !filter.type && !filter.status;
      const all = days && !filter.since && !filter.until;
      const rows = <T>(sql: string) => this.sql(sql).all(...args) as T[];
      return {
        byDay: rows(`SELECT date, event_type, sum(n) AS n FROM ${days ? 'day_counts' : 'event_counts'} ${clause(where)} GROUP BY date, event_type`),
        byCountry: all ? rows("SELECT key AS country_code, n FROM total_counts WHERE facet = 'country'") : rows(`SELECT country_code, sum(n) AS n FROM event_counts ${withCountry} GROUP BY country_code`),
        byActor: all ? rows("SELECT key AS actor, n FROM total_counts WHERE facet = 'actor'") : rows(`SELECT actor, sum(n) AS n FROM actor_counts ${clause(where)} GROUP BY actor`),
      };
    }
    const byActor = new Map<string, number>();
    for (const row of this.sql(`SELECT actors FROM events ${clause(where)}`).all(...args) as Array<{ actors: string }>) {
      for (const actor of actorsOf(row.actors)) byActor.set(actor, (byActor.get(actor) ?? 0) + 1);
    }
    return {
      byDay: this.sql(`SELECT date, event_type, count(*) AS n FROM events ${clause(where)} GROUP BY date, event_type`).all(...args) as EventCounts['byDay'],
      byCountry: this.sql(`SELECT country_code, count(*) AS n FROM events ${withCountry} GROUP BY country_code`).all(...args) as EventCounts['byCountry'],
      byActor: [...byActor].map(([actor, n]) => ({ actor, n })),
    };
  }

  event(id: string): ExportEvent | undefined {
    const row = this.sql('SELECT data FROM events WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? withRelated(JSON.parse(row.data) as ExportEvent, this.sql(EVENT_OF_REPORT)) : undefined;
  }

  tallies(): Tally[] {
    return (this.sql('SELECT data FROM tallies ORDER BY rowid').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Tally);
  }

  countViolent(scope: { since: string | null; until: string | null; countries: string[]; party?: PartyScope | null }): { events: number; articles: number } {
    const where = ["e.event_type != 'Protests'"];
    const args: unknown[] = [];
    if (scope.party) { where.push(`json_extract(e.data, '$.${scope.party.role}.name') = ?`); args.push(scope.party.name); }
    if (scope.since) { where.push('e.date >= ?'); args.push(scope.since); }
    if (scope.until) { where.push('e.date <= ?'); args.push(scope.until); }
    if (scope.countries.length) { where.push(`e.country_code IN (${scope.countries.map(() => '?').join(', ')})`); args.push(...scope.countries); }
    return this.sql(`SELECT count(DISTINCT e.id) AS events, count(DISTINCT r.article_id) AS articles FROM events e JOIN reports r ON r.event_id = e.id WHERE ${where.join(' AND ')}`)
      .get(...args) as { events: number; articles: number };
  }

  counts() {
    const n = (table: string) => (this.sql(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), events: n('events'), reports: n('reports'), tallies: n('tallies') };
  }

  snapshot<T>(read: () => T): T {
    // in WAL mode a read transaction sees the database as of its first read, whatever commits meanwhile
    return this.db.inTransaction ? read() : this.retryBusy(() => this.db.transaction(read).deferred());
  }

  reader(): EventReader {
    // a connection of its own: its read transaction stays open while this one reads and writes in between
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.exec('BEGIN');
      db.prepare('SELECT 1 FROM meta').get(); // the snapshot is taken at the first read
    } catch (err) {
      db.close();
      throw err;
    }
    const related = db.prepare(EVENT_OF_REPORT);
    // generators: a query starts at the first batch asked for, and a reader let go midway ends it
    return {
      events: function* (filter, size) {
        const { where, args } = whereOf(filter);
        const rows = db.prepare(`SELECT ${STORED_COLUMNS} FROM events ${clause(where)} ORDER BY date, id`).iterate(...args) as IterableIterator<StoredRow>;
        yield* batches(rows, size, (row) => storedEvent(row, related));
      },
      tallies: function* (size) {
        yield* batches(db.prepare('SELECT data FROM tallies ORDER BY rowid').pluck().iterate() as IterableIterator<string>, size, (json) => JSON.parse(json) as Tally);
      },
      close: () => db.close(),
    };
  }

  close(): void {
    this.db.close();
  }
}

const READ_ONLY = 'is read-only: it can be read (events, export, show, tally, serve without a token) but not written';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const wrongVersion = (path: string, version: number) => new DatabaseRefused(path, `database schema v${version} is not this sitrep's (v${SCHEMA_VERSION}); ingest into a new file`);
/** The older schemas a write brings up to this one: v3 on, one upgrade after another. */
const upgradable = (version: number): boolean => version >= 3 && version < SCHEMA_VERSION;

const isBusy = (err: unknown): boolean => err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY');

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** better-sqlite3 is synchronous, so a wait between two tries is too. */
const pause = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

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

/** Columns kept beside an event's JSON for filtering and the map. */
function derivedColumns(e: ExportEvent) {
  return { lat: e.location.lat, lon: e.location.lon, sentences: searchText(e), summary: JSON.stringify(toSummary(e)) };
}

/** What the search box looks through: an event's or a report's sentences, lower-cased. */
const searchText = (e: ExportEvent): string => e.sources.map((src) => src.sentence.toLowerCase()).join('\n');

const EVENT_OF_REPORT = 'SELECT event_id FROM reports WHERE id = ?';

/** What an event's row holds for the exports: its JSON, ACLED id and last change. */
interface StoredRow {
  data: string;
  id_cnty: string;
  updated_at: number;
}
const STORED_COLUMNS = 'data, id_cnty, updated_at';

const storedEvent = (r: StoredRow, eventOf: Database.Statement): StoredEvent =>
  ({ event: withRelated(JSON.parse(r.data) as ExportEvent, eventOf), event_id_cnty: r.id_cnty, timestamp: r.updated_at });

/** Relations are stored between reports; they are read as relations between the events those reports are in now. */
function withRelated(e: ExportEvent, eventOf: Database.Statement): ExportEvent {
  if (e.related.length === 0) return e;
  const related = e.related
    .map((r) => ({ type: r.type, event_id: (eventOf.get(r.event_id) as { event_id: string } | undefined)?.event_id ?? r.event_id }))
    .filter((r, i, all) => r.event_id !== e.id && all.findIndex((x) => x.event_id === r.event_id && x.type === r.type) === i);
  return { ...e, related };
}

function* batches<R, T>(rows: Iterable<R>, size: number, read: (row: R) => T): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(read(row));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** An event's actors, each once, from its actors column. */
const actorsOf = (column: string): string[] => [...new Set(column ? column.split('\n') : [])];

/** The columns an event is counted by. */
interface CountedRow {
  date: string;
  country_code: string | null;
  event_type: string;
  sub_event_type: string;
  status: string;
  actors: string;
}

/** The counts are kept by day, country, type and status: a filter on anything else counts the events themselves. */
const counted = (filter: EventFilter): boolean => !filter.actor && !filter.minSources && !filter.q && !filter.bbox;

// Each table of counts: its columns beside n, and the rows an event is counted in.
const COUNTS: Array<{ table: string; columns: string[]; rows: (e: CountedRow) => string[][] }> = [
  { table: 'event_counts', columns: ['date', 'country_code', 'event_type', 'sub_event_type', 'status'], rows: (e) => [grain(e)] },
  { table: 'actor_counts', columns: ['date', 'country_code', 'event_type', 'sub_event_type', 'status', 'actor'], rows: (e) => actorsOf(e.actors).map((a) => [...grain(e), a]) },
  { table: 'day_counts', columns: ['date', 'event_type'], rows: (e) => [[e.date, e.event_type]] },
  { table: 'total_counts', columns: ['facet', 'key'], rows: (e) => [...(e.country_code ? [['country', e.country_code]] : []), ...actorsOf(e.actors).map((a) => ['actor', a])] },
];
const grain = (e: CountedRow): string[] => [e.date, e.country_code ?? '', e.event_type, e.sub_event_type, e.status];

/** Changes to the counts, summed before they are written: most new sources leave their event's row counted where it was. */
class Counts {
  private changes = COUNTS.map(() => new Map<string, number>());

  constructor(private sql: (text: string) => Database.Statement) {}

  add(event: CountedRow, n: number): void {
    COUNTS.forEach((c, i) => {
      for (const row of c.rows(event)) {
        const key = JSON.stringify(row);
        this.changes[i]!.set(key, (this.changes[i]!.get(key) ?? 0) + n);
      }
    });
  }

  write(): void {
    COUNTS.forEach(({ table, columns }, i) => {
      const add = this.sql(`INSERT INTO ${table} (${columns.join(', ')}, n) VALUES (${columns.map(() => '?').join(', ')}, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n`);
      const drop = this.sql(`DELETE FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND n = 0`);
      for (const [key, n] of this.changes[i]!) {
        if (n === 0) continue;
        const values = JSON.parse(key) as string[];
        add.run(...values, n);
        if (n < 0) drop.run(...values);
      }
    });
  }
}

/** The SQL conditions of a filter; every query over events shares them, so counts match lists. */
function whereOf(filter: EventFilter): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.since) { where.push('date >= ?'); args.push(filter.since); }
  if (filter.until) { where.push('date <= ?'); args.push(filter.until); }
  if (filter.country) { where.push('country_code = ?'); args.push(filter.country.toUpperCase()); }
  if (filter.type) { where.push('(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))'); args.push(filter.type, filter.type); }
  if (filter.status) { where.push('status = ?'); args.push(filter.status); }
  if (filter.minSources) { where.push('num_sources >= ?'); args.push(filter.minSources); }
  if (filter.actor) { where.push('instr(lower(actors), lower(?)) > 0'); args.push(filter.actor); }
  if (filter.q) {
    // the index finds text of three characters or more within one sentence; shorter text, or text
    // reaching over a line break, is looked for as before, through every event's sentences
    if ([...filter.q].length >= 3 && !filter.q.includes('\n')) {
      where.push('id IN (SELECT r.event_id FROM reports_text JOIN reports r ON r.seq = reports_text.rowid WHERE reports_text MATCH ?)');
      args.push(`"${filter.q.replace(/"/g, '""')}"`);
    } else {
      where.push('instr(sentences, lower(?)) > 0');
      args.push(filter.q);
    }
  }
  if (filter.bbox) {
    const [w, s, e, n] = filter.bbox;
    where.push('lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?');
    args.push(s, n, w, e);
  }
  return { where, args };
}

const clause = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

function toReport(row: { event_id: string; data: string; links: string }): Report {
  return { report: JSON.parse(row.data) as ExportEvent, eventId: row.event_id, links: JSON.parse(row.links) };
}
