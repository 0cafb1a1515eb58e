// The server under load: a database of ≥ 10,000 events (the dev corpus's reports, re-dated round after
// round so rounds never merge), served by the real `sitrep serve` in its own process; autocannon for the
// API's latency percentiles, Debian's Chromium for the page's load time, an ACLED client's page loop
// over every event, and the peak memory of an export through the API and through the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { extractReports } from '../pipeline/extract-reports.js';
import { newReport, storeBatch, type IngestReport } from '../pipeline/ingest.js';
import { openEventStore } from '../store/open.js';
import { startServe } from './serve-process.js';
import type { Article, ExportEvent } from '../types.js';

const CHROMIUM = '/usr/bin/chromium';
const ROUND_DAYS = 10;
// articles stored in one transaction by the builder
const BATCH = 500;

const shift = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

function redate(e: ExportEvent, days: number, suffix: string): ExportEvent {
  return {
    ...e, id: `${e.id}${suffix}`, date: shift(e.date, days), date_earliest: shift(e.date_earliest, days), date_latest: shift(e.date_latest, days),
    sources: e.sources.map((s) => ({ ...s, article_id: `${s.article_id}${suffix}`, published: shift(s.published, days) })),
    related: e.related.map((r) => ({ ...r, event_id: `${r.event_id}${suffix}` })),
  };
}

/** Fills a database with the corpus's reports, re-dated by ROUND_DAYS per round, until it holds `target` events. */
export async function buildEventDb(db: string, articles: Article[], target: number, onRound?: (round: number, report: IngestReport) => void): Promise<{ events: number; articles: number }> {
  const extracted = articles.map((a) => ({ article: a, ...extractReports(a) }));
  const store = await openEventStore(db);
  const report = newReport(0, []);
  for (let round = 0; (await store.countEvents()) < target; round++) {
    const days = round * ROUND_DAYS;
    const suffix = `-r${round}`;
    const items = extracted.map(({ article: a, reports, tallies }) => ({
      article: { id: `${a.id}${suffix}`, hash: `${a.hash}${suffix}`, title: a.title, outlet: a.outlet, url: a.url, published: shift(a.published, days), origin: 'bench' },
      reports: reports.map((r) => redate(r, days, suffix)),
      tallies: tallies.map((t) => ({ ...t, since: t.since && shift(t.since, days), until: t.until && shift(t.until, days), source: { ...t.source, article_id: `${t.source.article_id}${suffix}` } })),
    }));
    // a round's articles in transactions of BATCH (as many `storeReports` in turn would store them): one
    // commit per article was most of the time of a build
    for (let i = 0; i < items.length; i += BATCH) await storeBatch(items.slice(i, i + BATCH), store, report);
    onRound?.(round, report);
  }
  const counts = await store.counts();
  await store.close();
  return { events: counts.events, articles: counts.articles };
}

// every list filter, one at a time and with a country, the search alone and with a country, and the
// counts the page reads: issue 11 asks p99 < 50 ms for every list and < 200 ms for the stats at 1M events
const SERVE_PATHS = [
  '/api/events', '/api/events?country=IQ', '/api/events?since=2025-01-01&until=2025-01-31', '/api/events?type=Battles', '/api/events?status=claimed',
  '/api/events?actor=police', '/api/events?min_sources=3', '/api/events?bbox=40,30,50,40', '/api/events?q=drone', '/api/events?country=IQ&q=drone',
  '/api/events?view=map&limit=10000', '/api/stats', '/api/stats?country=IQ', '/api/stats?type=Battles', '/api/stats?q=drone',
  '/api/acled/read?limit=500', '/api/acled/read?country=Iraq&event_type=Battles|Explosions/Remote%20violence&limit=500', '/api/changes?since=0',
];

/**
 * Whether a row is to be run: SERVE_ROWS, a regular expression, chooses rows by their name (a path such
 * as `/api/events?type=`, or `page`, `acled loop`, `api export`, `cli export`); all run without it.
 */
const chosen = (name: string): boolean => !process.env.SERVE_ROWS || new RegExp(process.env.SERVE_ROWS).test(name);

/** The machine's load (1-minute average): other work on a shared machine moves every figure. */
const loadNow = (): string => loadavg()[0]!.toFixed(1);

async function load(url: string): Promise<{ p50: number; p99: number; rps: number; errors: number; answered: number; timeouts: number }> {
  const r = await autocannon({ url, connections: 8, duration: Number(process.env.SERVE_SECONDS ?? 8) });
  // requests still queued when autocannon stops would be answered during the next row: wait them out
  await (await fetch(`${new URL(url).origin}/api/events?limit=1`)).arrayBuffer();
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx, answered: r.requests.total, timeouts: r.timeouts };
}

/** Median time from navigation to the page's data-state=ready (markers, list and timeline drawn). */
async function pageLoad(url: string, times = 3): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t = Date.now();
    await page.goto(url);
    await page.waitForSelector('body[data-state=ready]', { timeout: 120_000 });
    ms.push(Date.now() - t);
    await page.close();
  }
  await browser.close();
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

