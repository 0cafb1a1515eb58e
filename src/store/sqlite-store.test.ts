import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSummary } from '../export/to-summary.js';
import { ingestArticle, ingestPaths, newReport } from '../ingest/ingest.js';
import { loadFile } from '../ingest/load.js';
import { addVotes, matchKey, votesOf } from '../merge/across-articles.js';
import { REAL, ROOT, tmp } from '../../test/helpers.js';
import type { Article, ExportEvent } from '../types.js';
import type { EventFilter } from './event-store.js';
import { SqliteStore } from './sqlite-store.js';

const report = () => newReport(0, []);
const text = 'A drone attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said. On Tuesday, gunmen killed three shepherds near Mosul.';
const article = (id: string, body: string): Article => ({ id, title: null, outlet: `Wire ${id}`, url: null, published: '2024-05-14', text: body, hash: `h-${id}`, origin: 'test' });
const articles = (dir: string): Article[] => readdirSync(dir).sort().flatMap((f) => loadFile(join(dir, f)));

/**
 * A database taken back to an older schema: what v6 added dropped and v5's indexes put back, then (for
 * v4 and v3) the columns and index v5 added, then (for v3) those v4 added.
 */
function downgrade(file: string, version: 3 | 4 | 5): void {
  const raw = new Database(file);
  raw.exec(`
    DROP TABLE reports_text; DROP TABLE event_counts; DROP TABLE actor_counts; DROP TABLE day_counts; DROP TABLE total_counts;
    DROP INDEX reports_seq; DROP INDEX events_by_date; DROP INDEX events_by_country; DROP INDEX events_by_type; DROP INDEX events_by_sub_type; DROP INDEX events_by_status;
    ALTER TABLE reports DROP COLUMN seq; ALTER TABLE reports DROP COLUMN match_key; ALTER TABLE events DROP COLUMN votes;
    CREATE INDEX events_date ON events (date); CREATE INDEX events_country_date ON events (country_code, date);
  `);
  if (version < 5) {
    raw.exec('DROP INDEX events_id_cnty');
    for (const col of ['id_cnty', 'updated_at', ...(version === 3 ? ['lat', 'lon', 'sentences', 'summary'] : [])]) raw.exec(`ALTER TABLE events DROP COLUMN ${col}`);
    raw.prepare("DELETE FROM meta WHERE key LIKE 'last_id_cnty:%'").run();
  }
  raw.prepare('UPDATE meta SET value = ? WHERE key = ?').run(String(version), 'schema_version');
  raw.close();
}

/** What v6 keeps beside the events, as plain rows, to compare two databases by. */
function kept(file: string) {
  const raw = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => raw.prepare(sql).all();
    return {
      counts: all('SELECT * FROM event_counts ORDER BY date, country_code, event_type, sub_event_type, status'),
      actors: all('SELECT * FROM actor_counts ORDER BY date, country_code, event_type, sub_event_type, status, actor'),
      days: all('SELECT * FROM day_counts ORDER BY date, event_type'),
      totals: all('SELECT * FROM total_counts ORDER BY facet, key'),
      votes: (all('SELECT id, votes FROM events ORDER BY id') as Array<{ id: string; votes: string }>).map((r) => ({ id: r.id, votes: JSON.parse(r.votes) })),
      keys: all('SELECT id, match_key FROM reports ORDER BY id'),
    };
  } finally {
    raw.close();
  }
}

