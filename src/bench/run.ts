// `npm run bench`: throughput and memory of the pipeline on this machine, printed as one table.
// Not a test: figures depend on the machine. Inputs: the dev corpus (when ../shared is beside the
// project, the bundled samples otherwise) repeated, and a generated corpus of ~600-word articles.
// Settings (environment): BENCH_ROUNDS (dev corpus repeats, 30), BENCH_GENERATED (generated articles,
// 20000), BENCH_EXTRACT (generated articles per extraction pass, 5000), BENCH_PASSES (extraction passes,
// median taken, 3), BENCH_INGEST (generated articles the CLI ingests, all), BENCH_WORKERS (the --workers
// run, 2), LARGE_SIZES (MB of the single large articles, 0.4,0.8,1.6,3.2; 0 skips), BENCH_PG (a PostgreSQL
// URL whose user may create databases, for the two-process ingest into PostgreSQL; else SITREP_TEST_PG
// or a local server; skipped without one), SERVE_EVENTS (events in the served database, 10000; 0
// skips), SERVE_DB (a database to serve instead, a file or a postgres:// URL, e.g. one of
// dist/bench/event-db.js or copy-db.js; only read), SERVE_SECONDS (autocannon's seconds a row, 8),
// SERVE_ROWS (a regular expression choosing serve rows by name: a path, `page`, `acled loop`,
// `api export`, `cli export`; all by default), MERGE_SIZES (synthetic merge sizes), FOLD_SIZES (the
// sizes of the event one report is folded into, 10,100,1000,5000; 0 skips; PostgreSQL with BENCH_PG or SITREP_TEST_PG). The serve rows alone: node dist/bench/serve-bench.js DB; the real-mix ingest rows
// alone: node dist/bench/mix-ingest.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../pipeline/extract-article.js';
import { ingestArticle, newReport } from '../pipeline/ingest.js';
import { loadFile } from '../ingest/load.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../types.js';
import { GENERATED_FILE_SIZE, writeCorpus } from './generate.js';
import { timed, timedAsync } from './clock.js';
import { cliIngest, writeRounds, type IngestRun } from './ingest-bench.js';
import { benchLargeArticles } from './large-articles.js';
import { benchFold, foldRows, foldSizes } from './fold-bench.js';
import { benchMerge } from './merge-bench.js';
import { createDatabase, pgCandidates, reachablePg } from './pg-server.js';
import { benchServe } from './serve-bench.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(root, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const rows: Array<[string, string]> = [];
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (fn: () => void): number => timed(fn).wall;

// inputs
const devDir = [resolve(root, '../shared/corpus/dev/articles'), join(root, 'samples')].find((d) => existsSync(d))!;
const devBase = readdirSync(devDir).filter((f) => f.endsWith('.json')).flatMap((f) => loadFile(join(devDir, f)));
const ROUNDS = env('BENCH_ROUNDS', 30);
// distinct ids and hashes per round so that the store's duplicate check does not skip them
const dev: Article[] = Array.from({ length: ROUNDS }, (_, r) => devBase.map((a) => ({ ...a, id: `${a.id}-r${r}`, hash: `${a.hash}-r${r}` }))).flat();
const genDir = join(dir, 'generated');
writeCorpus(genDir, env('BENCH_GENERATED', 20000), 7);
const generated = readdirSync(genDir).sort().flatMap((f) => loadFile(join(genDir, f)));
const words = (as: Article[]) => (as.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / as.length).toFixed(0);
const devName = devDir.includes('shared') ? '../shared/corpus/dev' : 'samples';
rows.push(['inputs', `dev corpus (${devName}) × ${ROUNDS} = ${dev.length} articles of ${words(dev)} words; ` +
  `generated (seed 7) ${generated.length} articles of ${words(generated)} words`]);

// read+extract+resolve in this thread, the median of several passes; RSS sampled as the passes go
extractArticle(devBase[0]!); // warm up: dictionaries, gazetteer, lexicons
const rss: number[] = [];
function extractionRow(label: string, articles: Article[]): void {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const passes = Array.from({ length: env('BENCH_PASSES', 3) }, () => timed(() => {
    for (const [i, a] of articles.entries()) {
      extractArticle(a);
      if (i % 500 === 0) rss.push(process.memoryUsage().rss);
    }
  }));
  const s = median(passes.map((p) => p.wall));
  // on a shared machine the wall clock counts time the thread waited for a core; CPU time does not
  rows.push([`read+extract+resolve, one core, ${label}`, `${(articles.length / s).toFixed(0)} articles/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s; ` +
    `${(articles.length / median(passes.map((p) => p.cpu))).toFixed(0)} articles per CPU-second (median of ${passes.length} passes)`]);
}
extractionRow('dev corpus', dev);
extractionRow('generated', generated.slice(0, env('BENCH_EXTRACT', 5000)));
const quarters = [1, 2, 3, 4].map((q) => rss[Math.max(0, Math.ceil((q * rss.length) / 4) - 1)]!);
rows.push(['RSS over the extraction passes', `${quarters.map(mb).join(' → ')} (after each quarter); peak ${mb(Math.max(...rss))}`]);

