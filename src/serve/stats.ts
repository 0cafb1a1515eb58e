// Counts for the current filter: by day and type (the timeline's stacked bars), by type, by country and
// by actor (the filter lists). Read from counts the store keeps as it writes, never from events' JSON;
// a search with more matches than the cap is counted over its newest matches only, and says so.
import type { EventCounts } from '../store/event-store.js';

export interface Stats {
  count: number;
  /** true when the figures are of a search's newest matches only, those `covers` dates */
  capped: boolean;
  covers: { newest: number; since: string; until: string } | null;
  by_day: Array<{ date: string; total: number; by_type: Record<string, number> }>;
  by_type: Record<string, number>;
  by_country: Record<string, number>;
  /** the most frequent actors first */
  by_actor: Array<{ name: string; count: number }>;
}

const TOP_ACTORS = 100;

export function stats(counts: EventCounts): Stats {
  const days = new Map<string, Record<string, number>>();
  const byType: Record<string, number> = {};
  let count = 0;
  for (const { date, event_type, n } of counts.byDay) {
    const day = days.get(date) ?? {};
    day[event_type] = (day[event_type] ?? 0) + n;
    days.set(date, day);
    byType[event_type] = (byType[event_type] ?? 0) + n;
    count += n;
  }
  return {
    count,
    capped: !!counts.newest,
    covers: counts.newest ? { newest: counts.newest.n, since: counts.newest.since, until: counts.newest.until } : null,
    by_day: [...days].sort(([a], [b]) => a.localeCompare(b))
      .map(([date, types]) => ({ date, total: Object.values(types).reduce((a, b) => a + b, 0), by_type: types })),
    by_type: byType,
    by_country: Object.fromEntries(counts.byCountry.map((c) => [c.country_code, c.n])),
    by_actor: counts.byActor.sort((a, b) => b.n - a.n || a.actor.localeCompare(b.actor)).slice(0, TOP_ACTORS).map((a) => ({ name: a.actor, count: a.n })),
  };
}
