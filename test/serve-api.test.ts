// The HTTP API over a real server listening on 127.0.0.1, over a database built from the dev corpus.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../src/export/formats.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { EventsQuery } from '../src/serve/params.js';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ExportDocument, ExportEvent, Tally } from '../src/types.js';
import { REAL, tmp } from './helpers.js';

const TOKEN = 'test-token-123';
let store: SqliteStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  store = new SqliteStore(join(tmp(), 'api.db'));
  ingestPaths([join(REAL, 'articles')], store);
  app = await buildServer({ store, token: TOKEN, bodyLimit: 64 * 1024 });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);

afterAll(async () => {
  await app?.close();
  store?.close();
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
    expect(events.length).toBe(store.countEvents());
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
    // the words behind the fields, per source sentence, found by the extractor's finders
    expect(body.evidence).toHaveLength(body.event.sources.length);
    body.evidence.forEach((spans: Array<{ start: number; end: number; field: string }>, i: number) => {
      for (const s of spans) expect(s.start >= 0 && s.end <= body.event.sources[i].sentence.length && s.start < s.end).toBe(true);
    });
    const fields = new Set(body.evidence.flat().map((s: { field: string }) => s.field));
    expect(fields.has('event')).toBe(true);
    expect(fields.has('location') || fields.has('actor1') || fields.has('actor2')).toBe(true);
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
    const total = store.countEvents();
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
    expect(Object.keys(body.paths).sort()).toEqual(['/api/articles', '/api/events', '/api/events/{id}', '/api/export.csv', '/api/export.geojson',
      '/api/export.json', '/api/openapi.json', '/api/stats', '/api/tallies']);
    const names = body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(Object.keys(EventsQuery.shape).sort());
  });
});

