// Extraction quality on gold-annotated articles, scored by the project's scorer. The thresholds sit a
// little under today's figures so that a regression fails the suite.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportDocument } from '../src/types.js';
import { ROOT, REAL, extractFolder, score, sitrep, tmp } from './helpers.js';
import { readFileSync } from 'node:fs';

describe('gold corpus', () => {
  it("sitrep's own wire-style test articles (14 articles, several conflicts)", () => {
    const pred = extractFolder(join(ROOT, 'test', 'corpus', 'articles'));
    expect(ExportDocument.safeParse(JSON.parse(readFileSync(pred, 'utf8'))).success).toBe(true);
    const s = score(join(ROOT, 'test', 'corpus', 'gold'), pred);
    expect(s.events.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.field_accuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.tallies.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('the real reporting of test/real-corpus (a copy of the 93-article dev corpus) stays above its floor', () => {
    const pred = extractFolder(join(REAL, 'articles'));
    const s = score(join(REAL, 'gold'), pred);
    expect(s.events.f1).toBeGreaterThanOrEqual(0.73);
    expect(s.field_accuracy).toBeGreaterThanOrEqual(0.76);
    expect(s.tallies.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('one incident, many reports', () => {
  it('35 wire-style articles on 13 incidents merge into one event each, near misses stay apart', () => {
    const dir = tmp();
    const db = join(dir, 'merge.db');
    expect(sitrep(['ingest', join(ROOT, 'test', 'merge-corpus', 'articles'), '--db', db, '-q']).status).toBe(0);
    const out = join(dir, 'merge.json');
    expect(sitrep(['export', '--db', db, '--format', 'json', '-o', out]).status).toBe(0);
    const s = score(join(ROOT, 'test', 'merge-corpus', 'gold'), out);
    expect(s.dedupe.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.events.f1).toBeGreaterThanOrEqual(0.9);
    // a merged event explains itself, and the retaliation is linked to the attack it answered
    const events = JSON.parse(readFileSync(out, 'utf8')).events as Array<{ id: string; num_sources: number; related: Array<{ type: string }> }>;
    const merged = events.find((e) => e.num_sources >= 3)!;
    expect(sitrep(['show', merged.id, '--db', db]).stdout).toMatch(/why these reports are one event:\n\s+- \S+ joined \S+: (same|days)/);
    expect(events.some((e) => e.related.some((r) => r.type === 'retaliation_for'))).toBe(true);
    expect(sitrep(['events', '--db', db, '--min-sources', '3', '--format', 'json']).stdout).toContain(merged.id);
  });
});
