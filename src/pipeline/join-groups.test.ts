import { describe, expect, it } from 'vitest';
import { joinGroups } from './ingest.js';

const group = (report: string, ...events: string[]) => ({ reports: [report], events: new Set(events) });

describe('joinGroups', () => {
  it('a report that reaches two stored events joins the groups already holding them', () => {
    const joined = joinGroups([group('a', 'X'), group('b', 'Y'), group('c', 'X', 'Y'), group('d', 'Z')]);
    expect(joined.map((g) => [g.reports.sort().join(''), [...g.events].sort().join('')])).toEqual([['abc', 'XY'], ['d', 'Z']]);
  });
  it('every stored event ends in exactly one group', () => {
    const joined = joinGroups([group('a', 'X'), group('b', 'Y'), group('c', 'Z'), group('d', 'X', 'Z'), group('e', 'Y', 'Z')]);
    const all = joined.flatMap((g) => [...g.events]);
    expect(new Set(all).size).toBe(all.length);
    expect(joined).toHaveLength(1);
  });
});