describe('POST /api/articles', () => {
  const article = {
    id: 'api-post-1', outlet: 'Test Wire', published: '2024-03-05',
    text: 'MOGADISHU - A roadside bomb killed three soldiers near Kismayo on Monday, a police officer told reporters. Al-Shabaab claimed the attack.',
  };
  const post = (body: string | Buffer, headers: Record<string, string> = {}, path = '/api/articles') =>
    fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('refuses without the bearer token, and with a wrong one', async () => {
    const none = await post(JSON.stringify(article));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await none.json()).error).toBe('unauthorized');
    expect((await post(JSON.stringify(article), { authorization: 'Bearer wrong-token-12' })).status).toBe(401);
    expect(store.countEvents()).toBe((await allEvents()).length);
  });

  it('ingests an article with the token and returns the events it made; the same article again changes nothing', async () => {
    const before = store.countEvents();
    const res = await post(JSON.stringify(article), { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(1);
    expect(body.events.length).toBeGreaterThan(0);
    const e = ExportEvent.parse(body.events[0]);
    expect(e.location.name).toBe('Kismayo');
    expect((await get(`/api/events/${e.id}`)).status).toBe(200);
    expect(store.countEvents()).toBe(before + body.created);
    const again = await (await post(JSON.stringify(article), { authorization: `Bearer ${TOKEN}` })).json();
    expect(again).toMatchObject({ articles: 0, duplicates: 1, events: [] });
    const corrected = await post(JSON.stringify({ ...article, text: `${article.text} The toll rose to four.` }), { authorization: `Bearer ${TOKEN}` });
    expect(corrected.status).toBe(409);
    expect((await corrected.json()).message).toMatch(/article id "api-post-1" is already stored with a different text/);
  });

  it('reads plain text with the publication day as a parameter', async () => {
    const text = 'Gunmen abducted 12 passengers near Kaduna on Sunday, police said.';
    const res = await post(text, { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, '/api/articles?published=2024-06-10');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.events[0].date).toBe('2024-06-09');
    const bad = await post(text, { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, '/api/articles?published=2024-06-31');
    expect(bad.status).toBe(400);
  });

  it('reads an RSS feed body, one article per item', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>
      <item><title>Blast</title><link>https://example.org/a</link><pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>
      <description>A car bomb exploded near a checkpoint in Kirkuk on Monday, killing two police officers, officials said.</description></item>
      <item><title>Clash</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>
      <description>Gunmen abducted five farmers near Kaduna on Sunday, police said &amp; residents confirmed.</description></item>
    </channel></rss>`;
    const res = await post(rss, { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/rss+xml' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(2);
    expect(body.events.map((e: ExportEvent) => e.location.name).sort()).toEqual(['Kaduna', 'Kirkuk']);
  });

  it('stores the readable items of a body and names the others', async () => {
    const items = [
      { id: 'api-mixed-1', published: '2024-05-20', text: 'A suicide bomber killed six people at a market in Maiduguri on Sunday, police said.' },
      { id: 'api-mixed-2', published: '2024-05-20', text: '' },
    ];
    const res = await post(JSON.stringify(items), { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.articles).toBe(1);
    expect(body.errors).toEqual([expect.stringMatching(/request body \(article 2\)/)]);
  });

  it('stores each article of a body on its own: one whose id is stored with another text is refused, its neighbours stored', async () => {
    const kismayo = { id: 'api-batch-kept', outlet: 'Test Wire', published: '2024-03-12', text: 'A roadside bomb killed two soldiers near Afgooye on Sunday, a police officer said.' };
    expect((await post(JSON.stringify(kismayo), { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    const before = store.counts();
    const batch = [
      { id: 'api-batch-1', published: '2024-05-20', text: 'Gunmen killed four farmers near Gwoza on Saturday, residents said.' },
      { ...kismayo, text: `${kismayo.text} The toll later rose to five.` },
      { id: 'api-batch-3', published: '2024-05-21', text: 'A drone strike hit a vehicle near Jilib on Monday, killing two militants, officials said.' },
    ];
    const res = await post(JSON.stringify(batch), { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items).toEqual([
      { id: 'api-batch-1', status: 'stored' },
      { id: 'api-batch-kept', status: 'conflict', message: 'request body (article 2): article id "api-batch-kept" is already stored with a different text: give the corrected story a new id' },
      { id: 'api-batch-3', status: 'stored' },
    ]);
    expect(body).toMatchObject({ articles: 2, errors: [body.items[1].message] });
    expect(store.counts().articles).toBe(before.articles + 2);
    // the stored story is the first text, whole
    const kept = (await allEvents()).filter((e) => e.sources.some((s) => s.article_id === 'api-batch-kept'));
    expect(kept.flatMap((e) => e.sources.filter((s) => s.article_id === 'api-batch-kept').map((s) => s.sentence)).join(' ')).not.toMatch(/five/);

    const onlyConflict = await post(JSON.stringify([batch[1], batch[1]]), { authorization: `Bearer ${TOKEN}` });
    expect(onlyConflict.status).toBe(409);
    expect((await onlyConflict.json()).items.map((i: { status: string }) => i.status)).toEqual(['conflict', 'conflict']);
  });

  it('answers unreadable bodies with a JSON 400 and oversized ones with a JSON 413, storing nothing', async () => {
    const before = store.counts();
    const binary = await post(Buffer.from([0, 1, 2, 3, 255, 0, 7]), { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' });
    expect(binary.status).toBe(400);
    expect((await binary.json()).message).toMatch(/request body: is binary/);
    const broken = await post('{"text": "unfinished', { authorization: `Bearer ${TOKEN}` });
    expect(broken.status).toBe(400);
    const huge = await post(JSON.stringify({ ...article, text: 'word '.repeat(20_000) }), { authorization: `Bearer ${TOKEN}` });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(store.counts()).toEqual(before);
  });

  it('is closed on a server started without a token', async () => {
    const readOnly = await buildServer({ store });
    const url = await readOnly.listen({ host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`${url}/api/articles`, { method: 'POST', body: JSON.stringify(article), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toBe('ingest_disabled');
    } finally {
      await readOnly.close();
    }
  });
});
