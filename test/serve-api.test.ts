// The HTTP API over a real server listening on 127.0.0.1, over a database built from the dev corpus.
// POST /api/articles runs in worker threads built into dist/, so it is tested on the real
// `sitrep serve` (serve-ingest.test.ts).
import { request } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../src/export/formats.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { AcledQuery } from '../src/serve/acled-params.js';
import { ChangesQuery, EventsQuery } from '../src/serve/params.js';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ExportDocument, ExportEvent, Tally } from '../src/types.js';
import { REAL, tmp } from './helpers.js';

let store: SqliteStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  store = await SqliteStore.open(join(tmp(), 'api.db'));
  await ingestPaths([join(REAL, 'articles')], store);
  app = await buildServer({ store, allowedHosts: ['sitrep.example', 'proxy.example:8443'] });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function get(path: string) {
  const res = await fetch(base + path);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: type.includes('json') ? await res.json() : await res.text() };
}

async function allEvents(params = ''): Promise<ExportEvent[]> {
  const { status, body } = await get(`/api/events?limit=10000${params}`);
  expect(status).toBe(200);
  return body.events.map((e: unknown) => ExportEvent.parse(e));
}

describe('GET /api/events', () => {
  it('lists every stored event, each valid under the export contract, with the total count', async () => {
    const events = await allEvents();
    expect(events.length).toBe(await store.countEvents());
    expect(events.length).toBeGreaterThan(30);
    const { body } = await get('/api/events');
    expect(body.events).toHaveLength(Math.min(100, events.length));
    expect(body.count).toBe(events.length);
  });

  it('pages with a cursor: the pages together are the whole list, in order, without repeats', async () => {
    const all = (await allEvents()).map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const { body }: { body: { events: ExportEvent[]; next_cursor: string | null } } = await get(`/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.events.length).toBeLessThanOrEqual(7);
      seen.push(...body.events.map((e) => e.id));
      cursor = body.next_cursor;
    }
    expect(seen).toEqual(all);
  });

  it('filters by date, country, type, status, actor, sources, bounding box and source text', async () => {
    const all = await allEvents();
    const check = async (params: string, keep: (e: ExportEvent) => boolean) => {
      const got = await allEvents(params);
      expect(got.map((e) => e.id), params).toEqual(all.filter(keep).map((e) => e.id));
      expect(got.length, params).toBeGreaterThan(0);
      expect(got.length, params).toBeLessThan(all.length);
    };
    await check('&since=2023-11-01&until=2023-12-31', (e) => e.date >= '2023-11-01' && e.date <= '2023-12-31');
    await check('&country=iq', (e) => e.location.country_code === 'IQ');
    await check('&type=Air%2Fdrone%20strike', (e) => e.sub_event_type === 'Air/drone strike');
    await check('&type=battles', (e) => e.event_type === 'Battles');
    await check('&status=claimed', (e) => e.status === 'claimed');
    await check('&actor=hezbollah', (e) => [e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].some((a) => a?.name.toLowerCase().includes('hezbollah')));
    await check('&min_sources=2', (e) => e.num_sources >= 2);
    await check('&bbox=38,29,49,38', (e) => e.location.lat! >= 29 && e.location.lat! <= 38 && e.location.lon! >= 38 && e.location.lon! <= 49);
    await check('&q=DRONE', (e) => e.sources.some((s) => s.sentence.toLowerCase().includes('drone')));
  });

  it('the map view carries only what a marker needs', async () => {
    const { body } = await get('/api/events?view=map&limit=3');
    expect(Object.keys(body.events[0]).sort()).toEqual(['actor1', 'actor2', 'date', 'event_type', 'fatalities', 'id', 'injured', 'location', 'num_sources', 'status', 'sub_event_type', 'weapon']);
  });

  it('writes the map view as JSON.stringify writes its answer, page by page, with the summaries as stored', async () => {
    const events = await allEvents();
    const seen: string[] = [];
    for (let cursor = ''; ;) {
      const res = await fetch(`${base}/api/events?view=map&country=iq&limit=7${cursor}`);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const text = await res.text();
      const body = JSON.parse(text) as { count: number; next_cursor: string | null; events: Array<{ id: string }> };
      expect(Object.keys(body)).toEqual(['count', 'count_capped', 'next_cursor', 'events']);
      expect(text).toBe(JSON.stringify(body));
      seen.push(...body.events.map((e) => e.id));
      if (!body.next_cursor) break;
      cursor = `&cursor=${body.next_cursor}`;
    }
    expect(seen).toEqual(events.filter((e) => e.location.country_code === 'IQ').map((e) => e.id));
    expect(seen.length).toBeGreaterThan(7);
  });

  it.each([
    ['since=2023-02-30', 'since'], ['until=yesterday', 'until'], ['country=IRQ', 'country'], ['type=Battle', 'type'],
    ['status=rumoured', 'status'], ['min_sources=0', 'min_sources'], ['min_sources=two', 'min_sources'], ['bbox=1,2,3', 'bbox'],
    ['bbox=10,50,0,60', 'bbox'], ['limit=0', 'limit'], ['limit=10001', 'limit'], ['cursor=not-a-cursor', 'cursor'],
    ['view=list', 'view'], ['min-sources=2', 'min-sources'],
  ])('a bad parameter (%s) is a 400 naming it', async (qs, name) => {
    const { status, type, body } = await get(`/api/events?${qs}`);
    expect(status).toBe(400);
    expect(type).toContain('application/json');
    expect(body).toMatchObject({ error: 'bad_parameter', parameter: name });
    expect(body.message).toContain(name);
  });
});

describe('GET /api/events/:id', () => {
  it('returns the event with its sources, related events and why its reports were merged', async () => {
    const all = await allEvents();
    const merged = all.find((e) => e.num_sources > 1)!;
    const { status, body } = await get(`/api/events/${merged.id}`);
    expect(status).toBe(200);
    expect(ExportEvent.parse(body.event).sources.length).toBeGreaterThan(1);
    expect(body.links.length).toBeGreaterThan(0);
    // the words behind the fields and the rules, per source sentence, as the extractor recorded them with each report
    expect(body.evidence).toHaveLength(body.event.sources.length);
    expect(body.rules).toHaveLength(body.event.sources.length);
    body.evidence.forEach((spans: Array<{ start: number; end: number; field: string }>, i: number) => {
      for (const s of spans) expect(s.start >= 0 && s.end <= body.event.sources[i].sentence.length && s.start < s.end).toBe(true);
    });
    for (const rules of body.rules) expect(rules.length > 0 && rules.every((r: string) => /^[a-z][a-z0-9-]*$/.test(r))).toBe(true);
    const fields = new Set(body.evidence.flat().map((s: { field: string }) => s.field));
    expect(fields.has('event')).toBe(true);
    expect(fields.has('location') || fields.has('actor1') || fields.has('actor2')).toBe(true);
    // every article's sentences are marked, not only the first report's
    const markedArticles = new Set(body.event.sources.filter((_: unknown, i: number) => body.evidence[i].length > 0).map((s: { article_id: string }) => s.article_id));
    expect(markedArticles.size).toBe(merged.num_sources);
    const withRelation = all.find((e) => e.related.length > 0)!;
    const rel = (await get(`/api/events/${withRelation.id}`)).body.related_events;
    expect(rel.map((r: { id: string }) => r.id)).toEqual(withRelation.related.map((r) => r.event_id));
  });

  it('is a JSON 404 for an unknown id, as is an unknown route', async () => {
    expect(await get('/api/events/ev-nope')).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await get('/api/nothing-here')).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });
});

describe('GET /api/stats and /api/tallies', () => {
  it('counts by day, type, country and actor add up to the filtered count', async () => {
    const { body } = await get('/api/stats?country=IQ');
    const iraq = await allEvents('&country=IQ');
    expect(body.count).toBe(iraq.length);
    expect(body.by_day.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(iraq.length);
    expect(Object.values(body.by_type as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(iraq.length);
    expect(body.by_country).toEqual({ IQ: iraq.length });
    expect(body.by_actor[0].count).toBeGreaterThanOrEqual(body.by_actor[body.by_actor.length - 1].count);
    expect((await get('/api/stats?since=bad')).status).toBe(400);
  });

  it('counts a search only up to the cap, and past it gives the stats of its newest matches, saying so in both', async () => {
    const said = await allEvents('&q=said');
    const cap = Math.floor(said.length / 2);
    const rare = await allEvents('&q=houthi');
    expect(rare.length).toBeGreaterThan(0);
    expect(rare.length).toBeLessThanOrEqual(cap);
    // the default cap is above this corpus: every count exact
    expect((await get('/api/events?q=said')).body).toMatchObject({ count: said.length, count_capped: false });
    expect((await get('/api/stats?q=said')).body).toMatchObject({ count: said.length, capped: false, covers: null });
    const capped = await buildServer({ store, searchCap: cap });
    try {
      const at = await capped.listen({ host: '127.0.0.1', port: 0 });
      const json = async (path: string) => (await fetch(at + path)).json();
      const page = await json('/api/events?q=said&limit=10000');
      expect(page).toMatchObject({ count: cap, count_capped: true });
      expect(page.events).toHaveLength(said.length); // the page itself is whole
      const newest = [...said].reverse().slice(0, cap);
      const stats = await json('/api/stats?q=said');
      expect(stats).toMatchObject({ count: cap, capped: true, covers: { newest: cap, since: newest.at(-1)!.date, until: newest[0]!.date } });
      expect(stats.by_day.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(cap);
      // a rarer word, and a filter without a search, are counted exactly
      expect(await json('/api/events?q=houthi')).toMatchObject({ count: rare.length, count_capped: false });
      expect(await json('/api/stats?q=houthi')).toMatchObject({ count: rare.length, capped: false, covers: null });
      expect(await json('/api/events?limit=1')).toMatchObject({ count: await store.countEvents(), count_capped: false });
    } finally {
      await capped.close();
    }
  });

  it("gives each reported tally with sitrep's own count", async () => {
    const { body } = await get('/api/tallies');
    const events = await allEvents();
    expect(body.length).toBeGreaterThan(0);
    for (const t of body) {
      Tally.parse(t);
      // recounted from the event list: violent events in the tally's countries and days, its party (if any) in its role
      const party: { name: string; role: 'actor1' | 'actor2' } | null = t.sitrep.party;
      const own = events.filter((e) => e.event_type !== 'Protests' && (!t.since || e.date >= t.since) && (!t.until || e.date <= t.until) &&
        (t.scope_countries.length === 0 || t.scope_countries.includes(e.location.country_code)) && (!party || e[party.role]?.name === party.name));
      expect(t.sitrep.events, t.what).toBe(own.length);
      expect(t.sitrep.articles, t.what).toBe(new Set(own.flatMap((e) => e.sources.map((s) => s.article_id))).size);
    }
    expect(body.filter((t: { sitrep: { events: number } }) => t.sitrep.events > 0).length).toBeGreaterThan(0);
    expect(body.map((t: Tally) => t.count)).toContain(103);
  });
});

describe('exports', () => {
  it('export.json is the contract, filtered like /api/events', async () => {
    const { status, body } = await get('/api/export.json?country=SY');
    expect(status).toBe(200);
    const doc = ExportDocument.parse(body);
    expect(doc.events.map((e) => e.id)).toEqual((await allEvents('&country=SY')).map((e) => e.id));
    expect(doc.tallies.length).toBeGreaterThan(0);
  });

  it('export.csv has ACLED columns and one row per event; export.geojson one feature per placed event', async () => {
    const total = await store.countEvents();
    const csv = await get('/api/export.csv');
    expect(csv.type).toContain('text/csv');
    const lines = (csv.body as string).trimEnd().split('\n');
    expect(lines[0]).toBe(ACLED_COLUMNS.join(','));
    expect(lines.length - 1).toBeGreaterThanOrEqual(total); // quoted notes may hold no newlines, so rows = events
    const geo = await get('/api/export.geojson');
    expect(geo.type).toContain('application/geo+json');
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features.length).toBe((await allEvents()).filter((e) => e.location.lat != null).length);
    expect((await get('/api/export.csv?status=maybe')).status).toBe(400);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every endpoint and every parameter the server accepts', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(['/api/acled/read', '/api/articles', '/api/changes', '/api/events', '/api/events/{id}', '/api/export.csv', '/api/export.geojson',
      '/api/export.json', '/api/openapi.json', '/api/stats', '/api/status', '/api/tallies']);
    const names = (path: string) => body.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(names('/api/events')).toEqual(Object.keys(EventsQuery.shape).sort());
    expect(names('/api/acled/read')).toEqual(Object.keys(AcledQuery.shape).sort());
    expect(names('/api/changes')).toEqual(Object.keys(ChangesQuery.shape).sort());
  });
});

describe('headers and the Host check', () => {
  /** A GET with a Host header of our choosing, which fetch() does not allow. */
  const withHost = (host: string | undefined, path = '/api/events?limit=1') => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(base + path);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, setHost: host !== undefined, headers: host === undefined ? {} : { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject).end();
  });
  const port = () => new URL(base).port;

  it('sends a Content-Security-Policy, nosniff and no-referrer with the page, its files and the API', async () => {
    for (const path of ['/', '/app.js', '/vendor/leaflet/leaflet.js', '/api/events?limit=1', '/api/nothing-here']) {
      const res = await fetch(base + path);
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
      expect(res.headers.get('content-security-policy'), path).not.toContain('unsafe');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('answers localhost names on its own port and the names allowed, and refuses any other Host with 421', async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`, `LOCALHOST:${port()}`, 'sitrep.example', 'sitrep.example:80', 'proxy.example:8443']) {
      expect((await withHost(host)).status, host).toBe(200);
    }
    // a rebinding page's own name, a local name on another port, an allowed name on another port
    for (const host of [`evil.example:${port()}`, 'localhost:1', 'proxy.example:8444', `127.0.0.1.evil.example:${port()}`]) {
      const res = await withHost(host);
      expect(res.status, host).toBe(421);
      expect(JSON.parse(res.body)).toMatchObject({ error: 'unknown_host', message: expect.stringContaining('--allowed-host') });
    }
    expect((await withHost(`evil.example:${port()}`, '/')).status).toBe(421);
    expect((await withHost(undefined)).status).toBe(400); // Node itself refuses HTTP/1.1 without a Host
  });
});
