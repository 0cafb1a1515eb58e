// Cross-article merging at scale: synthetic reports (each incident reported 1–3 times, as wire
// services do) stored through the same link-and-fold path as real articles. Candidate lookup is
// blocked by country and date window, so time per report should stay flat as the store grows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newReport, storeReports } from '../pipeline/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ExportEvent } from '../types.js';

const COUNTRIES = ['IQ', 'SY', 'UA', 'YE', 'SO', 'ML', 'SD', 'PS', 'LB', 'NG', 'AF', 'CD', 'BF', 'MM', 'PK', 'ET', 'LY', 'MZ', 'CM', 'NE'];
const ACTORS = ['Group A', 'Group B', 'Group C', 'Group D', 'Group E', 'Group F'];
const WEAPONS: Array<[string, string]> = [['drone', 'Air/drone strike'], ['artillery', 'Shelling/artillery/missile attack'], ['ied', 'Remote explosive/landmine/IED']];

/** A seeded generator so runs compare. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

export function* syntheticReports(n: number, seed = 1): Generator<ExportEvent> {
  const r = rng(seed);
  let made = 0;
  for (let incident = 0; made < n; incident++) {
    const cc = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(r() * 3 * 365) * 86400000).toISOString().slice(0, 10);
    const [weapon, sub] = WEAPONS[Math.floor(r() * WEAPONS.length)]!;
    const actor = ACTORS[Math.floor(r() * ACTORS.length)]!;
    const lat = 5 + r() * 30;
    const lon = 10 + r() * 40;
    for (let k = 0, copies = 1 + Math.floor(r() * 3); k < copies && made < n; k++, made++) {
      const article = `syn-${incident}-${k}`;
      yield {
        id: `rp-${incident}-${k}`, event_type: 'Explosions/Remote violence', sub_event_type: sub, weapon, date: day, date_earliest: day, date_latest: day,
        time_precision: 1, actor1: { name: actor, type: 'militia', country: cc, affiliations: [] }, actor2: null, assoc_actors1: [], assoc_actors2: [],
        location: { name: `Town ${incident}`, admin1: null, country: cc, country_code: cc, lat: lat + k * 0.01, lon, geo_precision: 1 },
        fatalities: { best: null, low: null, high: null, text: null }, injured: { best: null, low: null, high: null, text: null },
        status: 'confirmed', claimed_by: [], num_sources: 1, related: [], notes: '',
        sources: [{ article_id: article, outlet: 'Synthetic', url: null, published: day, sentence: `Report ${k} of incident ${incident}.`, attribution: null }],
      };
    }
  }
}

export async function benchMerge(n: number): Promise<{ seconds: number; perSecond: number; events: number; peakMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-bench-'));
  const store = await SqliteStore.open(join(dir, 'merge.db'));
  const report = newReport(0, []);
  let peak = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  let i = 0;
  for (const r of syntheticReports(n)) {
    const a = r.sources[0]!;
    await storeReports({ id: a.article_id, hash: a.article_id, title: null, outlet: a.outlet, url: null, published: a.published, origin: 'bench' }, [r], [], store, report);
    if (++i % 10000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const events = (await store.counts()).events;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, perSecond: n / seconds, events, peakMb: peak / 1024 / 1024 };
}