describe('SqliteStore', () => {
  it('upgrades a v3 database: the map, search and bounding-box columns are filled from each event', () => {
    const file = join(tmp(), 'v3.db');
    const store = new SqliteStore(file);
    ingestArticle({ id: 'a1', title: null, outlet: 'Wire', url: null, published: '2024-05-14', text, hash: 'h1', origin: 'test' }, store, report());
    const before = store.events();
    store.close();
    expect(before.length).toBe(2);
    downgrade(file, 3);

    // a command that only reads does not upgrade it
    expect(() => new SqliteStore(file, { readonly: true })).toThrow(/v3\.db: database schema v3 is older than this sitrep's \(v6\): any `sitrep ingest` into it upgrades it/);
    const upgraded = new SqliteStore(file);
    try {
      expect(upgraded.events()).toEqual(before);
      expect(upgraded.summaries()).toEqual(before.map(toSummary));
      expect(upgraded.events({ q: 'SHEPHERDS' }).map((e) => e.location.name)).toEqual(['Mosul']);
      const kirkuk = before.find((e) => e.location.name === 'Kirkuk')!;
      const box: [number, number, number, number] = [kirkuk.location.lon! - 0.5, kirkuk.location.lat! - 0.5, kirkuk.location.lon! + 0.5, kirkuk.location.lat! + 0.5];
      expect(upgraded.events({ bbox: box }).map((e) => e.id)).toEqual([kirkuk.id]);
      expect(upgraded.storedEvents().map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2']);
    } finally {
      upgraded.close();
    }
  });

  it('upgrades a v4 database: events are numbered per country in the order they were stored and stamped with their last article', () => {
    const file = join(tmp(), 'v4.db');
    const store = new SqliteStore(file);
    ingestArticle(article('iq', text), store, report());
    ingestArticle(article('ml', 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.'), store, report());
    const before = store.storedEvents();
    store.close();
    downgrade(file, 4);
    expect(() => new SqliteStore(file, { readonly: true })).toThrow(/database schema v4 is older than this sitrep's \(v6\)/);
    const upgraded = new SqliteStore(file);
    try {
      const after = upgraded.storedEvents();
      expect(after.map((s) => s.event)).toEqual(before.map((s) => s.event));
      // the Iraqi article was stored first; within it, either of its events may be the first
      expect(after.map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // one article each: the second it was stored is the second the event last changed
      expect(after.map((s) => s.timestamp)).toEqual(before.map((s) => s.timestamp));
      // the counters were rebuilt: the next Iraqi event is IRQ3
      ingestArticle(article('iq2', 'Gunmen killed two farmers near Basra on Friday, police said.'), upgraded, report());
      expect(upgraded.storedEvents().find((s) => s.event.location.name === 'Basra')?.event_id_cnty).toBe('IRQ3');
    } finally {
      upgraded.close();
    }
  });

  it('upgrades a v5 database: its search index, counts, votes and match keys are those of a database written by v6; ACLED ids are kept', () => {
    const all = [...articles(join(REAL, 'articles')), ...articles(join(ROOT, 'test', 'corpus', 'articles'))];
    const [early, late] = [all.slice(0, -10), all.slice(-10)];
    const dir = tmp();
    const [fresh, old] = [join(dir, 'fresh.db'), join(dir, 'old.db')];
    for (const file of [fresh, old]) {
      const store = new SqliteStore(file);
      early.forEach((a) => ingestArticle(a, store, report()));
      store.close();
    }
    downgrade(old, 5);
    expect(() => new SqliteStore(old, { readonly: true })).toThrow(/old\.db: database schema v5 is older than this sitrep's \(v6\): any `sitrep ingest` into it upgrades it/);
    const rows = (file: string) => {
      const raw = new Database(file, { readonly: true });
      const all = raw.prepare('SELECT id, id_cnty, updated_at, data FROM events ORDER BY id').all();
      raw.close();
      return all;
    };
    const v5 = rows(old);
    expect(v5.length).toBeGreaterThan(20);
    // the upgrade alone changes no event, its ACLED id or its last change
    new SqliteStore(old).close();
    expect(rows(old)).toEqual(v5);
    // then articles that merge into what the upgrade filled in
    for (const file of [fresh, old]) {
      const store = new SqliteStore(file);
      late.forEach((a) => ingestArticle(a, store, report()));
      store.close();
    }
    expect(kept(old)).toEqual(kept(fresh));
    const [a, b] = [new SqliteStore(old, { readonly: true }), new SqliteStore(fresh, { readonly: true })];
    try {
      expect(a.events()).toEqual(b.events());
      const ids = (store: SqliteStore) => store.storedEvents().map((s) => [s.event.id, s.event_id_cnty]);
      expect(ids(a)).toEqual(ids(b));
      for (const q of ['drone', 'killed', 'sh']) expect(a.events({ q }).map((e) => e.id)).toEqual(b.events({ q }).map((e) => e.id));
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a database of another schema version with a message naming the file', () => {
    const file = join(tmp(), 'v9.db');
    new SqliteStore(file).close();
    const raw = new Database(file);
    raw.prepare("UPDATE meta SET value = '9' WHERE key = 'schema_version'").run();
    raw.close();
    expect(() => new SqliteStore(file)).toThrow(/v9\.db: database schema v9 is not this sitrep's \(v6\)/);
  });
});

describe('ACLED ids and timestamps', () => {
  const kirkuk = (weapon: string) => `A ${weapon} struck a military base near Kirkuk on Monday, wounding two soldiers, police said.`;
  const mosul = 'Gunmen killed three shepherds near Mosul on Monday, police said.';
  const ids = (store: SqliteStore) => Object.fromEntries(store.storedEvents().map((s) => [s.event.id, s.event_id_cnty]));

  it('numbers events per country in the order they are stored; the event that survives a merge keeps its id', () => {
    const store = new SqliteStore(join(tmp(), 'ids.db'));
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('d', mosul), store, report());
      ingestArticle(article('ml', 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.'), store, report());
      const before = ids(store);
      expect(Object.values(before).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // another account of the Mosul killing: it joins the stored event, whose id is the smaller one and stays
      ingestArticle(article('f', 'Gunmen shot dead three shepherds near Mosul on Monday, a police officer said.'), store, report());
      expect(ids(store)).toEqual(before);
      expect(store.storedEvents().find((s) => s.event.location.name === 'Mosul')!.event.num_sources).toBe(2);
    } finally {
      store.close();
    }
  });

  it('an event that absorbs stored events under a new id takes the oldest of their ids; a merged-away id is never given again', () => {
    const store = new SqliteStore(join(tmp(), 'merge.db'));
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('b', kirkuk('rocket')), store, report());
      expect(Object.values(ids(store)).sort()).toEqual(['IRQ1', 'IRQ2']);
      // a drone and a rocket are not one weapon, but an attack with none named can be either: one incident
      ingestArticle(article('c', 'An attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said.'), store, report());
      const [merged] = store.storedEvents();
      expect(store.storedEvents()).toHaveLength(1);
      expect(merged!.event.num_sources).toBe(3);
      expect(merged!.event_id_cnty).toBe('IRQ1');
      ingestArticle(article('d', mosul), store, report());
      expect(Object.values(ids(store)).sort()).toEqual(['IRQ1', 'IRQ3']);
    } finally {
      store.close();
    }
  });

  it('stamps an event with the second it last changed; an event no article touched keeps its stamp', () => {
    const file = join(tmp(), 'stamps.db');
    const store = new SqliteStore(file);
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('d', mosul), store, report());
      const raw = new Database(file);
      raw.prepare('UPDATE events SET updated_at = 1000').run();
      raw.close();
      const started = Math.floor(Date.now() / 1000);
      ingestArticle(article('f', 'Gunmen shot dead three shepherds near Mosul on Monday, a police officer said.'), store, report());
      const stamps = Object.fromEntries(store.storedEvents().map((s) => [s.event.location.name, s.timestamp]));
      expect(stamps.Kirkuk).toBe(1000);
      expect(stamps.Mosul).toBeGreaterThanOrEqual(started);
      expect(stamps.Mosul).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    } finally {
      store.close();
    }
  });
});

describe('what the store keeps for reads at scale', () => {
  const file = join(tmp(), 'scale.db');
  let store: SqliteStore;
  let events: ExportEvent[];

  beforeAll(() => {
    store = new SqliteStore(file);
    ingestPaths([join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles')], store);
    // the dev corpus again under new ids: every incident gains sources, events merge and are relabelled
    for (const a of articles(join(REAL, 'articles'))) ingestArticle({ ...a, id: `${a.id}-again`, hash: `${a.hash}-again` }, store, report());
    events = store.events();
    return () => store.close();
  }, 120_000);

  it('the search index finds the events the scan of every sentence found', () => {
    const raw = new Database(file, { readonly: true });
    // the search as it was before the index: a case-blind scan of each event's lower-cased sentences
    const scan = raw.prepare('SELECT id FROM events WHERE instr(sentences, lower(?)) > 0 ORDER BY date, id').pluck();
    try {
      const queries = ['drone', 'Drone', 'DRONES', 'killed', 'said', 'al-', 'Houthi', 'strike on', 'the ', '"', "'s ", '100', 'per cent', 'zzqx', 'ab', 'x'];
      for (const q of queries) {
        const found = scan.all(q);
        expect(store.events({ q }).map((e) => e.id), q).toEqual(found);
        expect(store.countEvents({ q }), q).toBe(found.length);
      }
      expect(scan.all('drone').length).toBeGreaterThan(5);
      expect(store.events({ q: 'drone', country: 'IQ' }).every((e) => e.location.country_code === 'IQ')).toBe(true);
    } finally {
      raw.close();
    }
  });

  it('the counts kept as events are written equal the counts of the events themselves', () => {
    const filters: EventFilter[] = [{}, { country: 'iq' }, { since: '2024-01-01', until: '2024-03-31' }, { type: 'battles' }, { type: 'Air/drone strike' }, { status: 'claimed' }, { country: 'SY', type: 'Explosions/Remote violence' }];
    for (const f of filters) {
      // min_sources 1 keeps every event but is not counted ahead: the store counts the events' rows
      const [kept, counted] = [store.eventCounts(f), store.eventCounts({ ...f, minSources: 1 })];
      const byKey = <T extends { n: number }>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), r.n]));
      expect(byKey(kept.byDay, (r) => `${r.date} ${r.event_type}`), JSON.stringify(f)).toEqual(byKey(counted.byDay, (r) => `${r.date} ${r.event_type}`));
      expect(byKey(kept.byCountry, (r) => r.country_code)).toEqual(byKey(counted.byCountry, (r) => r.country_code));
      expect(byKey(kept.byActor, (r) => r.actor)).toEqual(byKey(counted.byActor, (r) => r.actor));
      expect(store.countEvents(f)).toBe(store.countEvents({ ...f, minSources: 1 }));
    }
    expect(store.countEvents()).toBe(events.length);
    expect(events.some((e) => e.num_sources > 2)).toBe(true);
    const raw = new Database(file, { readonly: true });
    for (const table of ['event_counts', 'actor_counts', 'day_counts', 'total_counts']) expect(raw.prepare(`SELECT count(*) FROM ${table} WHERE n <= 0`).pluck().get(), table).toBe(0);
    raw.close();
  });

  it("each event keeps its reports' votes, and each report its match key", () => {
    const raw = new Database(file, { readonly: true });
    try {
      for (const { id, votes } of raw.prepare('SELECT id, votes FROM events').all() as Array<{ id: string; votes: string }>) {
        const reports = (raw.prepare('SELECT data FROM reports WHERE event_id = ?').pluck().all(id) as string[]).map((d) => JSON.parse(d) as ExportEvent);
        expect(JSON.parse(votes), id).toEqual(reports.map(votesOf).reduce(addVotes));
      }
      for (const { data, match_key } of raw.prepare('SELECT data, match_key FROM reports').all() as Array<{ data: string; match_key: string }>) {
        expect(match_key).toBe(matchKey(JSON.parse(data) as ExportEvent));
      }
    } finally {
      raw.close();
    }
  });
});
