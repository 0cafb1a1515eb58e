// One report folded into an event that already holds many: issue 11 asks that this cost not grow with
// the event's size. Each size gets a new database holding one incident reported by that many articles
// (each its own report and sentence), stored through the link-and-fold path of real articles; then
// FOLDS more reports of it are stored one at a time and timed. Alone: node dist/bench/fold-bench.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newReport, storeReports } from '../pipeline/ingest.js';
import type { EventStore } from '../store/event-store.js';
import { openEventStore } from '../store/open.js';
import type { ReportEvent } from '../types.js';
import { createDatabase, pgCandidates, reachablePg } from './pg-server.js';

/** The median ms of one fold at each size, for one kind of store; no sizes when it was skipped. */
export interface FoldTimes {
  store: string;
  msPerFold: Array<{ reports: number; ms: number }>;
}

// reports timed at each size, the median taken: enough to steady a shared machine's figures
const FOLDS = 15;

/** The k-th report of the one incident: alike in all but its article and sentence, so every one links. */
function reportOf(k: number): ReportEvent {
  const day = '2024-03-05';
  return {
    id: `fold-rp-${k}`, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: 'drone', date: day, date_earliest: day, date_latest: day,
    time_precision: 1, actor1: { name: 'Group A', type: 'militia', country: 'IQ', affiliations: [] }, actor2: null, assoc_actors1: [], assoc_actors2: [],
    location: { name: 'Town', admin1: null, country: 'Iraq', country_code: 'IQ', lat: 33.3, lon: 44.4, geo_precision: 1 },
    fatalities: { best: null, low: null, high: null, text: null }, injured: { best: null, low: null, high: null, text: null },
    status: 'confirmed', claimed_by: [], num_sources: 1, related: [], notes: '', evidence: [],
    sources: [{ article_id: `fold-${k}`, outlet: 'Synthetic', url: null, published: day, sentence: `A drone struck the town, report ${k} of the strike.`, attribution: null }],
  };
}

const storeOne = (store: EventStore, k: number) => {
  const r = reportOf(k);
  return storeReports({ id: `fold-${k}`, hash: `fold-${k}`, title: null, outlet: 'Synthetic', url: null, published: r.date, origin: 'bench' }, [r], [], store, newReport(0, []));
};

/** The median ms of folding one report into an event of each size, in databases `open` makes. */
async function foldTimes(sizes: number[], open: () => Promise<{ store: EventStore; done: () => Promise<void> }>): Promise<Array<{ reports: number; ms: number }>> {
  const out: Array<{ reports: number; ms: number }> = [];
  for (const size of sizes) {
    const { store, done } = await open();
    try {
      for (let k = 0; k < size; k++) await storeOne(store, k);
      const ms: number[] = [];
      for (let k = size; k < size + FOLDS; k++) {
        const started = process.hrtime.bigint();
        await storeOne(store, k);
        ms.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      if ((await store.counts()).events !== 1) throw new Error(`fold bench: the ${size} reports did not fold into one event`);
      out.push({ reports: size, ms: ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]! });
    } finally {
      await done();
    }
  }
  return out;
}

/** Fold times on SQLite and, when a server is reachable (BENCH_PG, else SITREP_TEST_PG), on PostgreSQL. */
export async function benchFold(sizes: number[]): Promise<FoldTimes[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fold-bench-'));
  let made = 0;
  const out: FoldTimes[] = [];
  try {
    out.push({ store: 'SQLite', msPerFold: await foldTimes(sizes, async () => {
      const store = await openEventStore(join(dir, `fold-${++made}.db`));
      return { store, done: () => store.close() };
    }) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const given = process.env.BENCH_PG ?? process.env.SITREP_TEST_PG;
  const server = given ? await reachablePg(pgCandidates(given)) : null;
  out.push({ store: 'PostgreSQL', msPerFold: !server ? [] : await foldTimes(sizes, async () => {
    const { url, drop } = await createDatabase(server, 'fold');
    const store = await openEventStore(url);
    return { store, done: async () => { await store.close(); await drop(); } };
  }) });
  return out;
}

/** The bench's rows: ms per fold by size, one row per store. */
export const foldRows = (times: FoldTimes[]): Array<[string, string]> =>
  times.map((t) => [`fold one report into an event, ${t.store}`, t.msPerFold.length === 0
    ? 'skipped: set BENCH_PG or SITREP_TEST_PG=postgres://user:password@host/db'
    : `ms per fold (median of ${FOLDS}) at ${t.msPerFold.map((x) => `${x.reports.toLocaleString('en')} reports: ${x.ms.toFixed(2)}`).join(', ')}`]);

/** The sizes FOLD_SIZES names (default 10,100,1000,5000; 0 for none). */
export const foldSizes = (): number[] => (process.env.FOLD_SIZES ?? '10,100,1000,5000').split(',').map(Number).filter((x) => x > 0);

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [k, v] of foldRows(await benchFold(foldSizes()))) console.log(`${k}  ${v}`);
}
