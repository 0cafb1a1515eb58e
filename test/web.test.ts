// The web page in a real headless Chromium (Debian's, driven by playwright-core), served by the real
// `sitrep serve` over a database built from the dev corpus by the real `sitrep ingest`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, REAL, sitrep, startServe, tmp , launchChromium } from './helpers.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');

let browser: Browser;
let server: Awaited<ReturnType<typeof startServe>>;
let db: string;

beforeAll(async () => {
  db = join(tmp(), 'web.db');
  const run = sitrep(['ingest', join(REAL, 'articles'), '--db', db, '-q']);
  expect(run.status, run.stderr).toBe(0);
  server = await startServe(['--db', db]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(path = '/'): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // a style, script or handler the Content-Security-Policy blocks is reported on the console, not thrown
  page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && errors.push(m.text())));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path);
  await page.waitForSelector('body[data-state=ready]');
  return { page, errors, requests };
}

const api = async (path: string) => (await fetch(server.url + path)).json();

/** Events on the map: single markers plus the counts on cluster icons. */
async function markersOnMap(page: Page): Promise<number> {
  const single = await page.locator('.event-marker').count();
  const clustered = (await page.locator('.marker-cluster').allInnerTexts()).reduce((n, t) => n + Number(t), 0);
  return single + clustered;
}

async function listDates(page: Page): Promise<string[]> {
  return page.locator('#list li .when').allInnerTexts();
}

