import { describe, expect, it } from 'vitest';
import { testArticle } from '../extract/test-article.js';
import type { EvidenceField, ReportEvent } from '../types.js';
import { extractReports } from './extract-reports.js';

const TEXT = `Russian forces shelled Kharkiv on Monday, killing three civilians, regional governor Oleh Syniehubov said.
The shelling also wounded five people, he said.`;

/** Each source's marked words, by field. */
const marked = (r: ReportEvent) =>
  r.sources.map((s, i) => Object.fromEntries(r.evidence![i]!.spans.map((x): [EvidenceField, string] => [x.field, s.sentence.slice(x.start, x.end)])));

describe('extractReports: what the extractor read, kept with each report', () => {
  const [report] = extractReports(testArticle(TEXT, '2024-05-14')).reports;

  it('marks the words behind each field in every source sentence, in the order of the sources', () => {
    expect(report!.sources.map((s) => s.sentence)).toEqual(TEXT.split('\n'));
    expect(marked(report!)).toEqual([
      { actor1: 'Russian forces', event: 'shelled', location: 'Kharkiv', fatalities: 'killing three', attribution: 'governor Oleh Syniehubov' },
      { event: 'shelling', injured: 'wounded five' },
    ]);
  });

  it('keeps the ids of the rules that made the mentions in each sentence', () => {
    const [first, second] = report!.evidence!;
    expect(first!.rules).toEqual(expect.arrayContaining([expect.stringMatching(/^a-/), expect.stringMatching(/^c-/)]));
    expect(second!.rules.length).toBeGreaterThan(0);
    expect(new Set(first!.rules).size).toBe(first!.rules.length);
  });

  it('gives an event with no act in a sentence no act span there', () => {
    const [r] = extractReports(testArticle('Militants attacked a checkpoint in Pishin on Tuesday. Three soldiers were killed, police said.')).reports;
    expect(r!.sources).toHaveLength(2);
    expect(r!.evidence![1]!.spans.map((x) => x.field)).not.toContain('event');
    expect(r!.evidence![1]!.rules.length).toBeGreaterThan(0);
  });
});
