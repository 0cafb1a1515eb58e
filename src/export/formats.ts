// Export formats: the JSON contract, ACLED's CSV columns in ACLED's order, and GeoJSON points.
import type { ExportDocument, ExportEvent, Tally } from '../types.js';

export function toJsonDocument(events: ExportEvent[], tallies: Tally[], now = new Date()): ExportDocument {
  return { version: 1, generated: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), events, tallies };
}

// ACLED's export columns, in ACLED's order; sitrep leaves empty what it does not code.
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1',
  'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const DISORDER: Record<string, string> = {
  Battles: 'Political violence', 'Explosions/Remote violence': 'Political violence', 'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations', Riots: 'Demonstrations', 'Strategic developments': 'Strategic developments',
};

export function toCsv(events: ExportEvent[]): string {
  const rows = events.map((e) => {
    const row: Record<(typeof ACLED_COLUMNS)[number], string | number | null> = {
      event_id_cnty: e.id, event_date: e.date, year: Number(e.date.slice(0, 4)), time_precision: e.time_precision,
      disorder_type: DISORDER[e.event_type] ?? null, event_type: e.event_type, sub_event_type: e.sub_event_type,
      actor1: e.actor1?.name ?? null, assoc_actor_1: e.assoc_actors1.map((a) => a.name).join('; '), inter1: null,
      actor2: e.actor2?.name ?? null, assoc_actor_2: e.assoc_actors2.map((a) => a.name).join('; '), inter2: null, interaction: null,
      civilian_targeting: e.actor2?.type === 'civilians' ? 'Civilian targeting' : null, iso: e.location.country_code, region: null,
      country: e.location.country, admin1: e.location.admin1, admin2: null, admin3: null, location: e.location.name,
      latitude: e.location.lat, longitude: e.location.lon, geo_precision: e.location.geo_precision,
      source: [...new Set(e.sources.map((s) => s.outlet ?? s.article_id))].join('; '), source_scale: null, notes: e.notes,
      fatalities: e.fatalities.best ?? e.fatalities.low ?? 0, tags: e.status === 'confirmed' ? null : e.status,
      timestamp: null,
    };
    return ACLED_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return [ACLED_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

// Excel and LibreOffice run a cell that starts with = + - @ (or a tab or CR before one) as a formula,
// and outlets, actor and place names come from untrusted text: OWASP's guard is a leading single quote.
// A plain number ("-3", "-12.5") is no formula and must stay a number for latitude and longitude.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function csvField(v: string | number | null): string {
  if (v === null || v === undefined) return '';
  const raw = String(v);
  const s = FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toGeoJson(events: ExportEvent[]) {
  return {
    type: 'FeatureCollection' as const,
    features: events.filter((e) => e.location.lat != null && e.location.lon != null).map((e) => ({
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [e.location.lon!, e.location.lat!] },
      properties: { ...e },
    })),
  };
}
