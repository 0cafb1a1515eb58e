import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportText } from '../export/stream.js';
import { ingestArticle, ingestPaths, newReport } from '../pipeline/ingest.js';
import { REAL, ROOT, shuffled, tmp } from '../../test/helpers.js';
import { PG_SERVER, createDatabase, noteSkipped, pgQuery } from '../../test/postgres.js';
import { articlesIn, runStoreTests, type TestDatabase } from '../../test/store-suite.js';
import type { EventCounts, EventStore } from './event-store.js';
import { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';

/** A new database on the test server, with sitrep's schema. */
async function makePg(): Promise<TestDatabase> {
  const { url, drop } = await createDatabase('suite');
  const store = await PgStore.open(url);
  return {
    store,
    open: (options) => PgStore.open(url, options),
    query: (sql) => pgQuery(url, sql),
    drop: async () => {
      await store.close();
      await drop();
    },
  };
}

noteSkipped('the PostgreSQL store suite');
runStoreTests('PostgreSQL', PG_SERVER ? makePg : null);

const suite = PG_SERVER ? describe : describe.skip;

/** A test on a new, empty database (no schema yet), dropped after it. */
const onNewDatabase = (test: (url: string) => Promise<void>) => async () => {
  const { url, drop } = await createDatabase('own');
  try {
    await test(url);
  } finally {
    await drop();
  }
};

/** Everything a JSON export holds, streamed from a reader of the store's. */
async function exported(store: EventStore): Promise<string> {
  const reader = await store.reader();
  let text = '';
  try {
    for await (const piece of exportText('json', reader.events({}, 50), reader.tallies(50), true, new Date(0))) text += piece;
  } finally {
    await reader.close();
  }
  return text;
}

suite('PgStore', () => {
  it('holds what the SQLite store holds for the same articles: events, ACLED ids, tallies and the export, byte for byte', onNewDatabase(async (url) => {
    const [pgStore, sqlite] = [await PgStore.open(url), await SqliteStore.open(join(tmp(), 'same.db'))];
    try {
      for (const store of [pgStore, sqlite]) await ingestPaths([join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles')], store);
      expect(await pgStore.storedEvents()).toEqual(await sqlite.storedEvents().then((all) => all.map((s) => ({ ...s, timestamp: expect.any(Number) }))));
      expect(await pgStore.tallies()).toEqual(await sqlite.tallies());
      for (const filter of [{}, { country: 'SY' }, { q: 'drone' }]) expect(sorted(await pgStore.eventCounts(filter))).toEqual(sorted(await sqlite.eventCounts(filter)));
      const text = await exported(pgStore);
      expect(text).toBe(await exported(sqlite));
      expect(JSON.parse(text).events.some((e: { related: unknown[] }) => e.related.length > 0)).toBe(true);
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  }));

  it('several stores writing at once, each on its own connections, leave what one serial writer leaves', onNewDatabase(async (url) => {
    const articles = articlesIn(join(REAL, 'articles'));
    const copies = [0, 1, 2].flatMap((copy) => articles.map((a) => ({ ...a, id: `${a.id}-c${copy}`, hash: `${a.hash}-c${copy}`, text: `${a.text}\n\nFiled by desk ${copy}.` })));
    const serial = await createDatabase('serial');
    try {
      const one = await PgStore.open(serial.url);
      for (const a of copies) await ingestArticle(a, one, newReport(0, []));
      const expected = await one.events();
      await one.close();
      // a new database for all of them at once: its schema is created once, whoever comes first
      const writers = await Promise.all([1, 2, 3].map(() => PgStore.open(url)));
      const reports = await Promise.all(writers.map(async (store, i) => {
        const report = newReport(0, []);
        for (const a of shuffled(copies, i + 1)) await ingestArticle(a, store, report);
        return report;
      }));
      await Promise.all(writers.map((w) => w.close()));
      expect(reports.reduce((n, r) => n + r.articles, 0)).toBe(copies.length);
      expect(reports.every((r) => r.errors.length === 0 && r.articles + r.duplicates === copies.length)).toBe(true);
      const store = await PgStore.open(url, { readonly: true });
      try {
        const bySources = (events: typeof expected) => events.map((e) => ({ ...e, sources: [...e.sources].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) }));
        expect(bySources(await store.events())).toEqual(bySources(expected));
        expect((await store.counts()).articles).toBe(copies.length);
      } finally {
        await store.close();
      }
    } finally {
      await serial.drop();
    }
  }));

  it('opens a database read-only for commands that only read: no statement can write', onNewDatabase(async (url) => {
    await (await PgStore.open(url)).close();
    const store = await PgStore.open(url, { readonly: true });
    try {
      await expect(store.writeTransaction(async (tx) => tx.saveArticle({
        article: { id: 'x', hash: 'x', title: null, outlet: null, url: null, published: '2024-05-14', origin: 'test' }, reports: [], relabel: new Map(), events: [], votes: new Map(), removed: [], tallies: [],
      }))).rejects.toThrow(/read-only transaction/);
    } finally {
      await store.close();
    }
  }));

  it('refuses, in one line naming the database with its password masked, what is not a sitrep database', onNewDatabase(async (url) => {
    const { password } = new URL(url);
    const name = password ? url.replace(`:${password}@`, ':***@') : url;
    const oneLine = async (open: Promise<unknown>, reason: RegExp) => {
      const err = await open.then(() => null, (e: Error) => e);
      expect(err?.message).toMatch(reason);
      expect(err!.message).not.toContain('\n');
      if (password) expect(err!.message).not.toContain(`:${password}@`);
    };
    await oneLine(PgStore.open(url, { readonly: true }), new RegExp(`^${escape(name)}: is not a sitrep database \\(it holds no tables\\)$`));
    await pgQuery(url, 'CREATE TABLE invoices (id INTEGER); CREATE TABLE customers (id INTEGER)');
    await oneLine(PgStore.open(url), /: is not a sitrep database \(it holds customers, invoices, not sitrep's tables\): left unchanged$/);
    expect(await pgQuery(url, "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")).toEqual([{ n: 2 }]);
    const closed = new URL(url);
    closed.port = '1';
    await oneLine(PgStore.open(closed.toString()), /: no PostgreSQL server answers there \(connection refused\)$/);
    const missing = new URL(url);
    missing.pathname = '/sitrep_no_such_database';
    await oneLine(PgStore.open(missing.toString()), /database "sitrep_no_such_database" does not exist: create it first/);
  }));

  it('refuses a database of another schema version', onNewDatabase(async (url) => {
    await (await PgStore.open(url)).close();
    await pgQuery(url, "UPDATE meta SET value = '12' WHERE key = 'schema_version'");
    await expect(PgStore.open(url)).rejects.toThrow(/database schema v12 is not this sitrep's \(v11\); ingest into a new database$/);
  }));

  it('upgrades a v7 database: its indexes become those of a database written by v11, and it reads the same events', onNewDatabase(async (url) => {
    const store = await PgStore.open(url);
    await ingestPaths([join(REAL, 'articles')], store);
    const events = await store.events();
    const counts = await store.eventCounts({ actor: 'forces' });
    await store.close();
    const indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname";
    const v11 = await pgQuery(url, indexes);
    // v7's indexes: the (date, id) index v8 widened, the GiST index of places and the type indexes without their type, and not v11's map index
    await pgQuery(url, `DROP INDEX events_map, events_narrow, events_by_sources, events_by_place, events_by_type, events_by_sub_type, event_counts_by_country, event_counts_by_type,
        event_counts_by_sub_type, actor_counts_by_country, actor_counts_by_type, actor_counts_by_sub_type;
      CREATE INDEX events_by_date ON events (date, id); CREATE INDEX events_place ON events USING gist (point(lon, lat));
      CREATE INDEX events_by_type ON events (lower(event_type), date, id); CREATE INDEX events_by_sub_type ON events (lower(sub_event_type), date, id);
      UPDATE meta SET value = '7' WHERE key = 'schema_version'`);
    await expect(PgStore.open(url, { readonly: true })).rejects.toThrow(/database schema v7 is older than this sitrep's \(v11\): any `sitrep ingest` into it upgrades it$/);
    const upgraded = await PgStore.open(url);
    try {
      expect(await pgQuery(url, indexes)).toEqual(v11);
      expect(await pgQuery(url, "SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([{ value: '11' }]);
      expect(await upgraded.events()).toEqual(events);
      expect(sorted(await upgraded.eventCounts({ actor: 'forces' }))).toEqual(sorted(counts));
    } finally {
      await upgraded.close();
    }
  }));

  for (const old of ['8', '9', '10']) {
    it(`upgrades a v${old} database: it gets the map index and is numbered v11, nothing else of its schema changes`, onNewDatabase(async (url) => {
      const store = await PgStore.open(url);
      for (const a of articlesIn(join(REAL, 'articles')).slice(0, 12)) await ingestArticle(a, store, newReport(0, []));
      const rows = await store.mapRows({}, { limit: 20 });
      expect(rows.length).toBeGreaterThan(5);
      await store.close();
      const indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname";
      const v11 = await pgQuery(url, indexes);
      await pgQuery(url, `DROP INDEX events_map; UPDATE meta SET value = '${old}' WHERE key = 'schema_version'`);
      await expect(PgStore.open(url, { readonly: true })).rejects.toThrow(new RegExp(`database schema v${old} is older than this sitrep's \\(v11\\): any \`sitrep ingest\` into it upgrades it$`));
      const upgraded = await PgStore.open(url);
      try {
        expect(await pgQuery(url, indexes)).toEqual(v11);
        expect(await pgQuery(url, "SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([{ value: '11' }]);
        expect(await upgraded.mapRows({}, { limit: 20 })).toEqual(rows);
      } finally {
        await upgraded.close();
      }
    }));
  }

  it('refuses, for reading and writing alike, a database older than v7: PostgreSQL databases are upgraded from v7 on', onNewDatabase(async (url) => {
    await (await PgStore.open(url)).close();
    await pgQuery(url, "UPDATE meta SET value = '6' WHERE key = 'schema_version'");
    const older = /database schema v6 is older than this sitrep's \(v11\), and this sitrep cannot upgrade it; ingest into a new database$/;
    await expect(PgStore.open(url, { readonly: true })).rejects.toThrow(older);
    await expect(PgStore.open(url)).rejects.toThrow(older);
    expect(await pgQuery(url, "SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([{ value: '6' }]);
  }));
});

/** Counts in one order: each store groups them in its own. */
const sorted = (counts: EventCounts) => Object.fromEntries(Object.entries(counts).map(([k, rows]) => [k, (rows as unknown[]).map((r) => JSON.stringify(r)).sort()]));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