// one article of 0.4 to 3.2 MB: ingest time should grow about as the size does (LARGE_SIZES=0 skips)
const largeSizes = (process.env.LARGE_SIZES ?? '0.4,0.8,1.6,3.2').split(',').map(Number).filter((x) => x > 0);
rows.push(...(await benchLargeArticles(devBase, devName, largeSizes, dir)));

// ingest into SQLite in this process: the dev corpus repeated makes every incident gain a source per round
const store = await SqliteStore.open(join(dir, 'dev.db'));
const report = newReport(0, []);
const devSecs = (await timedAsync(async () => {
  for (const a of dev) await ingestArticle(a, store, report);
})).wall;
await store.close();
rows.push(['ingest+merge+store, dev corpus repeated', `${(dev.length / devSecs).toFixed(0)} articles/s (${report.eventsCreated} events created, ${report.eventsMerged} merged)`]);

// `sitrep ingest` end to end: the generated corpus, and the real-reporting mix (the dev corpus, every
// incident re-reported in each of ROUNDS rounds); into SQLite, then into PostgreSQL by two processes
const ingestFiles = readdirSync(genDir).sort().slice(0, Math.ceil(env('BENCH_INGEST', generated.length) / GENERATED_FILE_SIZE)).map((f) => join(genDir, f));
const ingested = Math.min(generated.length, ingestFiles.length * GENERATED_FILE_SIZE);
const mixFiles = writeRounds(join(dir, 'mix'), devBase, ROUNDS);
const corpora = [
  { label: 'generated', files: ingestFiles, articles: ingested },
  { label: `dev corpus × ${ROUNDS}`, files: mixFiles, articles: devBase.length * ROUNDS },
];
const rate = (articles: number, run: IngestRun): string =>
  `${articles} articles: ${(articles / run.seconds).toFixed(0)} articles/s (${run.seconds.toFixed(0)} s)${run.peakKb ? `, peak RSS ${mb(run.peakKb * 1024)}, ${run.cpu.toFixed(0)} CPU s` : ''}`;
const workers = env('BENCH_WORKERS', 2);
rows.push(['sitrep ingest --workers 1, generated', rate(ingested, await cliIngest(bin, ingestFiles, join(dir, 'generated-1.db')))]);
for (const [i, c] of corpora.entries()) rows.push([`sitrep ingest --workers ${workers}, ${c.label}`, rate(c.articles, await cliIngest(bin, c.files, join(dir, `ingest-${i}.db`), { workers }))]);
rows.push(...(await benchPgIngest(corpora)));

/** Two `sitrep ingest` processes side by side into one new PostgreSQL database per corpus (BENCH_PG, else SITREP_TEST_PG or a local server). */
async function benchPgIngest(inputs: typeof corpora): Promise<Array<[string, string]>> {
  const server = await reachablePg(pgCandidates(process.env.BENCH_PG ?? process.env.SITREP_TEST_PG));
  if (!server) return [['sitrep ingest into PostgreSQL', 'skipped: no server reachable (set BENCH_PG=postgres://user:password@host/db)']];
  const out: Array<[string, string]> = [];
  for (const c of inputs) {
    const { url, drop } = await createDatabase(server, 'bench');
    try {
      out.push([`2 × sitrep ingest into PostgreSQL, ${c.label}`, rate(c.articles, await cliIngest(bin, c.files, url, { processes: 2 }))]);
    } finally {
      await drop();
    }
  }
  return out;
}

const starts = Array.from({ length: 5 }, () => seconds(() => spawnSync(process.execPath, [bin, '--help'])));
rows.push(['CLI cold start (sitrep --help)', `${(median(starts) * 1000).toFixed(0)} ms (median of 5)`]);

// HTTP serving over ≥ 10,000 events: API latency under autocannon, page load in Chromium (SERVE_EVENTS=0 skips)
if (process.env.SERVE_DB || env('SERVE_EVENTS', 10_000) > 0) rows.push(...(await benchServe(bin, devBase, env('SERVE_EVENTS', 10_000), process.env.SERVE_DB)));

// cross-article merging at 10k, 100k and 1M reports (MERGE_SIZES=10000,100000 to skip the long one, 0 for none)
for (const n of (process.env.MERGE_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((x) => x > 0)) {
  const m = await benchMerge(n);
  rows.push([`merge ${n.toLocaleString('en')} synthetic reports`, `${m.seconds.toFixed(1)} s, ${m.perSecond.toFixed(0)} reports/s → ${m.events.toLocaleString('en')} events, peak RSS ${m.peakMb.toFixed(0)} MB`]);
}

// one report folded into an event of 10 to 5,000 reports, on SQLite and PostgreSQL (FOLD_SIZES=0 skips)
if (foldSizes().length) rows.push(...foldRows(await benchFold(foldSizes())));
rmSync(dir, { recursive: true, force: true });

const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
