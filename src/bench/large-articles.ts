// Ingest time against an article's size (issue 13): real reporting joined into one article of 0.4, 0.8,
// 1.6 and 3.2 MB of text, extracted and then stored into a fresh database, timed in CPU seconds of this
// thread (the wall clock on a shared machine also counts waits for a core). Ingest is near-linear when
// the seconds per MB stay about the same as the size doubles.
import { join } from 'node:path';
import { extractReports } from '../pipeline/extract-reports.js';
import { newReport, storeReports } from '../pipeline/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../types.js';
import { timed, timedAsync } from './clock.js';

/** The texts one after another, a blank line apart and round after round, up to `bytes` bytes of UTF-8. */
export function joinedText(texts: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  if (!texts.length) return '';
  for (let i = 0; ; i++) {
    const part = `${texts[i % texts.length]}\n\n`;
    const n = Buffer.byteLength(part);
    if (size + n > bytes) break;
    parts.push(part);
    size += n;
  }
  return parts.join('');
}

interface LargeIngest {
  mb: number;
  extractCpu: number;
  storeCpu: number;
  wall: number;
  events: number;
}

/** Extracts, then stores, one article of `mb` MB of `articles`' texts joined, into a new database in `dir`. */
async function ingestLarge(articles: Article[], mb: number, dir: string): Promise<LargeIngest> {
  const text = joinedText(articles.map((a) => a.text), mb * 1e6);
  const article: Article = { ...articles[0]!, id: `large-${mb}`, hash: `large-${mb}`, title: null, text };
  const extracted = timed(() => extractReports(article));
  const store = await SqliteStore.open(join(dir, `large-${mb}.db`));
  try {
    const { reports, tallies } = extracted.value;
    const stored = await timedAsync(() => storeReports(article, reports, tallies, store, newReport(0, [])));
    return { mb: Buffer.byteLength(text) / 1e6, extractCpu: extracted.cpu, storeCpu: stored.cpu, wall: extracted.wall + stored.wall, events: (await store.counts()).events };
  } finally {
    await store.close();
  }
}

/** A row per size, and one for the growth from each size to the next (×2 when ingest is linear in size). */
export async function benchLargeArticles(articles: Article[], label: string, sizesMb: number[], dir: string): Promise<Array<[string, string]>> {
  const runs: LargeIngest[] = [];
  for (const mb of sizesMb) runs.push(await ingestLarge(articles, mb, dir));
  const cpu = (r: LargeIngest) => r.extractCpu + r.storeCpu;
  const rows: Array<[string, string]> = runs.map((r) => [`ingest one article of ${Number(r.mb.toFixed(2))} MB (${label} joined)`,
    `${cpu(r).toFixed(1)} CPU s (extract ${r.extractCpu.toFixed(1)}, store ${r.storeCpu.toFixed(1)}), ${(cpu(r) / r.mb).toFixed(1)} CPU s per MB; ` +
    `${r.wall.toFixed(1)} s wall; ${r.events} events`]);
  if (runs.length > 1) {
    const growth = runs.slice(1).map((r, i) => `×${(cpu(r) / cpu(runs[i]!)).toFixed(1)} for ×${(r.mb / runs[i]!.mb).toFixed(1)} the size`);
    rows.push(['ingest one large article: CPU time from each size to the next', growth.join(', ')]);
  }
  return rows;
}
