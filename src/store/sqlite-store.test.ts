import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSummary } from '../model/to-summary.js';
import { ingestArticle, newReport } from '../pipeline/ingest.js';
import { REAL, ROOT, tmp } from '../../test/helpers.js';
import { articlesIn as articles, runStoreTests, type TestDatabase } from '../../test/store-suite.js';
import type { Article } from '../types.js';
import type { EventFilter } from './event-store.js';
import { writeMadeUpStore } from '../bench/search-db.js';
import { COMMON_MATCHES, SqliteStore, WALK, pageQuery, walkQuery } from './sqlite-store.js';
import { MAP_COLUMNS } from './sql-common.js';

const report = () => newReport(0, []);
const text = 'A drone attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said. On Tuesday, gunmen killed three shepherds near Mosul.';
const article = (id: string, body: string): Article => ({ id, title: null, outlet: `Wire ${id}`, url: null, published: '2024-05-14', text: body, hash: `h-${id}`, origin: 'test' });

/** A new database file, and a connection of better-sqlite3's own for the suite's SQL; `readThreads` as a server opens it. */
const makeSqlite = (readThreads?: number) => async (): Promise<TestDatabase> => {
  const dir = tmp();
  const file = join(dir, 'suite.db');
  const store = await SqliteStore.open(file, { readThreads });
  return {
    store,
    open: (options) => SqliteStore.open(file, { readThreads, ...options }),
    query: async <T>(sql: string) => {
      const raw = new Database(file);
      try {
        const stmt = raw.prepare(sql);
        return (stmt.reader ? stmt.all() : (stmt.run(), [])) as T[];
      } finally {
        raw.close();
      }
    },
    drop: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

runStoreTests('SQLite', makeSqlite());
runStoreTests('SQLite with snapshots in read threads', makeSqlite(2));

// the index v9 added
const V9_INDEXES = ['events_by_id_date'];
// the indexes v8 added, and the (date, id) index it replaced
const V8_INDEXES = ['events_narrow', 'events_by_sources', 'events_by_place', 'event_counts_by_country', 'event_counts_by_type', 'event_counts_by_sub_type', 'actor_counts_by_country', 'actor_counts_by_type', 'actor_counts_by_sub_type'];

/**
 * A database taken back to an older schema: the map index v11 added dropped, then (for v9 and older) the
 * reports' (event_id, seq) index v10 added replaced by the (event_id) index it replaced, then (for v8 and older) the index v9 added dropped, then (for v7 and older) the
 * indexes v8 added dropped and the one it replaced put back, then (for v6 and older) what v7 added dropped, then (for v5 and older) what v6 added
 * and v5's indexes put back, then (for v4 and v3) the columns and index v5 added, then (for v3) those v4 added.
 */
function downgrade(file: string, version: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10): void {
  const raw = new Database(file);
  raw.exec('DROP INDEX events_map');
  if (version < 10) raw.exec('DROP INDEX reports_event_seq; CREATE INDEX reports_event ON reports (event_id)');
  if (version < 9) for (const index of V9_INDEXES) raw.exec(`DROP INDEX ${index}`);
  if (version < 8) {
    for (const index of V8_INDEXES) raw.exec(`DROP INDEX ${index}`);
    raw.exec('CREATE INDEX events_by_date ON events (date, id)');
  }
  if (version < 7) {
    raw.exec('DROP TABLE merged_events; DROP INDEX events_by_update;');
    for (const col of ['created_at', 'actor1', 'actor2', 'admin1', 'fatalities']) raw.exec(`ALTER TABLE events DROP COLUMN ${col}`);
  }
  if (version < 6) raw.exec(`
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

/** Stores articles into a database file, one transaction each, as an ingest does. */
async function ingestInto(file: string, list: Article[]): Promise<void> {
  const store = await SqliteStore.open(file);
  for (const a of list) await ingestArticle(a, store, report());
  await store.close();
}

/** Two database files holding the same articles: one to take back to an older schema and upgrade, the other to compare it with. */
async function twins(list: Article[]): Promise<{ fresh: string; old: string }> {
  const dir = tmp();
  const [fresh, old] = [join(dir, 'fresh.db'), join(dir, 'old.db')];
  for (const file of [fresh, old]) await ingestInto(file, list);
  return { fresh, old };
}

/** The rows of a query, on a connection of its own. */
function rowsOf(file: string, sql: string): unknown[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare(sql).all();
  } finally {
    raw.close();
  }
}

/**
 * The real corpus stored twice, one copy taken back to an old schema version: it is refused read-only
 * with a line naming the upgrade, the first write brings it to the indexes and version of a fresh file,
 * and `check` then reads both copies, read-only.
 */
async function withUpgradedTwin(version: 7 | 8 | 9 | 10, check: (upgraded: SqliteStore, fresh: SqliteStore) => Promise<void>): Promise<void> {
  const { fresh, old } = await twins(articles(join(REAL, 'articles')));
  downgrade(old, version);
  await expect(SqliteStore.open(old, { readonly: true })).rejects.toThrow(new RegExp(`old\\.db: database schema v${version} is older than this sitrep's \\(v11\\): any \`sitrep ingest\` into it upgrades it`));
  const indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
  expect(rowsOf(old, indexes)).not.toEqual(rowsOf(fresh, indexes));
  await (await SqliteStore.open(old)).close();
  expect(rowsOf(old, indexes)).toEqual(rowsOf(fresh, indexes));
  expect(rowsOf(old, "SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([{ value: '11' }]);
  const [a, b] = [await SqliteStore.open(old, { readonly: true }), await SqliteStore.open(fresh, { readonly: true })];
  try {
    await check(a, b);
  } finally {
    await a.close();
    await b.close();
  }
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
  it('upgrades a v3 database: the map, search and bounding-box columns are filled from each event', async () => {
    const file = join(tmp(), 'v3.db');
    const store = await SqliteStore.open(file);
    await ingestArticle({ id: 'a1', title: null, outlet: 'Wire', url: null, published: '2024-05-14', text, hash: 'h1', origin: 'test' }, store, report());
    const before = await store.events();
    await store.close();
    expect(before.length).toBe(2);
    downgrade(file, 3);

    // a command that only reads does not upgrade it
    await expect(SqliteStore.open(file, { readonly: true })).rejects.toThrow(/v3\.db: database schema v3 is older than this sitrep's \(v11\): any `sitrep ingest` into it upgrades it/);
    const upgraded = await SqliteStore.open(file);
    try {
      expect(await upgraded.events()).toEqual(before);
      expect(await upgraded.summaries()).toEqual(before.map(toSummary));
      expect((await upgraded.events({ q: 'SHEPHERDS' })).map((e) => e.location.name)).toEqual(['Mosul']);
      const kirkuk = before.find((e) => e.location.name === 'Kirkuk')!;
      const box: [number, number, number, number] = [kirkuk.location.lon! - 0.5, kirkuk.location.lat! - 0.5, kirkuk.location.lon! + 0.5, kirkuk.location.lat! + 0.5];
      expect((await upgraded.events({ bbox: box })).map((e) => e.id)).toEqual([kirkuk.id]);
      expect((await upgraded.storedEvents()).map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2']);
    } finally {
      await upgraded.close();
    }
  });

  it('upgrades a v4 database: events are numbered per country in the order they were stored and stamped with their last article', async () => {
    const file = join(tmp(), 'v4.db');
    const store = await SqliteStore.open(file);
    await ingestArticle(article('iq', text), store, report());
    await ingestArticle(article('ml', 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.'), store, report());
    const before = await store.storedEvents();
    await store.close();
    downgrade(file, 4);
    await expect(SqliteStore.open(file, { readonly: true })).rejects.toThrow(/database schema v4 is older than this sitrep's \(v11\)/);
    const upgraded = await SqliteStore.open(file);
    try {
      const after = await upgraded.storedEvents();
      expect(after.map((s) => s.event)).toEqual(before.map((s) => s.event));
      // the Iraqi article was stored first; within it, either of its events may be the first
      expect(after.map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // one article each: the second it was stored is the second the event last changed
      expect(after.map((s) => s.timestamp)).toEqual(before.map((s) => s.timestamp));
      // the counters were rebuilt: the next Iraqi event is IRQ3
      await ingestArticle(article('iq2', 'Gunmen killed two farmers near Basra on Friday, police said.'), upgraded, report());
      expect((await upgraded.storedEvents()).find((s) => s.event.location.name === 'Basrah')?.event_id_cnty).toBe('IRQ3');
    } finally {
      await upgraded.close();
    }
  });

  it('upgrades a v5 database: its search index, counts, votes and match keys are those of a database written by v11; ACLED ids are kept', async () => {
    const all = [...articles(join(REAL, 'articles')), ...articles(join(ROOT, 'test', 'corpus', 'articles'))];
    const [early, late] = [all.slice(0, -10), all.slice(-10)];
    const { fresh, old } = await twins(early);
    downgrade(old, 5);
    await expect(SqliteStore.open(old, { readonly: true })).rejects.toThrow(/old\.db: database schema v5 is older than this sitrep's \(v11\): any `sitrep ingest` into it upgrades it/);
    const rows = (file: string) => rowsOf(file, 'SELECT id, id_cnty, updated_at, data FROM events ORDER BY id');
    const v5 = rows(old);
    expect(v5.length).toBeGreaterThan(20);
    // the upgrade alone changes no event, its ACLED id or its last change
    await (await SqliteStore.open(old)).close();
    expect(rows(old)).toEqual(v5);
    // then articles that merge into what the upgrade filled in
    for (const file of [fresh, old]) await ingestInto(file, late);
    expect(kept(old)).toEqual(kept(fresh));
    const [a, b] = [await SqliteStore.open(old, { readonly: true }), await SqliteStore.open(fresh, { readonly: true })];
    try {
      expect(await a.events()).toEqual(await b.events());
      const ids = async (store: SqliteStore) => (await store.storedEvents()).map((s) => [s.event.id, s.event_id_cnty]);
      expect(await ids(a)).toEqual(await ids(b));
      for (const q of ['drone', 'killed', 'sh']) expect((await a.events({ q })).map((e) => e.id)).toEqual((await b.events({ q })).map((e) => e.id));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('upgrades a v6 database: the read API\'s columns are those of a database written by v11, and merges are recorded from then on', async () => {
    const all = articles(join(REAL, 'articles'));
    // the last articles merge stored events
    const [early, late] = [all.slice(0, -10), all.slice(-10)];
    const { fresh, old } = await twins(early);
    downgrade(old, 6);
    await expect(SqliteStore.open(old, { readonly: true })).rejects.toThrow(/old\.db: database schema v6 is older than this sitrep's \(v11\): any `sitrep ingest` into it upgrades it/);
    const stored = 'SELECT id, id_cnty, updated_at, data FROM events ORDER BY id';
    const acled = 'SELECT id, actor1, actor2, admin1, fatalities FROM events ORDER BY id';
    const v6 = rowsOf(old, stored);
    await (await SqliteStore.open(old)).close();
    expect(rowsOf(old, stored)).toEqual(v6);
    expect(rowsOf(old, acled)).toEqual(rowsOf(fresh, acled));
    expect(rowsOf(old, 'SELECT id FROM events WHERE created_at IS NULL OR created_at > updated_at')).toEqual([]);
    const merged = (file: string) => rowsOf(file, 'SELECT id, id_cnty, into_id FROM merged_events ORDER BY id') as Array<{ id: string }>;
    const mergedEarly = new Set(merged(fresh).map((m) => m.id));
    expect(merged(old)).toEqual([]);
    for (const file of [fresh, old]) await ingestInto(file, late);
    expect(merged(old).length).toBeGreaterThan(0);
    expect(merged(old)).toEqual(merged(fresh).filter((m) => !mergedEarly.has(m.id)));
    expect(rowsOf(old, acled)).toEqual(rowsOf(fresh, acled));
    expect(kept(old)).toEqual(kept(fresh));
  });

  it('upgrades a v7 database: its indexes become those of a database written by v11, and it reads the same events and counts', async () => {
    await withUpgradedTwin(7, async (a, b) => {
      for (const filter of [{}, { type: 'Battles' }, { actor: 'forces' }, { minSources: 2 }, { bbox: [30, 25, 50, 40] as [number, number, number, number] }]) {
        expect(await a.events(filter)).toEqual(await b.events(filter));
        expect(await a.eventCounts(filter)).toEqual(await b.eventCounts(filter));
      }
    });
  });

  for (const version of [8, 9] as const) {
    it(`upgrades a v${version} database: it gets the indexes a search is paged from, and searches read the same events`, async () => {
      await withUpgradedTwin(version, async (a, b) => {
        for (const page of [undefined, { limit: 2 }]) expect(await a.events({ q: 'killed' }, page)).toEqual(await b.events({ q: 'killed' }, page));
      });
    });
  }

  it('upgrades a v10 database: it gets the map index, and map views read the same summaries, as they were stored', async () => {
    await withUpgradedTwin(10, async (a, b) => {
      for (const [filter, page] of [[{}, undefined], [{}, { limit: 5 }], [{ country: 'SY' }, { limit: 3 }], [{ q: 'killed' }, { limit: 2 }]] as Array<[EventFilter, { limit: number } | undefined]>) {
        expect(await a.mapRows(filter, page)).toEqual(await b.mapRows(filter, page));
      }
    });
  });

  it('reads a map view\'s summaries from the map index, not from the events\' rows', async () => {
    const file = join(tmp(), 'map.db');
    await ingestInto(file, articles(join(REAL, 'articles')).slice(0, 3));
    const raw = new Database(file, { readonly: true });
    try {
      for (const filter of [{}, { since: '2024-01-01' }, { country: 'IQ' }, { type: 'Battles' }]) {
        const { sql, args } = pageQuery(MAP_COLUMNS, filter, { limit: 50 }, 'map index');
        const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail);
        expect(plan, JSON.stringify(filter)).toContain('SEARCH events USING COVERING INDEX events_map (date=? AND id=?)');
        expect(plan.join('\n'), JSON.stringify(filter)).not.toMatch(/PRIMARY KEY|rowid=/);
      }
    } finally {
      raw.close();
    }
  });

  it('pages a search alone from the (id, date) index, and one narrowed by another filter as SQLite chooses', async () => {
    const file = join(tmp(), 'plan.db');
    await ingestInto(file, articles(join(REAL, 'articles')).slice(0, 3));
    const raw = new Database(file, { readonly: true });
    const plan = (filter: EventFilter) => {
      const { sql, args } = pageQuery('data', filter, { limit: 50 });
      return (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    };
    try {
      expect(plan({ q: 'killed' })).toMatch(/COVERING INDEX events_by_id_date/);
      expect(plan({ q: 'killed', since: '2024-01-01' })).toMatch(/COVERING INDEX events_by_id_date/);
      // a word too short for the search index is looked for in every event's sentences, from their rows
      expect(plan({ q: 'ki' })).not.toMatch(/events_by_id_date/);
      expect(plan({ q: 'killed', country: 'IQ' })).not.toMatch(/events_by_id_date/);
    } finally {
      raw.close();
    }
  });

  it('stores a group of writes in one transaction, undoing one that throws alone, halfway or not', async () => {
    const file = join(tmp(), 'group.db');
    const store = await SqliteStore.open(file);
    try {
      const write = (id: string) => ({ article: { id, hash: `h-${id}`, title: null, outlet: null, url: null, published: '2024-05-14', origin: 'test' }, reports: [], relabel: new Map(), events: [], votes: new Map(), removed: [], tallies: [] });
      const outcomes = await store.writeGroup([
        async (tx) => tx.saveArticle(write('first')),
        async (tx) => {
          await tx.saveArticle(write('half'));
          throw new Error('refused after its article was written');
        },
        async (tx) => tx.saveArticle(write('first')),
        async (tx) => tx.saveArticle(write('last')),
      ]);
      expect(outcomes.map((o) => ('error' in o ? (o.error as Error).constructor.name : 'stored'))).toEqual(['stored', 'Error', 'ArticleIdTaken', 'stored']);
      expect(await Promise.all(['first', 'half', 'last'].map((id) => store.hasArticle(`h-${id}`)))).toEqual([true, false, true]);
      expect((await store.counts()).articles).toBe(2);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('refuses a database of another schema version with a message naming the file', async () => {
    const file = join(tmp(), 'v12.db');
    await (await SqliteStore.open(file)).close();
    const raw = new Database(file);
    raw.prepare("UPDATE meta SET value = '12' WHERE key = 'schema_version'").run();
    raw.close();
    await expect(SqliteStore.open(file)).rejects.toThrow(/v12\.db: database schema v12 is not this sitrep's \(v11\)/);
  });
});


describe('SqliteStore: pages of a common word, walked in order', () => {
  // a word in every third event's first report; one in events of the last 200 days (past the first WALK
  // events in order) and a few before; one in events of the first 250 days (past the first WALK events
  // newest first); one in a few events; each in enough reports for the walk but the last
  const words = (i: number, day: number, report: number) => [
    ...(i % 3 === 0 && report === 0 ? ['killed'] : []),
    ...(day >= 700 || i % 500 === 1 ? ['drone'] : []),
    ...(day < 250 ? ['mortar'] : []),
    ...(i % 100 === 7 ? ['zeppelin'] : []),
  ];
  // 900 days in an order unlike the order the reports are stored in, two countries, two types, every
  // fifth event with a second report
  const file = join(tmp(), 'search.db');
  beforeAll(() => writeMadeUpStore(file, {
    n: WALK + 6000, day: (i) => (i * 7919) % 900, country: (i) => (i % 2 ? 'SY' : 'IQ'), type: (i) => (i % 4 === 1 ? 'Protests' : 'Battles'), reports: (i) => (i % 5 === 0 ? 2 : 1), words,
  }), 120_000);

  it('gives the same pages, in the same order, as the matches sorted, whether the page is walked, walked then sorted, or sorted', async () => {
    const store = await SqliteStore.open(file, { readonly: true });
    const raw = new Database(file, { readonly: true });
    const sorted = (filter: EventFilter, page: { limit: number; after?: { date: string; id: string } }) => {
      const { sql, args } = pageQuery('summary', filter, page);
      return (raw.prepare(sql).all(...args) as Array<{ summary: string }>).map((r) => JSON.parse(r.summary) as { id: string; date: string });
    };
    const reports = (q: string) => (raw.prepare('SELECT count(*) AS n FROM reports_text WHERE reports_text MATCH ?').get(`"${q}"`) as { n: number }).n;
    try {
      // the words are what they are meant to be: two common, one not
      expect(reports('killed')).toBeGreaterThanOrEqual(COMMON_MATCHES);
      expect(reports('drone')).toBeGreaterThanOrEqual(COMMON_MATCHES);
      expect(reports('zeppelin')).toBeLessThan(COMMON_MATCHES);
      for (const q of ['killed', 'drone', 'zeppelin', 'KILLED']) {
        const filters: EventFilter[] = [{ q }, { q, since: '2015-06-01', until: '2016-12-31' }, { q, until: '2015-03-01' }, { q, country: 'SY' }, { q, type: 'protests', since: '2016-01-01' }];
        for (const filter of filters) {
          for (const limit of [1, 700]) {
            let after: { date: string; id: string } | undefined;
            for (let pageNo = 0; pageNo < 3; pageNo++) {
              const page = { limit, after };
              const expected = sorted(filter, page);
              expect(await store.summaries(filter, page), `${JSON.stringify(filter)} limit ${limit} page ${pageNo}`).toEqual(expected);
              if (expected.length < limit) break;
              after = { date: expected.at(-1)!.date, id: expected.at(-1)!.id };
            }
          }
        }
        // a list without a page is every match, as before
        expect((await store.summaries({ q })).length).toBe(await store.countEvents({ q }));
      }
      // the cases above are those meant: "killed" fills a page from the walk alone, "drone" only part of one
      const walked = (filter: EventFilter) => {
        const { sql, args } = walkQuery('summary', filter, { limit: 50 });
        return raw.prepare(sql).all(...args).length;
      };
      expect(walked({ q: 'killed' })).toBe(50);
      expect(walked({ q: 'drone' })).toBeGreaterThan(0);
      expect(walked({ q: 'drone' })).toBeLessThan(50);
      expect((await store.summaries({ q: 'drone' }, { limit: 50 })).length).toBe(50);
      // as a server reads them: in a snapshot, on a read thread's connection
      const served = await SqliteStore.open(file, { readonly: true, readThreads: 1 });
      try {
        for (const q of ['killed', 'drone']) expect(await served.snapshot((s) => s.summaries({ q }, { limit: 300 }))).toEqual(sorted({ q }, { limit: 300 }));
      } finally {
        await served.close();
      }
    } finally {
      raw.close();
      await store.close();
    }
  });

  it("counts a common word's newest matches as the matches sorted newest first give them, whether walked, walked then sorted, or sorted", async () => {
    const store = await SqliteStore.open(file, { readonly: true });
    const raw = new Database(file, { readonly: true });
    const newestSorted = (filter: EventFilter, n: number) => {
      const { sql, args } = pageQuery('date, event_type', filter);
      return (raw.prepare(sql).all(...args) as Array<{ date: string; event_type: string }>).reverse().slice(0, n);
    };
    const byDay = (rows: Array<{ date: string; event_type: string; n?: number }>) => rows.reduce<Record<string, number>>((t, r) => ({ ...t, [`${r.date} ${r.event_type}`]: (t[`${r.date} ${r.event_type}`] ?? 0) + (r.n ?? 1) }), {});
    const walked = (filter: EventFilter, n: number) => {
      const { sql, args } = walkQuery('date', filter, { limit: n }, 'newest first');
      return raw.prepare(sql).all(...args).length;
    };
    try {
      // "killed" fills 500 from the walk alone; "mortar", in the oldest days, only part of 2,000; "zeppelin" is sorted
      expect(walked({ q: 'killed' }, 500)).toBe(500);
      expect(walked({ q: 'mortar' }, 2000)).toBeGreaterThan(0);
      expect(walked({ q: 'mortar' }, 2000)).toBeLessThan(2000);
      for (const [filter, cap] of [[{ q: 'killed' }, 500], [{ q: 'mortar' }, 2000], [{ q: 'mortar', country: 'SY' }, 1500], [{ q: 'drone', since: '2015-06-01', until: '2016-12-31' }, 300], [{ q: 'zeppelin' }, 100]] as Array<[EventFilter, number]>) {
        const what = JSON.stringify(filter);
        const all = await store.countEvents(filter);
        expect(all, what).toBeGreaterThan(cap);
        expect(await store.countCapped(filter, cap), what).toEqual({ n: cap, capped: true });
        expect(await store.countCapped(filter, all), what).toEqual({ n: all, capped: false });
        const expected = newestSorted(filter, cap);
        const stats = await store.eventCounts(filter, cap);
        expect(stats.newest, what).toEqual({ n: cap, since: expected.at(-1)!.date, until: expected[0]!.date });
        expect(byDay(stats.byDay), what).toEqual(byDay(expected));
      }
    } finally {
      raw.close();
      await store.close();
    }
  });
});