async function countsOf(db: string): Promise<{ events: number; articles: number }> {
  const store = await openEventStore(db, { readonly: true });
  const { events, articles } = await store.counts();
  await store.close();
  return { events, articles };
}

/** A peak resident set size in MB from /proc (VmHWM): the most the process has held at once. */
const peakMb = (pid: number): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** An ACLED client's page loop over every event, 5,000 rows a page: its time and pages. */
async function acledPageLoop(url: string): Promise<{ seconds: number; pages: number; rows: number }> {
  const t = Date.now();
  let rows = 0;
  for (let page = 1; ; page++) {
    const { count } = (await (await fetch(`${url}/api/acled/read?limit=5000&page=${page}`)).json()) as { count: number };
    rows += count;
    if (count < 5000) return { seconds: (Date.now() - t) / 1000, pages: page, rows };
  }
}

/** GET of a whole export while a one-event request goes every 100 ms: its time, and the slowest of those. */
async function exportWhileServing(url: string, path: string): Promise<{ seconds: number; mb: number; slowest: number }> {
  let running = true;
  let slowest = 0;
  const light = (async () => {
    while (running) {
      const t = Date.now();
      await (await fetch(`${url}/api/events?limit=1`)).arrayBuffer();
      slowest = Math.max(slowest, Date.now() - t);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  const t = Date.now();
  const bytes = (await (await fetch(url + path)).arrayBuffer()).byteLength;
  const seconds = (Date.now() - t) / 1000;
  running = false;
  await light;
  return { seconds, mb: bytes / 1e6, slowest };
}

/** Serves a database built from `articles` until it holds `target` events, or `existing` as it is. */
export async function benchServe(bin: string, articles: Article[], target = 10_000, existing?: string): Promise<Array<[string, string]>> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-bench-'));
  const db = existing ?? join(dir, 'serve.db');
  const built = await (existing ? countsOf(existing) : buildEventDb(db, articles, target));
  const { url, child, stop } = await startServe(bin, ['--db', db]);
  const events = built.events.toLocaleString('en');
  const rows: Array<[string, string]> = [[`serve: database`, `${events} events from ${built.articles.toLocaleString('en')} articles`]];
  try {
    for (const path of SERVE_PATHS.filter(chosen)) {
      const r = await load(url + path);
      rows.push([`serve: GET ${path}`, `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.rps.toFixed(0)} req/s (8 connections, ${r.answered} answered${r.timeouts ? `, ${r.timeouts} timed out after 10 s` : ''}${r.errors ? `, ${r.errors} errors` : ''}; load ${loadNow()})`]);
    }
    if (chosen('page')) {
      const ms = await pageLoad(url + '/');
      rows.push([`serve: page load to ready, ${events} events`, ms === null ? `skipped: ${CHROMIUM} not installed` : `${ms} ms (median of 3; load ${loadNow()})`]);
    }
    if (chosen('acled loop')) {
      const beforeLoop = peakMb(child.pid!);
      const loop = await acledPageLoop(url);
      rows.push([`serve: /api/acled/read page loop, ${events} events`, `${loop.rows.toLocaleString('en')} rows in ${loop.pages} pages of 5,000, ${loop.seconds.toFixed(1)} s; ` +
        `server peak RSS ${beforeLoop.toFixed(0)} → ${peakMb(child.pid!).toFixed(0)} MB`]);
    }
    if (chosen('api export')) {
      const before = peakMb(child.pid!);
      const x = await exportWhileServing(url, '/api/export.json');
      rows.push([`serve: GET /api/export.json, ${events} events`, `${x.mb.toFixed(0)} MB in ${x.seconds.toFixed(1)} s; server peak RSS ${before.toFixed(0)} → ${peakMb(child.pid!).toFixed(0)} MB; ` +
        `GET /api/events?limit=1 every 100 ms meanwhile, slowest ${x.slowest} ms; load ${loadNow()}`]);
    }
  } finally {
    await stop();
  }
  // GNU time prints the child's peak RSS (KB) as the last line of stderr
  if (chosen('cli export') && existsSync('/usr/bin/time')) {
    const out = join(dir, 'export.json');
    const t = Date.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'export', '--db', db, '--format', 'json', '-o', out], { encoding: 'utf8' });
    const kb = Number(/(\d+)\s*$/.exec(run.stderr)?.[1]);
    rows.push([`sitrep export --format json -o, ${events} events`, run.status === 0 ? `${(statSync(out).size / 1e6).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s, peak RSS ${(kb / 1024).toFixed(0)} MB (load ${loadNow()})` : `failed: ${run.stderr.trim()}`]);
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

// `node dist/bench/serve-bench.js DB`: the serving rows alone, over an existing database (a file or a
// postgres:// URL, e.g. one of event-db.js or copy-db.js), as `SERVE_DB=DB npm run bench` prints them
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const db = process.argv[2];
  if (!db) {
    console.error('usage: node dist/bench/serve-bench.js FILE.db|postgres://…');
    process.exit(2);
  }
  const rows = await benchServe(fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url)), [], 0, db);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
}
