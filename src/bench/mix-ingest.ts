// `node dist/bench/mix-ingest.js`: issue 11's two ingest targets alone, as `npm run bench` prints them
// among its other rows: the real-reporting mix (the dev corpus, or samples/, × BENCH_ROUNDS (30) with
// new ids, every incident re-reported each round) through `sitrep ingest --workers 2` into SQLite, and
// through two `sitrep ingest` processes side by side into a new PostgreSQL database (BENCH_PG, else
// SITREP_TEST_PG or a local server; skipped without one). Each row gives the machine's load.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../ingest/load.js';
import { cliIngest, writeRounds, type IngestRun } from './ingest-bench.js';
import { createDatabase, pgCandidates, reachablePg } from './pg-server.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(root, 'bin', 'sitrep.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const devDir = [resolve(root, '../shared/corpus/dev/articles'), join(root, 'samples')].find((d) => existsSync(d))!;
const base = readdirSync(devDir).filter((f) => f.endsWith('.json')).flatMap((f) => loadFile(join(devDir, f)));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-mix-'));
const files = writeRounds(join(dir, 'mix'), base, rounds);
const articles = base.length * rounds;
const rate = (run: IngestRun): string => `${articles} articles: ${(articles / run.seconds).toFixed(0)} articles/s (${run.seconds.toFixed(0)} s), ` +
  `peak RSS ${(run.peakKb / 1024).toFixed(0)} MB; ${run.cpu.toFixed(0)} CPU s of sitrep (${(articles / run.cpu).toFixed(0)} articles per CPU-second); load ${loadavg()[0]!.toFixed(1)}`;
const rows: Array<[string, string]> = [];
try {
  rows.push([`sitrep ingest --workers 2, dev corpus × ${rounds}, SQLite`, rate(await cliIngest(bin, files, join(dir, 'mix.db'), { workers: 2 }))]);
  const server = await reachablePg(pgCandidates(process.env.BENCH_PG ?? process.env.SITREP_TEST_PG));
  if (!server) rows.push(['2 × sitrep ingest into PostgreSQL', 'skipped: no server reachable (set BENCH_PG=postgres://user:password@host/db)']);
  else {
    const { url, drop } = await createDatabase(server, 'mix');
    try {
      rows.push([`2 × sitrep ingest, dev corpus × ${rounds}, PostgreSQL`, rate(await cliIngest(bin, files, url, { processes: 2 }))]);
    } finally {
      await drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
