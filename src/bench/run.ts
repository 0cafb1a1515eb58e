// `npm run bench`: throughput and memory of the pipeline on this machine, printed as one table.
// Not a test: figures depend on the machine. Inputs: the dev corpus (when ../shared is beside the
// project) repeated, and the bundled samples.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../extract/pipeline.js';
import { ingestArticle, type IngestReport } from '../ingest/ingest.js';
import { loadFile } from '../ingest/load.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../types.js';
import { benchMerge } from './merge-bench.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const corpusDir = [resolve(root, '../shared/corpus/dev/articles'), join(root, 'samples')].find((d) => existsSync(d))!;
const base = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).flatMap((f) => loadFile(join(corpusDir, f)));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
// distinct texts per round so that the store's duplicate check does not skip them
const articles: Article[] = Array.from({ length: ROUNDS }, (_, r) => base.map((a) => ({ ...a, id: `${a.id}-r${r}`, hash: `${a.hash}-r${r}` }))).flat();
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

const rows: Array<[string, string]> = [];
const time = (fn: () => void): number => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

extractArticle(base[0]!); // warm up: dictionaries, gazetteer, lexicons
let peak = process.memoryUsage().rss;
const extractSecs = time(() => {
  for (const a of articles) {
    extractArticle(a);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
});
rows.push(['articles', `${articles.length} (${corpusDir.includes('shared') ? 'dev corpus' : 'samples'} × ${ROUNDS}), ${(bytes / articles.length / 6).toFixed(0)} words each on average`]);
rows.push(['read+extract+resolve, one core', `${(articles.length / extractSecs).toFixed(0)} articles/s, ${(bytes / 1e6 / extractSecs).toFixed(2)} MB/s`]);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const store = new SqliteStore(join(dir, 'bench.db'));
const report: IngestReport = { files: 0, articles: 0, duplicates: 0, eventsCreated: 0, eventsMerged: 0, tallies: 0, errors: [] };
const ingestSecs = time(() => {
  for (const a of articles) {
    ingestArticle(a, store, report);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
});
store.close();
rows.push(['ingest+merge+store into SQLite', `${(articles.length / ingestSecs).toFixed(0)} articles/s (${report.eventsCreated} events created, ${report.eventsMerged} merged)`]);
rows.push(['peak RSS', `${(peak / 1024 / 1024).toFixed(0)} MB`]);

const starts = Array.from({ length: 5 }, () => time(() => spawnSync(process.execPath, [join(root, 'bin', 'sitrep.js'), '--help'])));
rows.push(['CLI cold start (sitrep --help), median of 5', `${(starts.sort()[2]! * 1000).toFixed(0)} ms`]);
rmSync(dir, { recursive: true, force: true });

// cross-article merging at 10k, 100k and 1M reports (MERGE_SIZES=10000,100000 to skip the long one)
for (const n of (process.env.MERGE_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((x) => x > 0)) {
  const m = benchMerge(n);
  rows.push([`merge ${n.toLocaleString('en')} synthetic reports`, `${m.seconds.toFixed(1)} s, ${m.perSecond.toFixed(0)} reports/s → ${m.events.toLocaleString('en')} events, peak RSS ${m.peakMb.toFixed(0)} MB`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
