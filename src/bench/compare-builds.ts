// Extraction speed of two builds of sitrep, in articles per CPU-second, measured in one process that
// alternates between them 25 articles at a time: on a machine shared with other work, the load then
// falls on both builds alike, and their ratio holds where separate runs differ by ±15 %.
//   node dist/bench/compare-builds.js BEFORE_CHECKOUT AFTER_CHECKOUT [--rounds N] PATH...
// Each checkout must be built (`npm run build`); the articles are read with this build's loader.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandPaths, loadFile } from '../ingest/load.js';
import type { Article } from '../types.js';

type Extract = (article: Article) => unknown;
// builds from before the driver moved to src/pipeline/ keep it in src/ingest/
const extractorIn = (checkout: string): string =>
  ['dist/pipeline/extract-reports.js', 'dist/ingest/extract-reports.js'].map((p) => resolve(checkout, p)).find((p) => existsSync(p)) ?? resolve(checkout, 'dist/pipeline/extract-reports.js');
const extractorOf = async (checkout: string): Promise<Extract> =>
  ((await import(pathToFileURL(extractorIn(checkout)).href)) as { extractReports: Extract }).extractReports;

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 1;
const [before, after, ...paths] = args;
if (!before || !after || paths.length === 0) throw new Error('usage: compare-builds BEFORE_CHECKOUT AFTER_CHECKOUT [--rounds N] PATH...');
const builds = [await extractorOf(before), await extractorOf(after)];
const articles = expandPaths(paths).files.sort().flatMap((f) => loadFile(f));
for (const a of articles.slice(0, 200)) for (const extract of builds) extract(a); // warm-up: dictionaries, gazetteer, JIT

const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
const used = [0, 0];
for (let r = 0, chunk = 0; r < rounds; r++) {
  for (let i = 0; i < articles.length; i += 25, chunk++) {
    for (const b of chunk % 2 ? [1, 0] : [0, 1]) {
      const t = cpu();
      for (const a of articles.slice(i, i + 25)) builds[b]!(a);
      used[b]! += cpu() - t;
    }
  }
}
const n = articles.length * rounds;
const rate = (b: number) => (n / (used[b]! / 1e6)).toFixed(1);
console.log(`${n} articles: before ${rate(0)}, after ${rate(1)} per CPU-second (×${(used[0]! / used[1]!).toFixed(2)})`);