describe('web page', () => {
  it('shows every placed event on an offline map, with borders and a timeline, fetching nothing from elsewhere', async () => {
    const { page, errors, requests } = await openPage();
    const { events } = await api('/api/events?view=map&limit=10000');
    const placed = events.filter((e: { location: { lat: number | null } }) => e.location.lat != null).length;
    expect(placed).toBeGreaterThan(30);
    expect(await markersOnMap(page)).toBe(placed);
    expect(await page.locator('#map path.leaflet-interactive, #map svg path').count()).toBeGreaterThan(100); // country borders
    expect(await page.locator('#timeline rect').count()).toBeGreaterThan(10);
    expect(await page.locator('#list li').count()).toBe(events.length);
    expect(await page.locator('#tallies li').count()).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for the stats once and for the events once: with more matches than one request brings, for the newest days that fit', async () => {
    const apiCalls = (requests: string[], path: string) => requests.filter((u) => new URL(u).pathname === path);
    const plain = await openPage();
    // the filter lists and the timeline read one answer of /api/stats
    expect(apiCalls(plain.requests, '/api/stats')).toHaveLength(1);
    expect(apiCalls(plain.requests, '/api/events')).toHaveLength(1);
    await plain.page.close();
    // the same days counted over and over, more than the page's 10,000: the stats say which newest days
    // fit, and the one request for events asks for those days alone (not the oldest 10,000, then again)
    const stats = await api('/api/stats');
    const times = Math.ceil(20_000 / stats.count);
    const byDay: Array<{ date: string; total: number }> = stats.by_day.map((d: { date: string; total: number }) => ({ ...d, total: d.total * times }));
    let room = 10_000;
    let from = '';
    for (const d of [...byDay].reverse()) {
      if (from && d.total > room) break;
      room -= d.total;
      from = d.date;
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.route(/\/api\/stats(\?|$)/, (route) => route.fulfill({ json: { ...stats, count: stats.count * times, by_day: byDay } }));
    await page.goto(server.url);
    await page.waitForSelector('body[data-state=ready]');
    const asked = apiCalls(requests, '/api/events');
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).searchParams.get('since')).toBe(from);
    const shown = (await api(`/api/events?view=map&limit=10000&since=${from}`)).events.length;
    expect(await page.locator('#count').innerText()).toBe(`${(stats.count * times).toLocaleString('en')} events (the newest ${shown} shown)`);
    expect(await page.locator('#list li').count()).toBe(Math.min(300, shown));
    await page.close();
  });

  it('opens an event from its marker: type, date, place, status and every source sentence with its outlet', async () => {
    const { page, errors } = await openPage();
    // zoom into clusters until single markers show, as a user would: a click zooms in or spreads one
    for (let i = 0; i < 8 && (await page.locator('.event-marker').count()) === 0; i++) {
      const zoom = await page.locator('#map').getAttribute('data-zoom');
      await page.locator('.marker-cluster').first().click();
      await page.waitForFunction((z) => document.querySelector<HTMLElement>('#map')!.dataset.zoom !== z || document.querySelector('.event-marker'), zoom);
    }
    await page.locator('.event-marker').first().click();
    await page.waitForSelector('#detail:not([hidden]) .sentence');
    const id = new URL(page.url()).searchParams.get('event');
    expect(id).toMatch(/^ev-[0-9a-f]{12}$/);
    const { event, evidence, rules } = await api(`/api/events/${id}`);
    const detail = page.locator('#detail');
    await expect.poll(() => detail.innerText()).toContain(event.sub_event_type);
    const text = await detail.innerText();
    expect(text).toContain(event.date);
    expect(text).toContain(event.location.name);
    expect(await detail.locator('.badge').first().innerText()).toBe(event.status);
    expect(await detail.locator('.sentence').allInnerTexts()).toEqual(event.sources.map((s: { sentence: string }) => s.sentence));
    for (const s of event.sources) expect(text).toContain(s.outlet ?? s.article_id);
    // the words behind the fields and the rules, as the extractor recorded them with each report
    type Span = { start: number; end: number };
    const words = event.sources.flatMap((s: { sentence: string }, i: number) => evidence[i].map((x: Span) => s.sentence.slice(x.start, x.end)));
    expect(words.length).toBeGreaterThan(0);
    expect(await detail.locator('.sentence mark').allInnerTexts()).toEqual(words);
    expect(await detail.locator('.sources .rules').allInnerTexts()).toEqual(rules.map((r: string[]) => `rules ${r.join(', ')}`));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'web-event.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('brushing the timeline filters the list and the map to that date range, and the URL keeps it', async () => {
    const { page } = await openPage();
    const before = await listDates(page);
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('since'));
    await page.waitForSelector('body[data-state=ready]');
    const url = new URL(page.url());
    const since = url.searchParams.get('since')!;
    const until = url.searchParams.get('until')!;
    const after = await listDates(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const d of after) expect(d >= since && d <= until, `${d} in ${since}..${until}`).toBe(true);
    const { count } = await api(`/api/events?since=${since}&until=${until}&limit=1`);
    expect(after).toHaveLength(count);
    expect(await markersOnMap(page)).toBeLessThan(before.length);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'web-brushed.png') });
    await page.close();
  });

  it('a shared URL restores the filters; the search box and selects filter the list', async () => {
    const { page } = await openPage('/?country=IQ&status=confirmed');
    expect(await page.locator('select[name=country]').inputValue()).toBe('IQ');
    expect(await page.locator('select[name=status]').inputValue()).toBe('confirmed');
    const { count } = await api('/api/events?country=IQ&status=confirmed&limit=1');
    expect(await page.locator('#list li').count()).toBe(count);
    await page.locator('input[name=q]').fill('drone');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'drone');
    await page.waitForSelector('body[data-state=ready]');
    const withQ = await api('/api/events?country=IQ&status=confirmed&q=drone&limit=1');
    expect(withQ.count).toBeLessThan(count);
    expect(await page.locator('#list li').count()).toBe(withQ.count);
    await page.locator('#clear').click();
    await page.waitForFunction(() => location.search === '');
    await page.waitForSelector('body[data-state=ready]');
    expect(await page.locator('#list li').count()).toBe((await api('/api/events?limit=1')).count);
    await page.close();
  });

  it('runs under a Content-Security-Policy with no inline script: nothing is blocked, and the close button closes', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && errors.push(m.text())));
    const res = (await page.goto(server.url))!;
    const headers = res.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.waitForSelector('body[data-state=ready]');
    // an inline script is what an injected page would need: the policy must refuse it
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.inline = "ran"';
      document.body.append(s);
    });
    expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();
    expect(errors).toEqual([expect.stringMatching(/inline script violates the following Content Security Policy/)]);
    errors.length = 0;
    await page.locator('#list li').first().click();
    await page.waitForSelector('#detail:not([hidden]) .sentence');
    await page.locator('#detail button.close').click();
    expect(await page.locator('#detail').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.has('event')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the sentences of reports stored before sitrep kept what it read unmarked, and says why', async () => {
    const { events } = await api('/api/events?limit=10000');
    const event = events.find((e: { sources: unknown[] }) => e.sources.length >= 2);
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE reports SET data = json_remove(data, '$.evidence') WHERE event_id = ?").run(event.id);
    sqlite.close();
    const { page, errors } = await openPage(`/?event=${event.id}`);
    await page.waitForSelector('#detail:not([hidden]) .sentence');
    expect(await page.locator('#detail .sentence').allInnerTexts()).toEqual(event.sources.map((s: { sentence: string }) => s.sentence));
    expect(await page.locator('#detail .sentence mark').count()).toBe(0);
    expect(await page.locator('#detail .sources .rules').allInnerTexts()).toEqual(event.sources.map(() => 'words not marked: stored by an earlier sitrep'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links a source only by an http(s) URL: a javascript: URL left by an older sitrep is shown as text', async () => {
    const { events } = await api('/api/events?limit=10000');
    const event = events.find((e: { sources: Array<{ url: string | null }> }) => e.sources.length >= 2 && e.sources.every((s) => s.url?.startsWith('https://')));
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE events SET data = json_set(data, '$.sources[0].url', 'javascript:document.body.dataset.pwned=1') WHERE id = ?").run(event.id);
    sqlite.close();
    const { page, errors } = await openPage(`/?event=${event.id}`);
    await page.waitForSelector('#detail:not([hidden]) .sentence');
    const metas = page.locator('#detail .sources .meta');
    expect(await metas.nth(0).locator('a').count()).toBe(0);
    expect(await metas.nth(0).innerText()).toContain(event.sources[0].outlet ?? event.sources[0].article_id);
    expect(await metas.nth(1).locator('a').getAttribute('href')).toBe(event.sources[1].url);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
