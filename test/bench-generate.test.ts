// The benchmark's article generator: deterministic, realistic enough for sitrep to find events in (it runs the CLI).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitrep, tmp } from './helpers.js';
import { generateArticles, writeCorpus } from '../src/bench/generate.js';

const read = (dir: string) => readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));

describe('article generator', () => {
  it('writes byte-identical files for the same seed, different ones for another seed', () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    writeCorpus(a, 1001, 7);
    writeCorpus(b, 1001, 7);
    writeCorpus(c, 1001, 8);
    expect(read(a)).toHaveLength(2);
    expect(read(a)).toEqual(read(b));
    expect(read(a)[0]!.equals(read(c)[0]!)).toBe(false);
    // three corpora of 1,001 articles: over a minute on a loaded machine, seconds on a quiet one
  }, 300_000);

  it('writes ~600-word articles naming actors, places and dates', () => {
    for (const article of generateArticles(50, 3)) {
      const words = article.text.split(/\s+/).length;
      expect(words).toBeGreaterThan(450);
      expect(words).toBeLessThan(750);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes articles that sitrep ingests into events', () => {
    const dir = tmp();
    writeCorpus(join(dir, 'in'), 20, 5);
    const db = join(dir, 'gen.db');
    expect(sitrep(['ingest', join(dir, 'in'), '--db', db, '-q']).status).toBe(0);
    const out = sitrep(['export', '--db', db, '--format', 'json']);
    const doc = JSON.parse(out.stdout) as { events: Array<{ actor1: unknown; sources: Array<{ article_id: string }> }> };
    expect(new Set(doc.events.flatMap((e) => e.sources.map((s) => s.article_id))).size).toBeGreaterThan(15);
    expect(doc.events.length).toBeGreaterThan(20);
    expect(doc.events.filter((e) => e.actor1).length).toBeGreaterThan(10);
  });
});
