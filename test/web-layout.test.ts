// The page on a phone and on a desktop, every event reachable, honest loading/empty/error state, the first
// view, the analyst's tools, the keyboard, contrast and axe-core's checks: in Debian's headless Chromium (playwright-core)
// against the real `sitrep serve` over the dev corpus, ingested by the real `sitrep ingest`.
// Screenshots go to test/screenshots/ (ignored by git; docs/ keeps the ones the README shows).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEventDb } from '../src/bench/serve-bench.js';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ROOT, REAL, loadFolder, sitrep, startServe, tmp, launchChromium } from './helpers.js';

const SHOTS = join(ROOT, 'test', 'screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
// web/app.js's CONTEXT_ZOOM: the deepest zoom the page goes to on its own
const CONTEXT_ZOOM = 7;

interface Summary {
  id: string;
  date: string;
  event_type: string;
  sub_event_type: string;
  status: string;
  location: { name: string; country_code: string | null; lat: number | null; lon: number | null; geo_precision: number };
}

let browser: Browser;
let server: Awaited<ReturnType<typeof startServe>>;
let events: Summary[];

beforeAll(async () => {
  const db = join(tmp(), 'web-layout.db');
  const run = sitrep(['ingest', join(REAL, 'articles'), '--db', db, '-q']);
  expect(run.status, run.stderr).toBe(0);
  server = await startServe(['--db', db]);
  browser = await launchChromium();
  events = (await api('/api/events?view=map&limit=10000')).events;
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function api(path: string, base = server.url) {
  return (await fetch(base + path)).json();
}

/** A fresh page at `path`, once nothing is loading; `errors` collects page errors and CSP refusals. */
async function open(path = '/', viewport = DESKTOP, options: BrowserContextOptions = {}, base = server.url): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && errors.push(m.text())));
  await page.goto(base + path);
  await page.waitForSelector('body[data-state=ready]');
  return { page, errors };
}

async function close(page: Page) {
  await page.context().close();
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not displayed`);
  return b;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth && document.body.scrollWidth <= innerWidth);

const eventInUrl = (page: Page, id: string) => page.waitForFunction((want) => new URL(location.href).searchParams.get('event') === want, id);

/** The open event's detail, loaded: its id in the URL and its source sentences drawn. */
async function detailOf(page: Page, id: string) {
  await eventInUrl(page, id);
  await page.waitForSelector(`#detail:not([hidden])[data-id="${id}"][aria-busy=false] .sentence`);
}

/** Single markers and clusters whose centre lies inside the map, with how many events each stands for. */
function iconsOnMap(page: Page): Promise<Array<{ x: number; y: number; n: number; id?: string }>> {
  return page.evaluate(() => {
    const area = document.querySelector('#map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('#map .event-marker, #map .marker-cluster')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      if (x < area.left || x > area.right || y < area.top || y > area.bottom) return [];
      const cluster = el.classList.contains('marker-cluster');
      return [{ x, y, n: cluster ? Number(el.innerText) : 1, id: cluster ? undefined : el.dataset.id }];
    });
  });
}

/** Two event markers drawn at one spot: the top one hides the others. */
async function stackedMarkers(page: Page): Promise<number> {
  const singles = (await iconsOnMap(page)).filter((i) => i.id);
  return singles.filter((a, i) => singles.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 2)).length;
}

/** The largest set of events sitrep placed on one point. */
function colocated(): Summary[] {
  const at = new Map<string, Summary[]>();
  for (const e of events) if (e.location.lat != null) at.set(`${e.location.lat},${e.location.lon}`, [...(at.get(`${e.location.lat},${e.location.lon}`) ?? []), e]);
  return [...at.values()].sort((a, b) => b.length - a.length)[0]!;
}

const zoomOf = async (page: Page) => Number(await page.locator('#map').getAttribute('data-zoom'));

/** WCAG's contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's findings on the page as it is, one line each: every violation, whatever its impact, and
 * every text whose contrast axe could not measure because something seemed to lie over it (the map's
 * layers reach past its edges): a contrast check that cannot see a text would pass it unchecked.
 */
