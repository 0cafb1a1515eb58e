import { describe, expect, it } from 'vitest';
import type { ExportEvent } from '../types.js';
import { describeReport, matchMentions, pairMisses, type GoldArticle } from './eval-pairs.js';

const none = { best: null, low: null, high: null, text: null };
const town = { name: 'Northtown', admin1: 'North', country: 'Iraq', country_code: 'IQ', lat: 36.0, lon: 44.0, geo_precision: 1 as const };

/** A stored event holding reports of the given articles. */
function event(id: string, articles: string[], date = '2024-05-02'): ExportEvent {
  return {
    id, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: 'drone', date, date_earliest: date, date_latest: date, time_precision: 1,
    actor1: null, actor2: null, assoc_actors1: [], assoc_actors2: [], location: town, fatalities: { best: 3, low: 3, high: 3, text: '3 killed' }, injured: none,
    status: 'confirmed', claimed_by: [], num_sources: articles.length, related: [], notes: '',
    sources: articles.map((a) => ({ article_id: a, outlet: 'Wire', url: null, published: date, sentence: `${a} sentence`, attribution: null })),
  };
}
const gold = (article: string, incident: string, date = '2024-05-02'): GoldArticle => ({
  article_id: article,
  events: [{ label: `${incident} in ${article}`, incident, sub_event_type: 'Air/drone strike', date_earliest: date, location: { lat: 36.0, lon: 44.0, country_code: 'IQ', geo_precision: 1 } }],
});

describe('pairs listed by eval --together', () => {
  it('an incident told in three articles and stored as two events is kept apart; one event holding two incidents joins them', () => {
    const events = [event('e1', ['a', 'b', 'c']), event('e2', ['d'])];
    const mentions = matchMentions([gold('a', 'strike-1'), gold('b', 'strike-1'), gold('c', 'strike-2'), gold('d', 'strike-1')], events);
    const { split, joined } = pairMisses(mentions);
    expect(split.map((byEvent) => [...byEvent.entries()].map(([id, ms]) => `${id}:${ms.map((m) => m.article_id).join('')}`))).toEqual([['e1:ab', 'e2:d']]);
    expect(joined.map((byIncident) => [...byIncident.keys()])).toEqual([['strike-1', 'strike-2']]);
  });

  it('a gold event matches no event whose day is more than three days off, and is then in no pair', () => {
    const mentions = matchMentions([gold('a', 'strike-1', '2024-05-10'), gold('b', 'strike-1')], [event('e1', ['a']), event('e2', ['b'])]);
    expect(mentions.map((m) => m.article_id)).toEqual(['b']);
    expect(pairMisses(mentions).split).toEqual([]);
  });

  it('a report is told on one line by its day, type, place, sides, weapon and toll', () => {
    expect(describeReport(event('e1', ['a']))).toBe('2024-05-02 Air/drone strike, Northtown (IQ, p1), - -> -, drone, 3 killed');
  });
});
