// ACLED's read API and the change feed, over a real server on 127.0.0.1, on each store (PostgreSQL when
// SITREP_TEST_PG or a local server answers): a client written the way ACLED's documentation writes one
// pages through /api/acled/read and must get every matching event exactly once; a sync client follows
// /api/changes across ingests that merge stored events; every bad value is a 400 naming its parameter.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledRow, type AcledRow } from '../src/export/formats.js';
import { ingestArticle, ingestPaths, newReport } from '../src/pipeline/ingest.js';
import { buildServer } from '../src/serve/server.js';
import type { EventChange, EventStore, StoredEvent } from '../src/store/event-store.js';
import { PgStore } from '../src/store/pg-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { REAL, ROOT, tmp } from './helpers.js';
import { PG_SERVER, createDatabase, noteSkipped } from './postgres.js';
import { articlesIn } from './store-suite.js';

interface Database {
  store: EventStore;
  drop: () => Promise<void>;
}
type OpenDatabase = ((label: string) => Promise<Database>) | null;

type Params = Record<string, string | string[]>;

const url = (base: string, path: string, params: Params): URL => {
  const u = new URL(path, base);
  for (const [name, value] of Object.entries(params)) for (const v of [value].flat()) u.searchParams.append(name, v);
  return u;
};

/**
 * An ACLED API client as ACLED's documentation writes one: the same query for page 1, 2, … until a page
 * holds fewer rows than the limit asked for.
 */
async function acledClient(base: string, params: Params, limit: number): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let page = 1; ; page++) {
    if (page > 1000) throw new Error('the pages never end: a page loop needs a page shorter than the limit');
    const res = await fetch(url(base, '/api/acled/read', { ...params, limit: String(limit), page: String(page) }));
    const body = await res.json() as { status: number; success: boolean; count: number; data: Array<Record<string, unknown>> };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 200, success: true, count: body.data.length });
    rows.push(...body.data);
    if (body.count < limit) return rows;
  }
}

/** Events newest first, as the read API gives them. */
const newestFirst = (events: StoredEvent[]): StoredEvent[] =>
  [...events].sort((a, b) => b.event.date.localeCompare(a.event.date) || (a.event.id < b.event.id ? 1 : a.event.id > b.event.id ? -1 : 0));

interface Page { since: number; next_cursor: string | null; changes: EventChange[] }

/** Every change at or after `since`, a few at a time, as a sync client reads the feed. */
async function changesSince(base: string, since: number): Promise<EventChange[]> {
  const all: EventChange[] = [];
  for (let cursor: string | null = ''; cursor !== null;) {
    const res = await fetch(url(base, '/api/changes', { since: String(since), limit: '5', ...(cursor ? { cursor } : {}) }));
    expect(res.status).toBe(200);
    const page = await res.json() as Page;
    expect(page.since).toBe(since);
    all.push(...page.changes);
    cursor = page.next_cursor;
  }
  return all;
}

/** A database of the suite's own, filled by `fill` and served on 127.0.0.1 while the suite runs; dropped after it. */
function served(open: (label: string) => Promise<Database>, label: string, fill: (store: EventStore) => Promise<unknown>) {
  const server = {} as { db: Database; app: FastifyInstance; base: string };
  beforeAll(async () => {
    server.db = await open(label);
    await fill(server.db.store);
    server.app = await buildServer({ store: server.db.store });
    server.base = await server.app.listen({ host: '127.0.0.1', port: 0 });
  }, 300_000);
  afterAll(async () => {
    await server.app?.close();
    await server.db?.drop();
  });
  return server;
}

