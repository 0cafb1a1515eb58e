import { describe, expect, it } from 'vitest';
import { pageJson } from './page-json.js';

describe('pageJson', () => {
  const head = { count: 3, count_capped: false, next_cursor: 'MjAyNC0wMS0wMQ' };

  it('writes the bytes JSON.stringify writes for the parsed events', () => {
    const events = [
      { id: 'e1', date: '2024-01-01', location: { name: 'Tal "Abyad"', lat: 36.6977, lon: -0.1 }, fatalities: null },
      { id: 'e2', date: '2024-01-02', location: { name: 'Ḥalab\u2028\\', lat: 1e-7, lon: 180 }, fatalities: 12 },
      { id: 'e3', date: '2024-01-03', weapon: 'drone \ud800', injured: 0.1 + 0.2 },
    ];
    const texts = events.map((e) => JSON.stringify(e));
    expect(pageJson(head, texts)).toBe(JSON.stringify({ ...head, events: texts.map((t) => JSON.parse(t)) }));
  });

  it('writes an empty page and a page of one', () => {
    expect(pageJson({ ...head, next_cursor: null }, [])).toBe('{"count":3,"count_capped":false,"next_cursor":null,"events":[]}');
    expect(pageJson({ count: 1 }, ['{"id":"x"}'])).toBe('{"count":1,"events":[{"id":"x"}]}');
  });
});
