// Ingesting the same articles in any order gives the same events: same grouping, same fields, same ids.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle, type IngestReport } from '../src/pipeline/ingest.js';
import { loadFile } from '../src/ingest/load.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { Article } from '../src/types.js';
import { ROOT, REAL, tmp, shuffled } from './helpers.js';

function load(dir: string): Article[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => loadFile(join(dir, f)));
}


async function ingestAll(articles: Article[]) {
  const store = await SqliteStore.open(join(tmp(), 'order.db'));
  const report: IngestReport = { files: 0, articles: 0, duplicates: 0, eventsCreated: 0, eventsMerged: 0, tallies: 0, errors: [] };
  for (const a of articles) await ingestArticle(a, store, report);
  const events = (await store.events()).map((e) => ({ ...e, sources: [...e.sources].sort((x, y) => (x.article_id + x.sentence).localeCompare(y.article_id + y.sentence)) }));
  await store.close();
  return events.sort((a, b) => a.id.localeCompare(b.id));
}

describe('cross-article merging', () => {
  const articles = [...load(join(REAL, 'articles')), ...load(join(ROOT, 'test', 'corpus', 'articles'))];

  it('does not depend on the order articles arrive in', async () => {
    const reference = await ingestAll(articles);
    expect(reference.some((e) => e.num_sources > 1)).toBe(true);
    for (const seed of [7, 42, 2024]) expect(await ingestAll(shuffled(articles, seed))).toEqual(reference);
  });
});
