// Export formats: the JSON contract, ACLED's CSV columns in ACLED's order, and GeoJSON points.
import type { StoredEvent } from '../store/event-store.js';
import type { EventType, ExportDocument, ExportEvent, Tally } from '../types.js';
import { fatalities } from '../model/to-export.js';
import { actorCodesOf, admin2, isoNumeric, joinCell, outlets, region, sourceScale } from './acled.js';

export function toJsonDocument(events: ExportEvent[], tallies: Tally[], now = new Date()): ExportDocument {
  return { version: 1, generated: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), events, tallies };
}

// ACLED's export columns, in ACLED's order; sitrep leaves empty what it cannot derive (admin3, and what
// the data does not tell: see src/export/acled.ts).
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1',
  'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
/** One event as ACLED's columns, typed: numbers are numbers, an unknown value is null. */
export type AcledRow = Record<AcledColumn, string | number | null>;

/** ACLED's disorder type of each event type. */
export const DISORDER_TYPE: Record<EventType, string> = {
  Battles: 'Political violence', 'Explosions/Remote violence': 'Political violence', 'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations', Riots: 'Demonstrations', 'Strategic developments': 'Strategic developments',
};

export function acledRow({ event: e, event_id_cnty, timestamp }: StoredEvent): AcledRow {
  const { inter1, inter2, interaction } = actorCodesOf(e);
  return {
    event_id_cnty, event_date: e.date, year: Number(e.date.slice(0, 4)), time_precision: e.time_precision,
    disorder_type: DISORDER_TYPE[e.event_type], event_type: e.event_type, sub_event_type: e.sub_event_type,
    actor1: e.actor1?.name ?? null, assoc_actor_1: joinCell(e.assoc_actors1.map((a) => a.name)), inter1,
    actor2: e.actor2?.name ?? null, assoc_actor_2: joinCell(e.assoc_actors2.map((a) => a.name)), inter2, interaction,
    civilian_targeting: e.actor2?.type === 'civilians' ? 'Civilian targeting' : null, iso: isoNumeric(e.location.country_code),
    region: region(e.location.country_code), country: e.location.country, admin1: e.location.admin1, admin2: admin2(e), admin3: null,
    location: e.location.name, latitude: e.location.lat, longitude: e.location.lon, geo_precision: e.location.geo_precision,
    source: joinCell(outlets(e)), source_scale: sourceScale(e), notes: e.notes,
    fatalities: fatalities(e), tags: e.status === 'confirmed' ? null : e.status, timestamp,
  };
}

export function toCsv(events: StoredEvent[]): string {
  const rows = events.map((s) => {
    const row = acledRow(s);
    return csvLine(ACLED_COLUMNS.map((c) => row[c]));
  });
  return [ACLED_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** One line of CSV, without its line break. */
export const csvLine = (values: Array<string | number | null>): string => values.map(csvField).join(',');

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

/**
 * GeoJSON points whose properties are flat and typed, so GIS tools can size, filter and style by them:
 * ACLED's columns, then sitrep's id, status, sources, weapon, injured and day bounds. Actors are names;
 * their types, the casualty phrases and the source sentences are in the JSON export.
 */
export function toGeoJson(events: StoredEvent[]) {
  return {
    type: 'FeatureCollection' as const,
    features: events.filter(({ event: e }) => e.location.lat != null && e.location.lon != null).map((s) => {
      const e = s.event;
      return {
        type: 'Feature' as const,
        id: e.id,
        geometry: { type: 'Point' as const, coordinates: [e.location.lon!, e.location.lat!] },
        properties: {
          ...acledRow(s), id: e.id, status: e.status, num_sources: e.num_sources, weapon: e.weapon,
          injured: e.injured.best ?? e.injured.low, date_earliest: e.date_earliest, date_latest: e.date_latest,
        },
      };
    }),
  };
}