async function axeProblems(page: Page, state: string): Promise<string[]> {
  await page.evaluate(AXE); // evaluated by the browser's debugger, which the page's CSP does not govern
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  const contrastPassed = results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
  const unseen = results.incomplete.filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.filter((n) => n.any.some((c) => (c.data as { messageKey?: string } | null)?.messageKey === 'bgOverlap')));
  return [
    ...results.violations.flatMap((v) => v.nodes.map((n) => `${state}: ${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}`)),
    ...unseen.map((n) => `${state}: contrast not measurable, overlapped, at ${n.target.join(' ')}`),
    ...(contrastPassed < 20 ? [`${state}: only ${contrastPassed} texts passed the contrast check`] : []),
  ];
}

describe('the page on a phone and on a desktop', () => {
  it('at 390×844 the map and a bottom sheet share the screen with no sideways scroll; a tapped event shows its sources', async () => {
    const { page, errors } = await open('/', PHONE, { isMobile: true, hasTouch: true });
    expect(await noSidewaysScroll(page)).toBe(true);
    const map = await box(page, '#map');
    const sheet = await box(page, '#side');
    expect(map.height).toBeGreaterThanOrEqual(200);
    expect(sheet.height).toBeGreaterThanOrEqual(250);
    expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);
    expect(await page.locator('#list li').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'phone.png') });

    const group = colocated();
    await page.locator(`#list li[data-id="${group[0]!.id}"]`).tap();
    await detailOf(page, group[0]!.id);
    // the first source sentence is on screen inside the sheet, with the map still above it
    const sentence = await box(page, '#detail .sentence');
    const openSheet = await box(page, '#side');
    const smallMap = await box(page, '#map');
    expect(sentence.y).toBeGreaterThanOrEqual(openSheet.y);
    expect(sentence.y + sentence.height).toBeLessThanOrEqual(Math.min(PHONE.height, openSheet.y + openSheet.height));
    expect(smallMap.height).toBeGreaterThanOrEqual(150);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'phone-event.png') });

    // the event's neighbours at its point were spread around it: a tap on one opens it
    await page.locator(`#map .event-marker[data-id="${group[1]!.id}"]`).tap();
    await detailOf(page, group[1]!.id);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('at 1366×768 the panel sits beside the map, its tabs at the top, with no sideways scroll', async () => {
    const { page, errors } = await open('/', DESKTOP);
    expect(await noSidewaysScroll(page)).toBe(true);
    const map = await box(page, '#map');
    const side = await box(page, '#side');
    expect(side.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(Math.abs(side.y - map.y)).toBeLessThanOrEqual(1);
    expect(map.height).toBeGreaterThanOrEqual(400);
    expect(map.width).toBeGreaterThanOrEqual(800);
    // the tallies are one click from the top of the panel, not thousands of pixels down it
    const tab = await box(page, '#tab-tallies');
    expect(tab.y - side.y).toBeLessThan(60);
    await page.screenshot({ path: join(SHOTS, 'desktop.png') });
    const row = page.locator('#list li').nth(2);
    const id = (await row.getAttribute('data-id'))!;
    await row.click();
    await detailOf(page, id);
    expect(await page.locator('#detail .sentence').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'desktop-event.png') });
    expect(errors).toEqual([]);
    await close(page);
  });
});

