// The few fields a map marker and a list row show, stored beside each event so a map of ten thousand
// events is read without parsing ten thousand full events.
import type { ExportEvent } from '../types.js';

export interface EventSummary {
  id: string;
  date: string;
  event_type: string;
  sub_event_type: string;
  weapon: string | null;
  location: { name: string; country_code: string | null; lat: number | null; lon: number | null; geo_precision: number };
  actor1: string | null;
  actor2: string | null;
  fatalities: number | null;
  injured: number | null;
  status: string;
  num_sources: number;
}

export function toSummary(e: ExportEvent): EventSummary {
  return {
    id: e.id, date: e.date, event_type: e.event_type, sub_event_type: e.sub_event_type, weapon: e.weapon,
    location: { name: e.location.name, country_code: e.location.country_code, lat: e.location.lat, lon: e.location.lon, geo_precision: e.location.geo_precision },
    actor1: e.actor1?.name ?? null, actor2: e.actor2?.name ?? null,
    fatalities: e.fatalities.best ?? e.fatalities.low, injured: e.injured.best ?? e.injured.low,
    status: e.status, num_sources: e.num_sources,
  };
}
