// Counts for the current filter: by day and type (the timeline's stacked bars), by type, by country and
// by actor (the filter lists). Built from the events' columns, never from their JSON.
import type { EventFacet } from '../store/event-store.js';

export interface Stats {
  count: number;
  by_day: Array<{ date: string; total: number; by_type: Record<string, number> }>;
  by_type: Record<string, number>;
  by_country: Record<string, number>;
  /** the most frequent actors first */
  by_actor: Array<{ name: string; count: number }>;
}

const TOP_ACTORS = 100;

export function stats(facets: EventFacet[]): Stats {
  const days = new Map<string, Record<string, number>>();
  const byType: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const byActor = new Map<string, number>();
  for (const f of facets) {
    const day = days.get(f.date) ?? {};
    day[f.event_type] = (day[f.event_type] ?? 0) + 1;
    days.set(f.date, day);
    byType[f.event_type] = (byType[f.event_type] ?? 0) + 1;
    if (f.country_code) byCountry[f.country_code] = (byCountry[f.country_code] ?? 0) + 1;
    for (const a of new Set(f.actors)) byActor.set(a, (byActor.get(a) ?? 0) + 1);
  }
  return {
    count: facets.length,
    by_day: [...days].sort(([a], [b]) => a.localeCompare(b))
      .map(([date, types]) => ({ date, total: Object.values(types).reduce((a, b) => a + b, 0), by_type: types })),
    by_type: byType,
    by_country: byCountry,
    by_actor: [...byActor].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_ACTORS).map(([name, count]) => ({ name, count })),
  };
}