describe('every event reachable', () => {
  it('events at one point spread out, at the first view and fully zoomed in, and each opens its own detail, marked and in front', async () => {
    const group = colocated();
    expect(group.length).toBeGreaterThanOrEqual(5);
    const { page, errors } = await open('/');
    expect(await stackedMarkers(page)).toBe(0);

    await page.locator(`#list li[data-id="${group[0]!.id}"]`).click();
    await detailOf(page, group[0]!.id);
    expect(await zoomOf(page)).toBeLessThanOrEqual(CONTEXT_ZOOM);
    expect(await stackedMarkers(page)).toBe(0);
    for (const e of group) {
      // a click lands only on a marker no other covers (playwright checks what is under the pointer)
      await page.locator(`#map .event-marker[data-id="${e.id}"]`).click({ timeout: 5000 });
      await detailOf(page, e.id);
      const z = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-icon')]
        .map((el) => ({ selected: el.classList.contains('selected'), id: el.dataset.id, z: Number(getComputedStyle(el).zIndex) })));
      const selected = z.filter((m) => m.selected);
      expect(selected.map((m) => m.id)).toEqual([e.id]);
      expect(Math.max(...z.filter((m) => !m.selected).map((m) => m.z))).toBeLessThan(selected[0]!.z);
    }

    // all the way in, the point's events are still one cluster, never markers stacked on each other
    while (!(await page.locator('.leaflet-control-zoom-in.leaflet-disabled').count())) {
      const zoom = await zoomOf(page);
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForFunction((z) => Number(document.querySelector<HTMLElement>('#map')!.dataset.zoom) > z, zoom);
    }
    expect(await stackedMarkers(page)).toBe(0);
    const clusterHere = page.locator('#map .marker-cluster', { hasText: String(group.length) }).first();
    await clusterHere.click();
    for (const e of group) await page.locator(`#map .event-marker[data-id="${e.id}"]`).waitFor();
    expect(await stackedMarkers(page)).toBe(0);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('draws a region or country centroid hollow, says so in the legend, and colours clusters apart from the legend', async () => {
    const rough = events.find((e) => e.location.geo_precision === 3 && e.location.lat != null)!;
    const exact = events.find((e) => e.location.geo_precision === 1 && e.location.lat != null && e.event_type === rough.event_type)!;
    const { page } = await open(`/?event=${rough.id}`);
    await detailOf(page, rough.id);
    // a shared link opens the event at its region, as a click does, not at a border line
    expect(await zoomOf(page)).toBeLessThanOrEqual(CONTEXT_ZOOM);
    const style = (id: string) => page.locator(`#map .event-marker[data-id="${id}"]`).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, border: s.borderTopColor, width: parseFloat(s.borderTopWidth), hollow: el.classList.contains('hollow') };
    });
    const hollow = await style(rough.id);
    expect(hollow.hollow).toBe(true);
    expect(hollow.width).toBeGreaterThanOrEqual(2);
    await page.locator('#tab-list').click();
    await page.locator(`#list li[data-id="${exact.id}"]`).click();
    await detailOf(page, exact.id);
    const filled = await style(exact.id);
    expect(filled.hollow).toBe(false);
    // the hollow ring is the filled marker's colour; its inside is translucent white
    expect(hollow.border).toBe(filled.background);
    expect(hollow.background).toBe('rgba(255, 255, 255, 0.6)');
    expect(await page.locator('#legend').innerText()).toContain('region or country only');
    expect(await page.locator('#legend .swatch.hollow').count()).toBe(1);

    const legend = await page.locator('#legend .swatch:not(.hollow)').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    const clusters = await page.locator('#map .marker-cluster div').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) {
      const [r, g, b] = c.match(/\d+/g)!.map(Number) as [number, number, number];
      expect(Math.max(r, g, b) - Math.min(r, g, b), `${c} is a grey, not a hue`).toBeLessThanOrEqual(60);
      expect(legend).not.toContain(c);
    }
    await close(page);
  });
});