function runAcledApiTests(kind: string, open: OpenDatabase): void {
  const suite = open ? describe : describe.skip;

  suite(`${kind}: GET /api/acled/read`, () => {
    const server = served(open!, 'acled_read', (store) => ingestPaths([join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles')], store));

    it("an ACLED client's page loop gets every matching event exactly once, newest first, with the fields asked for", async () => {
      const { base } = server;
      const stored = newestFirst(await server.db.store.storedEvents());
      const rows = new Map(stored.map((s) => [s.event_id_cnty, acledRow(s)]));
      const interactions = [...new Set([...rows.values()].map((r) => r.interaction).filter((n): n is number => n !== null))];
      const common = interactions.sort((a, b) => [...rows.values()].filter((r) => r.interaction === b).length - [...rows.values()].filter((r) => r.interaction === a).length).slice(0, 2);
      const cases: Array<[Params, number, (r: AcledRow) => boolean]> = [
        [{ event_date: '2023-10-01|2024-06-30', event_date_where: 'BETWEEN', fields: 'event_id_cnty|event_date|country|fatalities' }, 7,
          (r) => r.event_date! >= '2023-10-01' && r.event_date! <= '2024-06-30'],
        [{ country: ['Iraq', 'sy'], event_type: 'Battles|explosions/remote violence' }, 5,
          (r) => ['Iraq', 'Syria'].includes(r.country as string) && ['Battles', 'Explosions/Remote violence'].includes(r.event_type as string)],
        [{ iso: ['368', '760'], fatalities: '0', fatalities_where: '>' }, 3, (r) => [368, 760].includes(r.iso as number) && (r.fatalities as number) > 0],
        [{ actor1: 'military forces of%', actor1_where: 'like', region: 'Middle East' }, 4,
          (r) => /^military forces of/i.test((r.actor1 as string | null) ?? '') && r.region === 'Middle East'],
        [{ interaction: common.join('|') }, 4, (r) => common.includes(r.interaction as number)],
        [{ interaction: String(common[0]), interaction_where: '>', disorder_type: 'political violence' }, 6,
          (r) => (r.interaction as number | null) !== null && (r.interaction as number) > common[0]! && r.disorder_type === 'Political violence'],
        [{ disorder_type: 'Demonstrations' }, 3, (r) => r.disorder_type === 'Demonstrations'],
        [{ event_date: '2024-01-01', event_date_where: '>=', sub_event_type: 'Air/drone strike|Shelling/artillery/missile attack' }, 5,
          (r) => r.event_date! >= '2024-01-01' && ['Air/drone strike', 'Shelling/artillery/missile attack'].includes(r.sub_event_type as string)],
      ];
      for (const [query, limit, keeps] of cases) {
        const expected = [...rows.entries()].filter(([, r]) => keeps(r)).map(([id]) => id);
        expect(expected.length, JSON.stringify(query)).toBeGreaterThan(limit);
        expect(expected.length, JSON.stringify(query)).toBeLessThan(rows.size);
        const got = await acledClient(base, query, limit);
        expect(got.map((r) => r.event_id_cnty), JSON.stringify(query)).toEqual(expected);
        const fields = typeof query.fields === 'string' ? query.fields.split('|') : [...ACLED_COLUMNS];
        for (const r of got) expect(Object.keys(r)).toEqual(fields);
        for (const r of got) expect(r, String(r.event_id_cnty)).toEqual(Object.fromEntries(fields.map((f) => [f, rows.get(r.event_id_cnty as string)![f as keyof AcledRow]])));
      }
      const all = await acledClient(base, {}, 1000);
      expect(all.map((r) => r.event_id_cnty)).toEqual(stored.map((s) => s.event_id_cnty));
      expect((await acledClient(base, { timestamp: '0' }, 1000))).toHaveLength(stored.length);
      expect((await acledClient(base, { timestamp: String(Math.max(...stored.map((s) => s.timestamp)) + 1) }, 1000))).toEqual([]);
    });

    it('answers a page with ACLED\'s wrapper: flat rows whose types are those the OpenAPI document gives', async () => {
      const { base } = server;
      const doc = await (await fetch(`${base}/api/openapi.json`)).json() as { components: { schemas: { AcledRow: { properties: Record<string, { type: string | string[] }> } } } };
      const types = doc.components.schemas.AcledRow.properties;
      expect(Object.keys(types)).toEqual([...ACLED_COLUMNS]);
      const res = await fetch(`${base}/api/acled/read?limit=60`);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.json() as { data: Array<Record<string, unknown>>; count: number };
      expect(body.count).toBe(60);
      const jsonType = (v: unknown) => (v === null ? 'null' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);
      for (const row of body.data) {
        for (const [column, value] of Object.entries(row)) {
          const allowed = [types[column]!.type].flat();
          expect(allowed.includes(jsonType(value)) || (jsonType(value) === 'integer' && allowed.includes('number')), `${column}: ${JSON.stringify(value)}`).toBe(true);
        }
      }
      expect(body.data.some((r) => typeof r.latitude === 'number' && typeof r.interaction === 'number' && typeof r.iso === 'number')).toBe(true);
    });

    it('gives CSV with format=csv (or _format=csv): the fields asked for, a row per event, the same rows as JSON', async () => {
      const { base } = server;
      const query = 'country=Iraq&fields=event_id_cnty|event_date|fatalities|iso&limit=1000';
      const json = await (await fetch(`${base}/api/acled/read?${query}`)).json() as { data: Array<Record<string, unknown>> };
      expect(json.data.length).toBeGreaterThan(5);
      for (const format of ['format=csv', '_format=csv']) {
        const res = await fetch(`${base}/api/acled/read?${query}&${format}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        const [head, ...lines] = (await res.text()).trimEnd().split('\n');
        expect(head).toBe('event_id_cnty,event_date,fatalities,iso');
        expect(lines).toEqual(json.data.map((r) => [r.event_id_cnty, r.event_date, r.fatalities, r.iso].map(String).join(',')));
      }
    });

    it('refuses every bad value, an unknown parameter and a comparison a column does not take with a 400 naming the parameter, as ACLED answers', async () => {
      const { base } = server;
      const cases: Array<[string, string]> = [
        ['event_date=2023-02-30', 'event_date'], ['event_date=2023-01-01|', 'event_date'], ['event_date=2023-01-01&event_date_where=BETWEEN', 'event_date'],
        ['event_date=2024-01-01|2023-01-01&event_date_where=BETWEEN', 'event_date'], ['event_date=2023-01-01&event_date_where=NEAR', 'event_date_where'],
        ['event_date_where=%3E', 'event_date_where'], ['event_date=2023-01-01&event_date_where=LIKE', 'event_date_where'],
        ['event_date=2023-01-01&event_date_where=%3E&event_date_where=%3C', 'event_date_where'],
        ['timestamp=yesterday', 'timestamp'], ['timestamp=1700000000&timestamp_where=LIKE', 'timestamp_where'],
        ['iso=999', 'iso'], ['iso=IQ', 'iso'], ['country=Atlantis', 'country'], ['country=XX', 'country'], ['region=Middle%20Earth', 'region'],
        ['actor1=', 'actor1'], ['actor1=Police&actor1_where=%3E', 'actor1_where'], ['actor1=Police%5C&actor1_where=LIKE', 'actor1'],
        [`actor2=${'x'.repeat(201)}`, 'actor2'], ['actor2=a&actor2_where=BETWEEN', 'actor2_where'], ['admin1=', 'admin1'], ['admin1=Kirkuk&admin1_where=%3C%3D', 'admin1_where'],
        ['interaction=ten', 'interaction'], ['interaction=10&interaction_where=LIKE', 'interaction_where'],
        ['disorder_type=Violence', 'disorder_type'], ['disorder_type=Demonstrations&disorder_type_where=%3E', 'disorder_type_where'],
        ['event_type=Battle', 'event_type'], ['event_type=Battle&event_type_where=%3D', 'event_type'], ['event_type=Battles&event_type_where=%3E', 'event_type_where'],
        ['sub_event_type=Drone%20strike', 'sub_event_type'], ['sub_event_type=Armed%20clash&sub_event_type_where=BETWEEN', 'sub_event_type_where'],
        ['fatalities=-1', 'fatalities'], ['fatalities=1.5', 'fatalities'], ['fatalities=5|1&fatalities_where=BETWEEN', 'fatalities'], ['fatalities=1&fatalities_where=LIKE', 'fatalities_where'],
        ['fields=event_id_cnty|id', 'fields'], ['fields=', 'fields'],
        ['limit=0', 'limit'], ['limit=50001', 'limit'], ['limit=ten', 'limit'], ['page=0', 'page'], ['page=1.5', 'page'],
        ['format=xml', 'format'], ['_format=xml', '_format'], ['format=json&_format=csv', '_format'],
        ['terms=accept', 'terms'], ['country_where=LIKE&country=Iraq', 'country_where'],
      ];
      for (const [query, parameter] of cases) {
        const res = await fetch(`${base}/api/acled/read?${query}`);
        const body = await res.json() as { status: number; success: boolean; error: { status: number; message: string; parameter: string } };
        expect(res.status, query).toBe(400);
        expect(body, query).toMatchObject({ status: 400, success: false, error: { status: 400, parameter } });
        expect(body.error.message, query).toMatch(new RegExp(`^${parameter} \\S`));
        expect(body.error.message, query).not.toMatch(/\n|\bat \S+:\d+/);
      }
    });
  });

  suite(`${kind}: GET /api/changes, as a sync client reads it`, () => {
    const server = served(open!, 'acled_sync', async () => undefined);

    it('a mirror kept by the feed (and by timestamp reads) follows new, changed and merged-away events to what the server holds', async () => {
      const { base, db } = server;
      const articles = articlesIn(join(REAL, 'articles'));
      // the last real articles bring reports that merge events stored before them into one
      const [first, then] = [articles.slice(0, -4), articles.slice(-4)];
      for (const a of first) await ingestArticle(a, db.store, newReport(0, []));
      const ids = async () => (await db.store.events()).map((e) => e.id).sort();
      const byId = new Map<string, string | null>();
      const apply = (changes: EventChange[]) => changes.forEach((c) => (c.change === 'removed' ? byId.delete(c.id) : byId.set(c.id, c.event_id_cnty)));
      const seen = await changesSince(base, 0);
      // since the beginning every event is new; some were merged away meanwhile
      expect(new Set(seen.map((c) => c.change))).toEqual(new Set(['new', 'removed']));
      apply(seen);
      expect([...byId.keys()].sort()).toEqual(await ids());
      const mirrored = new Set(byId.keys());
      // an ACLED-style mirror, keyed by event_id_cnty
      const acled = new Map((await acledClient(base, {}, 1000)).map((r) => [r.event_id_cnty as string, r]));
      const since = Math.max(...seen.map((c) => c.timestamp));

      for (const a of then) await ingestArticle(a, db.store, newReport(0, []));
      const later = await changesSince(base, since);
      apply(later);
      expect([...byId.keys()].sort()).toEqual(await ids());
      // the feed is read from the last second seen on, which may come again: what is new to this client
      const removed = later.filter((c) => c.change === 'removed' && !seen.some((s) => s.id === c.id && s.change === 'removed'));
      expect(removed.filter((r) => mirrored.has(r.id)).length).toBeGreaterThan(0);
      const stored = new Map((await db.store.storedEvents()).map((s) => [s.event.id, s.event_id_cnty]));
      for (const r of removed) {
        expect(stored.has(r.id)).toBe(false);
        expect(stored.get(r.merged_into!.id), r.id).toBe(r.merged_into!.event_id_cnty);
        expect(later.find((c) => c.id === r.merged_into!.id)?.change, r.id).toMatch(/^(new|changed)$/);
        // the old id still answers: where it went, and a client that follows redirects gets the survivor
        const moved = await fetch(`${base}/api/events/${r.id}`, { redirect: 'manual' });
        expect(moved.status).toBe(301);
        expect(moved.headers.get('location')).toBe(`/api/events/${r.merged_into!.id}`);
        expect(await moved.json()).toMatchObject({ error: 'merged', merged_into: r.merged_into, message: expect.stringContaining(`merged into ${r.merged_into!.id}`) });
        const followed = await fetch(`${base}/api/events/${r.id}`);
        expect(followed.status).toBe(200);
        expect((await followed.json() as { event: { id: string } }).event.id).toBe(r.merged_into!.id);
      }
      // removals first, then the rows changed since: the ACLED mirror ends as the server's rows
      for (const r of removed) acled.delete(r.event_id_cnty!);
      for (const row of await acledClient(base, { timestamp: String(since) }, 1000)) acled.set(row.event_id_cnty as string, row);
      const now = await acledClient(base, {}, 1000);
      expect([...acled.keys()].sort()).toEqual(now.map((r) => r.event_id_cnty as string).sort());
      expect(now.every((r) => JSON.stringify(acled.get(r.event_id_cnty as string)) === JSON.stringify(r))).toBe(true);
      expect(await changesSince(base, Math.max(...later.map((c) => c.timestamp)) + 1)).toEqual([]);
    });

    it('refuses a bad since, limit or cursor, and an unknown parameter, with a 400 naming it', async () => {
      const { base } = server;
      const cases: Array<[string, string]> = [
        ['', 'since'], ['since=yesterday', 'since'], ['since=2024-02-30', 'since'], ['since=2024-05-01T12:00:00', 'since'], ['since=1&since=2', 'since'],
        ['since=0&limit=0', 'limit'], ['since=0&limit=10001', 'limit'], ['since=0&cursor=abc', 'cursor'], ['since=0&bogus=1', 'bogus'],
      ];
      for (const [query, parameter] of cases) {
        const res = await fetch(`${base}/api/changes?${query}`);
        expect(res.status, query).toBe(400);
        const body = await res.json() as { error: string; parameter: string; message: string };
        expect(body, query).toMatchObject({ error: 'bad_parameter', parameter });
        expect(body.message, query).toMatch(new RegExp(`^${parameter} \\S`));
      }
      for (const since of ['1714521600', '2024-05-01', '2024-05-01T00:00:00Z', '2024-05-01T02:00:00+02:00']) {
        const res = await fetch(`${base}/api/changes?since=${encodeURIComponent(since)}`);
        expect((await res.json() as Page).since, since).toBe(1714521600);
      }
    });
  });
}

runAcledApiTests('SQLite', async () => {
  const store = await SqliteStore.open(join(tmp(), 'acled.db'));
  return { store, drop: () => store.close() };
});

noteSkipped('the ACLED read API and change feed tests on PostgreSQL');
runAcledApiTests('PostgreSQL', PG_SERVER ? async (label) => {
  const { url: database, drop } = await createDatabase(label);
  const store = await PgStore.open(database);
  return { store, drop: async () => { await store.close(); await drop(); } };
} : null);
