// ACLED's columns as an analyst loads them: `sitrep export --format csv` and `--format geojson` over
// the project's corpora, read back with a CSV reader and checked against the JSON export of the same
// events, column by column, where the data allows a value.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACLED_COLUMNS } from '../src/export/formats.js';
import { ExportDocument, type ExportEvent } from '../src/types.js';
import { REAL, ROOT, sitrep, tmp } from './helpers.js';
import { region, splitCell } from '../src/export/acled.js';

const require = createRequire(import.meta.url);
const countries = new Map((require('world-countries') as Array<{ cca2: string; cca3: string; ccn3: string }>).map((c) => [c.cca2, c]));

/** RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      for (i++; i < text.length && !(text[i] === '"' && text[i + 1] !== '"'); i++) field += text[i] === '"' ? text[++i] : text[i];
    } else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

describe('ACLED exports of the test corpora', () => {
  const db = join(tmp(), 'acled.db');
  const started = Math.floor(Date.now() / 1000);
  let events: ExportEvent[];
  let rows: Array<Record<(typeof ACLED_COLUMNS)[number], string>>;

  beforeAll(() => {
    const run = sitrep(['ingest', join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles'), '--db', db, '-q']);
    expect(run.status, run.stderr).toBe(0);
    events = ExportDocument.parse(JSON.parse(sitrep(['export', '--db', db, '--format', 'json']).stdout)).events;
    const [head, ...body] = parseCsv(sitrep(['export', '--db', db, '--format', 'csv']).stdout);
    expect(head).toEqual([...ACLED_COLUMNS]);
    rows = body.map((r) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, r[i]!])) as (typeof rows)[number]);
  }, 180_000);

  it('one row per event, in the order of the JSON export', () => {
    expect(rows.length).toBe(events.length);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => [r.event_date, r.location, r.notes])).toEqual(events.map((e) => [e.date, e.location.name, e.notes]));
  });

  it('event_id_cnty is the country prefix and a number, one per event; iso is numeric, region ACLED\'s', () => {
    expect(new Set(rows.map((r) => r.event_id_cnty)).size).toBe(rows.length);
    rows.forEach((r, i) => {
      const country = countries.get(events[i]!.location.country_code ?? '')!;
      expect(r.event_id_cnty, r.notes).toMatch(new RegExp(`^${country.cca3}[1-9]\\d*$`));
      expect(r.iso, r.notes).toBe(String(Number(country.ccn3)));
      expect(r.region, r.notes).toBe(region(events[i]!.location.country_code));
    });
    const iraq = rows.filter((r, i) => events[i]!.location.country_code === 'IQ');
    expect(iraq.length).toBeGreaterThan(5);
    expect(new Set(iraq.map((r) => [r.iso, r.region].join()))).toEqual(new Set(['368,Middle East']));
    expect(rows.find((r) => r.country === 'Afghanistan')).toMatchObject({ iso: '4', region: 'South Asia' });
  });

  it('inter1, inter2 and interaction are filled for every actor whose type or name ACLED codes', () => {
    rows.forEach((r, i) => {
      const e = events[i]!;
      const coded = (a: ExportEvent['actor1']) => !!a && (a.type !== 'unknown' || /^(Unidentified armed group|Militants|Bandits)$/.test(a.name));
      if (coded(e.actor1)) expect(r.inter1, r.notes).toMatch(/^[1-8]$/);
      if (coded(e.actor2)) expect(r.inter2, r.notes).toMatch(/^[1-8]$/);
      if (!e.actor1) expect(r.inter1).toBe('');
      const codes = [r.inter1, r.inter2].filter(Boolean).map(Number).sort();
      const expected = !r.inter1 || (e.actor2 && !r.inter2) ? '' : String(codes.length === 2 ? codes[0]! * 10 + codes[1]! : codes[0]! * 10);
      expect(r.interaction, r.notes).toBe(expected);
    });
    const filled = rows.filter((r) => r.interaction !== '').length;
    expect(filled / rows.filter((r) => r.actor1 !== '').length).toBeGreaterThan(0.9);
    const code = (actor1: string, country: string) => rows.find((r) => r.actor1 === actor1 && r.country === country)?.inter1;
    expect(code('Military Forces of the United States', 'Iraq')).toBe('8');
    expect(code('Military Forces of Mali', 'Mali')).toBe('1');
    expect(code('Houthis', 'Yemen')).toBe('2');
    expect(code('Kataib Hezbollah', 'Iraq')).toBe('3');
    expect(rows.filter((r) => r.event_type === 'Protests' && r.actor1.startsWith('Protesters')).every((r) => r.inter1 === '6')).toBe(true);
    expect(rows.filter((r) => r.actor2.startsWith('Civilians')).every((r) => r.inter2 === '7')).toBe(true);
  });

  it('admin1 is the place\'s, admin2 the gazetteer district of a town, timestamp the second the event was stored', () => {
    const now = Math.ceil(Date.now() / 1000);
    rows.forEach((r, i) => {
      const place = events[i]!.location;
      expect(r.admin1).toBe(place.admin1 ?? '');
      if (place.geo_precision === 3) expect(r.admin2, r.notes).toBe('');
      expect(Number(r.timestamp), r.notes).toBeGreaterThanOrEqual(started);
      expect(Number(r.timestamp), r.notes).toBeLessThanOrEqual(now);
    });
    expect(rows.filter((r) => r.admin1 !== '').length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => r.admin2 !== '').length).toBeGreaterThan(rows.length / 4);
    expect(rows.filter((r) => r.location === 'Baghdad').map((r) => r.admin2)).toContain('Al Rusafa');
    expect(rows.filter((r) => r.location === 'Kabul').map((r) => r.admin2)).toContain('Kabul');
  });

  it('source splits back into the outlets, semicolons inside names included; source_scale is filled where every outlet is known', () => {
    rows.forEach((r, i) => expect(splitCell(r.source)).toEqual([...new Set(events[i]!.sources.map((s) => s.outlet ?? s.article_id))]));
    expect(rows.some((r) => splitCell(r.source).includes('The Nation (Pakistan; AFP text)'))).toBe(true);
    rows.forEach((r, i) => expect(splitCell(r.assoc_actor_1)).toEqual(events[i]!.assoc_actors1.map((a) => a.name)));
    const scales = new Set(rows.map((r) => r.source_scale));
    expect(scales).toContain('International');
    expect(scales).toContain('National');
    expect([...scales].every((s) => /^((Other|New media|Subnational|National|Regional|International)(-|$))*$/.test(s))).toBe(true);
    expect(rows.filter((r) => r.source_scale !== '').length).toBeGreaterThan(rows.length / 2);
  });

  it('GeoJSON: a point per placed event, its properties flat and typed (numbers as numbers, actors as names)', () => {
    const number = z.number();
    const text = z.string();
    const Feature = z.object({
      type: z.literal('Feature'),
      id: text,
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([number, number]) }),
      properties: z.strictObject({
        event_id_cnty: text, event_date: text, year: number.int(), time_precision: number.int(), disorder_type: text, event_type: text, sub_event_type: text,
        actor1: text.nullable(), assoc_actor_1: text.nullable(), inter1: number.int().nullable(), actor2: text.nullable(), assoc_actor_2: text.nullable(),
        inter2: number.int().nullable(), interaction: number.int().nullable(), civilian_targeting: text.nullable(), iso: number.int(), region: text, country: text,
        admin1: text.nullable(), admin2: text.nullable(), admin3: z.null(), location: text, latitude: number, longitude: number, geo_precision: number.int(),
        source: text, source_scale: text.nullable(), notes: text, fatalities: number, tags: text.nullable(), timestamp: number.int(),
        id: text, status: text, num_sources: number.int(), weapon: text.nullable(), injured: number.nullable(), date_earliest: text, date_latest: text,
      }),
    });
    const geo = JSON.parse(sitrep(['export', '--db', db, '--format', 'geojson']).stdout);
    expect(geo.type).toBe('FeatureCollection');
    const features = geo.features.map((f: unknown) => Feature.parse(f));
    expect(features.length).toBe(events.filter((e) => e.location.lat != null).length);
    const byId = new Map(rows.map((r, i) => [events[i]!.id, r]));
    for (const f of features) {
      const row = byId.get(f.id)!;
      expect(f.properties.event_id_cnty).toBe(row.event_id_cnty);
      expect(f.properties.interaction).toBe(row.interaction === '' ? null : Number(row.interaction));
      expect(f.geometry.coordinates).toEqual([f.properties.longitude, f.properties.latitude]);
    }
  });
});