describe('keyboard and contrast', () => {
  it('Enter and Space on a focused marker open it; Escape closes it, clears ?event= and gives focus back', async () => {
    const { page, errors } = await open('/');
    // a cluster answers Enter as a click: zoomed in or spread, more single markers show
    const zoom = await zoomOf(page);
    const singles = await page.locator('#map .event-marker').count();
    await page.locator('#map .marker-cluster').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(([z, n]) => Number(document.querySelector<HTMLElement>('#map')!.dataset.zoom) !== z || document.querySelectorAll('#map .event-marker').length > n, [zoom, singles] as const);

    const marker = page.locator('#map .event-marker').first();
    const id = (await marker.getAttribute('data-id'))!;
    expect(await marker.getAttribute('tabindex')).toBe('0');
    for (const key of ['Enter', ' ']) {
      await marker.focus();
      await page.keyboard.press(key);
      await detailOf(page, id);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('event'));
      expect(await page.locator('#detail').isHidden()).toBe(true);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(id);
    }
    expect(errors).toEqual([]);
    await close(page);
  });

  it('the timeline takes the focus: the arrow keys choose the dates, Escape clears them', async () => {
    const { page } = await open('/');
    const timeline = page.locator('#timeline');
    expect(await timeline.getAttribute('tabindex')).toBe('0');
    await timeline.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('since') && new URL(location.href).searchParams.has('until'));
    await page.waitForSelector('body[data-state=ready]');
    const url = new URL(page.url());
    const since = url.searchParams.get('since')!;
    const until = url.searchParams.get('until')!;
    const days = (await api('/api/stats')).by_day.map((d: { date: string }) => d.date);
    expect(since > days[0]).toBe(true);
    expect(until < days[days.length - 1]).toBe(true);
    expect(await page.locator('input[name=since]').inputValue()).toBe(since);
    expect(await page.locator('#list li').count()).toBe((await api(`/api/events?since=${since}&until=${until}&limit=1`)).count);
    expect(await page.locator('#timeline .brush').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('since'));
    await close(page);
  });

  it('every status badge has at least 4.5:1 contrast at its size', async () => {
    const { page } = await open('/');
    const badges = await page.evaluate(() => ['confirmed', 'claimed', 'disputed'].map((status) => {
      const badge = document.createElement('span');
      badge.className = `badge ${status}`;
      badge.textContent = status;
      document.querySelector('#list')!.append(badge);
      const s = getComputedStyle(badge);
      return { status, size: parseFloat(s.fontSize), color: s.color, background: s.backgroundColor };
    }));
    for (const b of badges) {
      expect(b.size).toBeLessThan(18.66); // small text: the 4.5:1 bar, not large text's 3:1
      expect(contrast(b.color, b.background), b.status).toBeGreaterThanOrEqual(4.5);
    }
    await close(page);
  });

  // axe-core cannot see through an SVG to a text's background: the timeline's labels are measured here
  it("the timeline's axis labels have at least 4.5:1 contrast on the page", async () => {
    const { page } = await open('/');
    const background = await page.locator('footer').evaluate((el) => getComputedStyle(el).backgroundColor);
    const fills = await page.locator('#timeline text').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fill))]);
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(contrast(fill, background), fill).toBeGreaterThanOrEqual(4.5);
    await close(page);
  });
});

describe('axe-core', () => {
  for (const [name, viewport, options] of [['desktop', DESKTOP, {}], ['phone', PHONE, { isMobile: true, hasTouch: true }]] as const) {
    it(`finds no violation at ${viewport.width}×${viewport.height}: the list, an event, the tallies${name === 'phone' ? ', the filters' : ''}`, async () => {
      const { page } = await open('/', viewport, options);
      const found = [await axeProblems(page, 'list')];
      const row = page.locator('#list li').nth(2);
      const id = (await row.getAttribute('data-id'))!;
      await (name === 'phone' ? row.tap() : row.click());
      await detailOf(page, id);
      found.push(await axeProblems(page, 'event'));
      await page.locator('#tab-tallies').click();
      found.push(await axeProblems(page, 'tallies'));
      if (name === 'phone') {
        await page.locator('#filters-toggle').tap();
        found.push(await axeProblems(page, 'filters'));
      }
      expect(found.flat()).toEqual([]);
      await close(page);
    });
  }
});

