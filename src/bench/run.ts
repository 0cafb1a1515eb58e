// `npm run bench`: throughput and memory of the pipeline on this machine, printed as one table.
// Not a test: figures depend on the machine. Inputs: the dev corpus (when ../shared is beside the
// project, the bundled samples otherwise) repeated, and a generated corpus of ~600-word articles.
// Settings (environment): BENCH_ROUNDS (dev corpus repeats, 30), BENCH_GENERATED (generated articles,
// 20000), BENCH_EXTRACT (generated articles per extraction pass, 5000), BENCH_PASSES (extraction passes,
// median taken, 3), BENCH_INGEST (generated articles the CLI ingests, all), BENCH_WORKERS (the --workers
// run, 2), SERVE_EVENTS (events in the served database, 10000; 0 skips), SERVE_DB (a database to serve
// instead, e.g. one of dist/bench/event-db.js; only read), MERGE_SIZES (synthetic merge sizes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../extract/pipeline.js';
import { ingestArticle, newReport } from '../ingest/ingest.js';
import { loadFile } from '../ingest/load.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../types.js';
import { GENERATED_FILE_SIZE, writeCorpus } from './generate.js';
import { benchMerge } from './merge-bench.js';
import { benchServe } from './serve-bench.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(root, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const rows: Array<[string, string]> = [];
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (fn: () => void): number => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

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
rows.push(['inputs', `dev corpus (${devDir.includes('shared') ? '../shared/corpus/dev' : 'samples'}) × ${ROUNDS} = ${dev.length} articles of ${words(dev)} words; ` +
  `generated (seed 7) ${generated.length} articles of ${words(generated)} words`]);

// read+extract+resolve in this thread, the median of several passes; RSS sampled as the passes go
extractArticle(devBase[0]!); // warm up: dictionaries, gazetteer, lexicons
const rss: number[] = [];
function extractionRow(label: string, articles: Article[]): void {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const passes = Array.from({ length: env('BENCH_PASSES', 3) }, () => {
    const cpu = process.cpuUsage();
    const wall = seconds(() => {
      for (const [i, a] of articles.entries()) {
        extractArticle(a);
        if (i % 500 === 0) rss.push(process.memoryUsage().rss);
      }
    });
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1e6 };
  });
  const s = median(passes.map((p) => p.wall));
  // on a shared machine the wall clock counts time the thread waited for a core; CPU time does not
  rows.push([`read+extract+resolve, one core, ${label}`, `${(articles.length / s).toFixed(0)} articles/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s; ` +
    `${(articles.length / median(passes.map((p) => p.cpu))).toFixed(0)} articles per CPU-second (median of ${passes.length} passes)`]);
}
extractionRow('dev corpus', dev);
extractionRow('generated', generated.slice(0, env('BENCH_EXTRACT', 5000)));
const quarters = [1, 2, 3, 4].map((q) => rss[Math.max(0, Math.ceil((q * rss.length) / 4) - 1)]!);
rows.push(['RSS over the extraction passes', `${quarters.map(mb).join(' → ')} (after each quarter); peak ${mb(Math.max(...rss))}`]);

// ingest into SQLite in this process: the dev corpus repeated makes every incident gain a source per round
const store = new SqliteStore(join(dir, 'dev.db'));
const report = newReport(0, []);
const devSecs = seconds(() => dev.forEach((a) => ingestArticle(a, store, report)));
store.close();
rows.push(['ingest+merge+store, dev corpus repeated', `${(dev.length / devSecs).toFixed(0)} articles/s (${report.eventsCreated} events created, ${report.eventsMerged} merged)`]);

// `sitrep ingest` end to end on the generated corpus: process start, reading, extraction, merging, storing
const ingestFiles = readdirSync(genDir).sort().slice(0, Math.ceil(env('BENCH_INGEST', generated.length) / GENERATED_FILE_SIZE)).map((f) => join(genDir, f));
const ingested = Math.min(generated.length, ingestFiles.length * GENERATED_FILE_SIZE);
function cliIngest(workers: number): void {
  const command = [process.execPath, bin, 'ingest', ...ingestFiles, '--db', join(dir, `generated-${workers}.db`), '-q', '--workers', String(workers)];
  // GNU time prints the child's peak RSS (KB) as the last line of stderr
  const gnuTime = existsSync('/usr/bin/time');
  let stderr = '';
  const s = seconds(() => {
    const run = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8' }) : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`sitrep ingest failed: ${run.stderr}`);
    stderr = run.stderr;
  });
  const kb = gnuTime ? Number(/(\d+)\s*$/.exec(stderr)?.[1]) : 0;
  rows.push([`sitrep ingest --workers ${workers}, generated`, `${ingested} articles: ${(ingested / s).toFixed(0)} articles/s (${s.toFixed(0)} s)${kb ? `, peak RSS ${mb(kb * 1024)}` : ''}`]);
}
cliIngest(1);
cliIngest(env('BENCH_WORKERS', 2));

const starts = Array.from({ length: 5 }, () => seconds(() => spawnSync(process.execPath, [bin, '--help'])));
rows.push(['CLI cold start (sitrep --help)', `${(median(starts) * 1000).toFixed(0)} ms (median of 5)`]);

// HTTP serving over ≥ 10,000 events: API latency under autocannon, page load in Chromium (SERVE_EVENTS=0 skips)
if (process.env.SERVE_DB || env('SERVE_EVENTS', 10_000) > 0) rows.push(...(await benchServe(bin, devBase, env('SERVE_EVENTS', 10_000), process.env.SERVE_DB)));

// cross-article merging at 10k, 100k and 1M reports (MERGE_SIZES=10000,100000 to skip the long one, 0 for none)
for (const n of (process.env.MERGE_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((x) => x > 0)) {
  const m = benchMerge(n);
  rows.push([`merge ${n.toLocaleString('en')} synthetic reports`, `${m.seconds.toFixed(1)} s, ${m.perSecond.toFixed(0)} reports/s → ${m.events.toLocaleString('en')} events, peak RSS ${m.peakMb.toFixed(0)} MB`]);
}
rmSync(dir, { recursive: true, force: true });

const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
