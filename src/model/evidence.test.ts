import { describe, expect, it } from 'vitest';
import type { ExportEvent, ReportEvent, SourceEvidence } from '../types.js';
import { eventEvidence } from './evidence.js';
import { foldReports, votesOf } from './fold.js';

const none = { best: null, low: null, high: null, text: null };
const place = { name: 'Erbil', admin1: 'Erbil', country: 'Iraq', country_code: 'IQ', lat: 36.19, lon: 44.01, geo_precision: 1 as const };
const source = (article: string, sentence: string) => ({ article_id: article, outlet: null, url: null, published: '2024-03-01', sentence, attribution: null });

function report(id: string, sources: ExportEvent['sources'], evidence?: SourceEvidence[]): ReportEvent {
  return {
    id, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: 'drone', date: '2024-03-01', date_earliest: '2024-03-01', date_latest: '2024-03-01',
    time_precision: 1, actor1: null, actor2: null, assoc_actors1: [], assoc_actors2: [], location: place, fatalities: none, injured: none, status: 'confirmed', claimed_by: [],
    sources, num_sources: 1, related: [], notes: '', ...(evidence ? { evidence } : {}),
  };
}

const act = (start: number, end: number): SourceEvidence => ({ spans: [{ start, end, field: 'event' }], rules: ['a-drone-attack'] });
const where = (start: number, end: number): SourceEvidence => ({ spans: [{ start, end, field: 'location' }], rules: ['p-site'] });

describe('an event\'s evidence, read from its reports', () => {
  const a = report('ev-a', [source('A', 'A drone hit Erbil.'), source('A', 'It was the third attack.')], [act(2, 7), act(20, 26)]);
  const b = report('ev-b', [source('B', 'Drones struck Erbil overnight.')], [act(0, 6)]);
  const event = foldReports([b, a], votesOf(a));

  it('gives each source of the event what its report read there, in the order of the event\'s sources', () => {
    expect(event.sources.map((s) => s.article_id)).toEqual(['A', 'A', 'B']);
    expect(eventEvidence(event, [b, a])).toEqual([act(2, 7), act(20, 26), act(0, 6)]);
  });

  it('gives null for a source whose report was stored before sitrep kept its evidence', () => {
    const old = report('ev-b', b.sources);
    expect(eventEvidence(event, [a, old])).toEqual([act(2, 7), act(20, 26), null]);
  });

  it('marks a sentence that two reports of one article share for both, without overlapping spans', () => {
    const other = report('ev-c', [source('A', 'A drone hit Erbil.')], [{ spans: [{ start: 0, end: 7, field: 'event' }, { start: 12, end: 17, field: 'location' }], rules: ['a-drone-attack', 'p-site'] }]);
    const [shared] = eventEvidence(event, [a, other]);
    expect(shared).toEqual({ spans: [{ start: 0, end: 7, field: 'event' }, { start: 12, end: 17, field: 'location' }], rules: ['a-drone-attack', 'p-site'] });
    expect(eventEvidence(event, [report('ev-d', [source('A', 'A drone hit Erbil.')], [where(12, 17)]), a])[0]).toEqual({ spans: [act(2, 7).spans[0], where(12, 17).spans[0]], rules: ['p-site', 'a-drone-attack'] });
  });

  it('stays with the reports: an event folded from them carries none', () => {
    expect(Object.keys(foldReports([a], votesOf(a)))).not.toContain('evidence');
    expect(Object.keys(event)).not.toContain('evidence');
    expect(event.num_sources).toBe(2);
  });
});