describe('state shown', () => {
  it('while a query runs the old markers and count are marked as loading, and a slower older answer never replaces a newer one', async () => {
    const byCountry = (await api('/api/stats')).by_country as Record<string, number>;
    const [slow, fast] = Object.entries(byCountry).sort((a, b) => b[1] - a[1]).map(([cc]) => cc) as [string, string];
    const { page } = await open('/');
    let asked!: () => void;
    const slowAsked = new Promise<void>((resolve) => (asked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slowEvents = new RegExp(`/api/events\\?.*country=${slow}`);
    const slowSettled = new Promise<void>((resolve) => {
      page.on('requestfinished', (r) => void (slowEvents.test(r.url()) && resolve()));
      page.on('requestfailed', (r) => void (slowEvents.test(r.url()) && resolve()));
    });
    await page.route(slowEvents, async (route) => {
      asked();
      await released;
      await route.continue().catch(() => undefined); // the page may have given up on it
    });
    await page.locator('select[name=country]').selectOption(slow);
    await slowAsked;
    await page.waitForSelector('#status.loading:not([hidden])');
    expect(await page.locator('#count').innerText()).toContain('loading');
    expect(Number(await page.locator('#map .leaflet-marker-pane').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);

    const { count } = await api(`/api/events?country=${fast}&limit=1`);
    const counted = `${count} event${count === 1 ? '' : 's'}`;
    await page.locator('select[name=country]').selectOption(fast);
    await page.waitForFunction((text) => document.querySelector('#count')!.textContent === text, counted);
    // only now does the older answer come
    release();
    await slowSettled;
    await page.waitForSelector('body[data-state=ready][data-view=current]');
    expect(await page.locator('select[name=country]').inputValue()).toBe(fast);
    expect(new URL(page.url()).searchParams.get('country')).toBe(fast);
    expect(await page.locator('#count').innerText()).toBe(counted);
    const places = await page.locator('#list li .what').allInnerTexts();
    expect(places).toHaveLength(count);
    for (const p of places) expect(p).toContain(`(${fast})`);
    expect(await page.locator('#status').isHidden()).toBe(true);
    await close(page);
  });

  it('says when no event matches, names the filters, and clears them in one click', async () => {
    const { page } = await open('/?q=zqxjv%20nothing&status=claimed');
    await page.waitForSelector('#status.empty:not([hidden])');
    const text = await page.locator('#status').innerText();
    expect(text).toContain('search “zqxjv nothing”');
    expect(text).toContain('status “claimed”');
    expect(await page.locator('#list li').count()).toBe(0);
    await page.locator('#status button.clear-all').click();
    await page.waitForFunction(() => location.search === '');
    await page.waitForSelector('body[data-state=ready][data-view=current]');
    expect(await page.locator('#list li').count()).toBe(events.length);
    expect(await page.locator('#status').isHidden()).toBe(true);
    await close(page);
  });

  it('shows an error above the map, not under its layers, and does not pass old numbers off as current', async () => {
    const { page } = await open('/?since=someday');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.locator('#error').innerText()).toContain('since');
    expect(await page.locator('#count').innerText()).toBe('not loaded');
    const err = await box(page, '#error');
    const map = await box(page, '#map');
    expect(err.y).toBeGreaterThanOrEqual(map.y);
    expect(err.y + err.height).toBeLessThanOrEqual(map.y + map.height);
    const onTop = await page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('#error')), [err.x + err.width / 2, err.y + err.height / 2]);
    expect(onTop).toBe(true);
    await close(page);
  });
});

describe('first view and orientation', () => {
  it('fits the first view to the bulk of the events, leaving out one far away', async () => {
    const dir = tmp();
    const towns = ['Mosul', 'Kirkuk', 'Erbil', 'Baghdad', 'Tikrit', 'Ramadi', 'Najaf', 'Deir ez-Zor', 'Raqqa'];
    towns.forEach((town, i) => writeFileSync(join(dir, `a${i}.txt`),
      `Title: Attack in ${town}\nPublished: 2024-02-${String(i + 2).padStart(2, '0')}\n\nA roadside bomb killed ${i + 2} soldiers in ${town} on January ${2 * i + 2}, police said.\n`));
    writeFileSync(join(dir, 'far.txt'), 'Title: Attack in Cali\nPublished: 2024-02-20\n\nA roadside bomb killed 3 soldiers in Cali, Colombia on January 30, police said.\n');
    const db = join(dir, 'bulk.db');
    const run = sitrep(['ingest', dir, '--db', db, '-q']);
    expect(run.status, run.stderr).toBe(0);
    const bulkServer = await startServe(['--db', db]);
    try {
      const placed: Summary[] = (await api('/api/events?view=map&limit=100', bulkServer.url)).events;
      expect(placed.filter((e) => e.location.country_code === 'CO')).toHaveLength(1);
      expect(placed.length).toBeGreaterThanOrEqual(8);
      const { page } = await open('/', DESKTOP, {}, bulkServer.url);
      const icons = await iconsOnMap(page);
      expect(icons.reduce((n, i) => n + i.n, 0)).toBe(placed.length - 1);
      const map = await box(page, '#map');
      const spread = Math.max((Math.max(...icons.map((i) => i.x)) - Math.min(...icons.map((i) => i.x))) / map.width,
        (Math.max(...icons.map((i) => i.y)) - Math.min(...icons.map((i) => i.y))) / map.height);
      expect(spread, 'the bulk fills the view').toBeGreaterThan(0.3);
      expect(await zoomOf(page)).toBeLessThanOrEqual(CONTEXT_ZOOM);
      await close(page);
    } finally {
      await bulkServer.stop();
    }
  });

  it('draws the timeline with a dated axis, a y-scale and bars wide enough to see', async () => {
    const { page } = await open('/');
    const texts = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const labels = await texts('#timeline text.axis.x');
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(l).toMatch(/^(\d{4}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2} [A-Z][a-z]{2})$/);
    expect(labels.some((l) => /^\d{4}$/.test(l))).toBe(true);
    const y = await texts('#timeline text.axis.y');
    expect(y).toContain('0');
    expect(Number(y[0])).toBeGreaterThan(0);
    expect((await texts('#timeline text.unit'))[0]).toMatch(/^events per (day|\d+ days)$/);
    const widths = await page.locator('#timeline rect[class^="t-"]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(10);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);
    await close(page);
  });

  it('names countries in the country select, with their codes, and labels the date boxes', async () => {
    const { page } = await open('/');
    expect(await page.locator('select[name=country] option[value=IQ]').innerText()).toMatch(/^Iraq \(IQ\)/);
    expect(await page.locator('select[name=country] option[value=UA]').innerText()).toMatch(/^Ukraine \(UA\)/);
    expect(await page.locator('label:has(input[name=since])').innerText()).toContain('from');
    expect(await page.locator('label:has(input[name=until])').innerText()).toContain('to');
    await close(page);
  });
});

