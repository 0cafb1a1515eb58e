// SQLite store: one file, WAL, a versioned schema, each article in one transaction. Events are kept as
// their export JSON plus the columns that queries filter on.
import Database from 'better-sqlite3';
import type { ExportEvent, Tally } from '../types.js';
import type { EventFilter, EventStore, StoredArticle } from './event-store.js';

const SCHEMA_VERSION = 1;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, title TEXT, outlet TEXT, url TEXT,
  published TEXT NOT NULL, origin TEXT, ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, date TEXT NOT NULL, date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, country_code TEXT, status TEXT NOT NULL,
  num_sources INTEGER NOT NULL, actors TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_span ON events (date_earliest, date_latest);
CREATE INDEX IF NOT EXISTS events_country_date ON events (country_code, date);
CREATE TABLE IF NOT EXISTS tallies (
  rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL
);
`;

export class SqliteStore implements EventStore {
  private db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('synchronous = NORMAL');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec(SCHEMA);
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema_version') as { value: string } | undefined;
    if (!row) this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    else if (Number(row.value) > SCHEMA_VERSION) throw new Error(`${this.path}: database schema v${row.value} is newer than this sitrep (v${SCHEMA_VERSION})`);
  }

  hasArticle(hash: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM articles WHERE hash = ?').get(hash);
  }

  saveArticle(article: StoredArticle, events: ExportEvent[], tallies: Tally[]): void {
    const upsert = this.db.prepare(`INSERT INTO events (id, date, date_earliest, date_latest, event_type, sub_event_type, country_code, status, num_sources, actors, data)
      VALUES (@id, @date, @date_earliest, @date_latest, @event_type, @sub_event_type, @country_code, @status, @num_sources, @actors, @data)
      ON CONFLICT(id) DO UPDATE SET date=excluded.date, date_earliest=excluded.date_earliest, date_latest=excluded.date_latest,
        event_type=excluded.event_type, sub_event_type=excluded.sub_event_type, country_code=excluded.country_code, status=excluded.status,
        num_sources=excluded.num_sources, actors=excluded.actors, data=excluded.data`);
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO articles (id, hash, title, outlet, url, published, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(article.id, article.hash, article.title, article.outlet, article.url, article.published, article.origin, new Date().toISOString());
      for (const e of events) {
        upsert.run({
          id: e.id, date: e.date, date_earliest: e.date_earliest, date_latest: e.date_latest, event_type: e.event_type,
          sub_event_type: e.sub_event_type, country_code: e.location.country_code, status: e.status, num_sources: e.num_sources,
          actors: [e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].filter(Boolean).map((a) => a!.name).join('\n'),
          data: JSON.stringify(e),
        });
      }
      const addTally = this.db.prepare('INSERT INTO tallies (article_id, data) VALUES (?, ?)');
      for (const t of tallies) addTally.run(article.id, JSON.stringify(t));
    })();
  }

  eventsBetween(earliest: string, latest: string): ExportEvent[] {
    return this.rows('SELECT data FROM events WHERE date_earliest <= ? AND date_latest >= ?', [latest, earliest]);
  }

  events(filter: EventFilter = {}): ExportEvent[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.since) { where.push('date >= ?'); args.push(filter.since); }
    if (filter.until) { where.push('date <= ?'); args.push(filter.until); }
    if (filter.country) { where.push('country_code = ?'); args.push(filter.country.toUpperCase()); }
    if (filter.type) { where.push('(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))'); args.push(filter.type, filter.type); }
    if (filter.status) { where.push('status = ?'); args.push(filter.status); }
    if (filter.minSources) { where.push('num_sources >= ?'); args.push(filter.minSources); }
    if (filter.actor) { where.push("lower(actors) LIKE '%' || lower(?) || '%'"); args.push(filter.actor); }
    const sql = `SELECT data FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date, id`;
    return this.rows(sql, args);
  }

  event(id: string): ExportEvent | undefined {
    return this.rows('SELECT data FROM events WHERE id = ?', [id])[0];
  }

  tallies(): Tally[] {
    return (this.db.prepare('SELECT data FROM tallies ORDER BY rowid').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Tally);
  }

  counts() {
    const n = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), events: n('events'), tallies: n('tallies') };
  }

  close(): void {
    this.db.close();
  }

  private rows(sql: string, args: unknown[]): ExportEvent[] {
    return (this.db.prepare(sql).all(...args) as Array<{ data: string }>).map((r) => JSON.parse(r.data) as ExportEvent);
  }
}