describe('analyst tools', () => {
  it('exports the current filters as CSV, JSON and GeoJSON that equal the API exports', async () => {
    const filters = 'country=IQ&status=confirmed';
    const { page } = await open(`/?${filters}`, DESKTOP, { acceptDownloads: true });
    for (const format of ['csv', 'json', 'geojson']) {
      const link = page.locator(`#export-${format}`);
      expect(await link.isVisible()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = readFileSync(await download.path(), 'utf8');
      const expected = await (await fetch(`${server.url}/api/export.${format}?${filters}`)).text();
      if (format === 'json') {
        // the document says when it was generated, and the two were generated apart
        const strip = (text: string) => ({ ...JSON.parse(text), generated: undefined });
        expect(strip(file)).toEqual(strip(expected));
        expect(JSON.parse(file).events.length).toBe((await api(`/api/events?${filters}&limit=1`)).count);
      } else {
        expect(file).toBe(expected);
      }
    }
    await close(page);
  });

  it('a tally chosen in its tab filters to its days and marks the events sitrep counts', async () => {
    const tallies = await api('/api/tallies?limit=100');
    const tally = tallies.find((t: { sitrep: { events: number; party: unknown } }) => t.sitrep.party && t.sitrep.events > 0);
    expect(tally, 'the dev corpus has a tally naming a party, with events counted').toBeDefined();
    const { page } = await open('/');
    await page.locator('#tab-tallies').click();
    const button = page.locator('#tallies button.tally', { hasText: tally.what }).first();
    await button.click();
    await page.waitForSelector('body[data-state=ready][data-view=current] #tally-note:not([hidden])');
    const url = new URL(page.url());
    expect(url.searchParams.get('since')).toBe(tally.since);
    expect(url.searchParams.get('until')).toBe(tally.until);
    expect(await page.locator('#list-section').isVisible()).toBe(true);
    expect(await page.locator('#list li.counted').count()).toBe(tally.sitrep.events);
    expect(await page.locator('#tally-note').innerText()).toContain(`sitrep counts ${tally.sitrep.events}`);
    // the counted events come first
    const rows = await page.locator('#list li').evaluateAll((els) => els.map((el) => el.classList.contains('counted')));
    expect(rows.slice(0, tally.sitrep.events).every(Boolean)).toBe(true);
    await close(page);
  });
});

describe('long results', () => {
  // the dev corpus's events stored four times over, ten days apart a round: more than two lists' worth
  let long: Awaited<ReturnType<typeof startServe>>;
  let all: Summary[];
  const db = join(tmp(), 'long.db');
  beforeAll(async () => {
    expect((await buildEventDb(db, loadFolder(join(REAL, 'articles')), 700)).events).toBeGreaterThan(600);
    long = await startServe(['--db', db]);
    all = (await api('/api/events?view=map&limit=10000', long.url)).events;
  }, 120_000);
  afterAll(async () => long?.stop());

  const listed = (page: Page) => page.locator('#list li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));

  it('lists every match, newest first, 300 rows at a time, with the count of all and an export of all', async () => {
    const { page, errors } = await open('/', DESKTOP, {}, long.url);
    const n = all.length;
    expect(await page.locator('#count').innerText()).toBe(`${n} events`);
    expect(await page.locator('.tools').innerText()).toContain(`export all ${n} events that match`);
    expect(await listed(page)).toHaveLength(300);
    expect(await page.locator('#list-foot').innerText()).toContain(`300 of ${n} events listed`);
    expect(await axeProblems(page, 'a long list')).toEqual([]);
    for (let shown = 300; shown < n; shown += 300) {
      await page.locator('#list-foot button.more').click();
      expect(await listed(page)).toHaveLength(Math.min(n, shown + 300));
      // the keyboard goes on at the first new row
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(all[n - 1 - shown]!.id);
    }
    expect(await page.locator('#list-foot').isHidden()).toBe(true);
    expect(await listed(page)).toEqual(all.map((e) => e.id).reverse());
    const exported = await (await fetch(long.url + (await page.locator('#export-json').getAttribute('href'))!)).json();
    expect(exported.events).toHaveLength(n);
    expect(errors).toEqual([]);
    await close(page);
  });

  it('with more matches than one request brings, holds the newest of them and says so', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    // the real server answers, only asked for 500 at most where the page asks for its 10,000
    const room = 500;
    await page.route(/\/api\/events\?/, (route) => route.continue({ url: route.request().url().replace('limit=10000', `limit=${room}`) }));
    await page.goto(long.url);
    await page.waitForSelector('body[data-state=ready]');
    await page.locator('#list-foot button.more').click();
    const ids = await listed(page);
    const from = all[all.length - ids.length]!.date;
    // the newest events, back to the earliest day from which on they fit
    expect(ids.length).toBeLessThanOrEqual(room);
    expect(ids[0]).toBe(all[all.length - 1]!.id);
    expect(ids.length).toBe(all.filter((e) => e.date >= from).length);
    expect(all.filter((e) => e.date >= all[all.length - ids.length - 1]!.date).length).toBeGreaterThan(room);
    expect(await page.locator('#count').innerText()).toBe(`${all.length} events (the newest ${ids.length} shown)`);
    expect(await page.locator('#list-foot').innerText()).toBe(`These are the newest ${ids.length} events, from ${from}, of ${all.length}: narrow the filters to list older ones, or export them all.`);
    await context.close();
  });

  it("a search past the server's cap shows its newest matches, says there are more, and that the timeline is of the newest only", async () => {
    const cap = 100;
    const store = await SqliteStore.open(db, { readonly: true });
    const capped = await buildServer({ store, searchCap: cap });
    try {
      const at = await capped.listen({ host: '127.0.0.1', port: 0 });
      const said = (await api('/api/events?view=map&limit=10000&q=said', at)).events as Summary[];
      expect(said.length).toBeGreaterThan(2 * cap);
      const stats = await api('/api/stats?q=said', at);
      expect(stats.covers.newest).toBe(cap);
      // every match fits in one request: the page counts them itself
      const fits = await open('/?q=said', DESKTOP, {}, at);
      expect(await fits.page.locator('#count').innerText()).toBe(`${said.length} events`);
      await close(fits.page);
      // asked for fewer than match, the page takes the days the stats cover, whole: the newest matches from their first day on
      const room = 150;
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(/\/api\/events\?/, (route) => route.continue({ url: route.request().url().replace('limit=10000', `limit=${room}`) }));
      await page.goto(`${at}/?q=said`);
      await page.waitForSelector('body[data-state=ready]');
      const shown = said.filter((e) => e.date >= stats.covers.since);
      expect(shown.length).toBeLessThanOrEqual(room);
      expect(await page.locator('#count').innerText()).toBe(`more than ${cap} events (the newest ${shown.length} shown)`);
      expect(await listed(page)).toEqual(shown.map((e) => e.id).reverse());
      expect(await page.locator('#list-foot').innerText()).toBe(`These are the newest ${shown.length} events, from ${stats.covers.since}, of more than ${cap}: narrow the filters to list older ones, or export them all.`);
      expect(await page.locator('#timeline .unit').textContent()).toContain(`of the newest ${cap} matches only (from ${stats.covers.since})`);
      expect(await page.locator('.tools').innerText()).toContain('export all the events that match');
      expect(errors).toEqual([]);
      await close(page);
    } finally {
      await capped.close();
      await store.close();
    }
  });
});
