import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExportEvent, type Actor, type ActorType } from '../types.js';
import { readTsv } from '../util/data-files.js';
import { actorCode, interaction, joinCell, sourceScale, splitCell } from './acled.js';
import { ACLED_COLUMNS, acledRow, toCsv, toGeoJson } from './formats.js';

const actor = (name: string, type: ActorType = 'unknown', country: string | null = null): Actor => ({ name, type, country, affiliations: [] });
const none = { best: null, low: null, high: null, text: null };

/** An event whose names are what a hostile article could make them. */
const hostile = ExportEvent.parse({
  id: 'ev-1', event_type: 'Battles', sub_event_type: 'Armed clash', weapon: null,
  date: '2024-05-14', date_earliest: '2024-05-14', date_latest: '2024-05-14', time_precision: 1,
  actor1: actor('=HYPERLINK("http://evil.test","open")'), actor2: actor('+1+cmd|calc'),
  assoc_actors1: [actor('@SUM(A1:A9)')], assoc_actors2: [actor('\tTAB')],
  location: { name: '-2+3', admin1: '\rCR', country: 'Peru', country_code: 'PE', lat: -12.5, lon: -77, geo_precision: 1 },
  fatalities: { best: 3, low: 3, high: 3, text: 'three' }, injured: none, status: 'confirmed', claimed_by: [],
  sources: [{ article_id: 'a1', outlet: '-3', url: null, published: '2024-05-14', sentence: 's', attribution: null }],
  num_sources: 1, related: [], notes: 'Plain words - with a dash inside.',
});

/** RFC 4180 fields of one line (no line feed inside a field in these rows). */
function fields(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= line.length; i++) {
    let field = '';
    if (line[i] === '"') {
      for (i++; i < line.length && !(line[i] === '"' && line[i + 1] !== '"'); i++) field += line[i] === '"' ? line[++i] : line[i];
      i++;
    } else for (; i < line.length && line[i] !== ','; i++) field += line[i];
    out.push(field);
  }
  return out;
}

describe('ACLED CSV', () => {
  const [head, row] = toCsv([{ event: hostile, event_id_cnty: 'PER1', timestamp: 1715644800 }]).split('\n');
  const cell = (column: (typeof ACLED_COLUMNS)[number]) => fields(row!)[ACLED_COLUMNS.indexOf(column)];

  it('puts a single quote before a cell a spreadsheet would run as a formula', () => {
    expect(fields(head!)).toEqual([...ACLED_COLUMNS]);
    expect(cell('actor1')).toBe(`'=HYPERLINK("http://evil.test","open")`);
    expect(cell('actor2')).toBe("'+1+cmd|calc");
    expect(cell('assoc_actor_1')).toBe("'@SUM(A1:A9)");
    expect(cell('assoc_actor_2')).toBe("'\tTAB");
    expect(cell('location')).toBe("'-2+3");
    expect(cell('admin1')).toBe("'\rCR");
  });

  it('leaves plain numbers and text that only contains those characters as they are', () => {
    expect(cell('latitude')).toBe('-12.5');
    expect(cell('longitude')).toBe('-77');
    expect(cell('source')).toBe('-3');
    expect(cell('fatalities')).toBe('3');
    expect(cell('notes')).toBe('Plain words - with a dash inside.');
  });
});

/** An event in Iraq on the 14th of May 2024: what each test changes is given. */
const iraqi = (over: Partial<ExportEvent> = {}): ExportEvent => ExportEvent.parse({
  ...hostile, actor1: null, actor2: null, assoc_actors1: [], assoc_actors2: [],
  location: { name: 'Erbil', admin1: 'Erbil', country: 'Iraq', country_code: 'IQ', lat: 36.19, lon: 44.01, geo_precision: 1 }, ...over,
});
const source = (outlet: string | null, article_id = outlet ?? 'a1') => ({ article_id, outlet, url: null, published: '2024-05-14', sentence: 's', attribution: null });
const us = actor('Military Forces of the United States', 'state_military', 'US');
const iraq = actor('Military Forces of Iraq', 'state_military', 'IQ');

describe('ACLED actor codes and interaction', () => {
  const code = (a: Actor, role: 'actor1' | 'actor2' = 'actor1', over: Partial<ExportEvent> = {}) => actorCode(a, role, iraqi(over));

  it('codes state forces 1 at home and 8 abroad, as ACLED codes foreign militaries', () => {
    expect(code(iraq)).toBe(1);
    expect(code(actor('Iraq', 'government', 'IQ'))).toBe(1);
    expect(code(us)).toBe(8);
    expect(code(actor('Coalition forces', 'state_military'))).toBe(8);
  });

  it('codes armed groups, civilians and the generic actors by their type or name', () => {
    expect(code(actor('Islamic State', 'rebel_group'))).toBe(2);
    expect(code(actor('Kataib Hezbollah', 'militia', 'IQ'))).toBe(3);
    expect(code(actor('Unidentified armed group'))).toBe(3);
    expect(code(actor('Fulani Ethnic Militia (Nigeria)', 'militia'))).toBe(4);
    expect(code(actor('Civilians (Iraq)', 'civilians', 'IQ'), 'actor2')).toBe(7);
    expect(code(actor('al-Khatib', 'unknown'))).toBeNull();
  });

  it('a crowd is protesters in a protest and rioters in a riot, and named so anywhere', () => {
    expect(code(actor('Protesters (Iraq)', 'civilians'), 'actor1', { event_type: 'Protests', sub_event_type: 'Peaceful protest' })).toBe(6);
    expect(code(actor('Fatah', 'political_group', 'PS'), 'actor1', { event_type: 'Protests', sub_event_type: 'Peaceful protest' })).toBe(6);
    expect(code(actor('Students', 'unknown'), 'actor1', { event_type: 'Riots', sub_event_type: 'Violent demonstration' })).toBe(5);
    expect(code(actor('Rioters (Iraq)', 'civilians'), 'actor2')).toBe(5);
    expect(code(actor('Police Forces of Iraq', 'state_military', 'IQ'), 'actor2', { event_type: 'Protests', sub_event_type: 'Protest with intervention' })).toBe(1);
  });

  it('interaction is both codes, the smaller first, or a lone actor with 0; none when a present actor has no code', () => {
    expect(interaction(8, 1, true)).toBe(18);
    expect(interaction(1, 8, true)).toBe(18);
    expect(interaction(6, null, false)).toBe(60);
    expect(interaction(3, null, true)).toBeNull();
    expect(interaction(null, 7, true)).toBeNull();
  });

  it('fills inter1, inter2, interaction, civilian targeting, iso, region and admin2 in the CSV row', () => {
    const row = acledRow({ event: iraqi({ actor1: us, actor2: actor('Civilians (Iraq)', 'civilians', 'IQ') }), event_id_cnty: 'IRQ7', timestamp: 1715644800 });
    expect(row).toMatchObject({ event_id_cnty: 'IRQ7', inter1: 8, inter2: 7, interaction: 78, civilian_targeting: 'Civilian targeting', iso: 368, region: 'Middle East', timestamp: 1715644800 });
  });

  it('every actor type has a code line, and every code line says which types, names or crowds it takes', () => {
    const rows = readTsv('acled/actor-codes.tsv');
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const typed = rows.flatMap((r) => (r[2] ?? '').split('|').filter(Boolean));
    expect(typed.sort()).toEqual(['civilians', 'government', 'militia', 'political_group', 'rebel_group', 'state_military']);
  });
});

describe('ACLED regions', () => {
  it('every country world-countries knows has exactly one ACLED region', () => {
    const require = createRequire(import.meta.url);
    const countries = (require('world-countries') as Array<{ cca2: string }>).map((c) => c.cca2).sort();
    const rows = readTsv('acled/regions.tsv');
    expect(rows.map((r) => r[0]).sort()).toEqual(countries);
    const regions = new Set(rows.map((r) => r[1]));
    expect([...regions].sort()).toEqual(['Antarctica', 'Caribbean', 'Caucasus and Central Asia', 'Central America', 'East Asia', 'Eastern Africa', 'Europe',
      'Middle Africa', 'Middle East', 'North America', 'Northern Africa', 'Oceania', 'South America', 'South Asia', 'Southeast Asia', 'Southern Africa', 'Western Africa']);
  });
});

describe('ACLED source and source_scale', () => {
  it('joins outlets so that the cell splits back into exactly them, semicolons and backslashes included', () => {
    const outlets = ['The Nation (Pakistan; AFP text)', 'Wire\\', '; ', 'Reuters', 'a\\; b', ''];
    expect(splitCell(joinCell(outlets)!)).toEqual(outlets);
    expect(joinCell(['Reuters', 'AP'])).toBe('Reuters; AP');
    expect(joinCell([])).toBeNull();
    // a cell cut after its escape (a hand-edited file) loses the backslash, never gains "undefined"
    expect(splitCell('Reuters; AP\\')).toEqual(['Reuters', 'AP']);
  });

  it('scales an outlet against the event: national at home, regional nearby, international elsewhere; wires are international', () => {
    const scale = (outlets: Array<string | null>, cc = 'IQ') => sourceScale(iraqi({ sources: outlets.map((o, i) => source(o, `a${i}`)), location: { ...iraqi().location, country_code: cc } }));
    expect(scale(['Shafaq News'])).toBe('National');
    expect(scale(['Rudaw'])).toBe('Subnational');
    expect(scale(['Times of Israel'])).toBe('Regional');
    expect(scale(['Fox News'])).toBe('International');
    expect(scale(['Al Arabiya'])).toBe('Regional');
    expect(scale(['Al Arabiya'], 'UA')).toBe('International');
    expect(scale(['ABC News (Associated Press)'])).toBe('International');
    expect(scale(['UrduPoint (APP)'], 'PK')).toBe('National'); // APP, not AP
    expect(scale(['Reuters', 'Shafaq News', 'Rudaw'])).toBe('Subnational-National-International');
    expect(scale(['Reuters', 'Local Blog'])).toBeNull();
    expect(scale([null])).toBeNull();
  });
});

describe('GeoJSON', () => {
  const Properties = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
  const numeric = ['year', 'time_precision', 'inter1', 'inter2', 'interaction', 'iso', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'timestamp', 'num_sources', 'injured'];

  it('has flat properties, numbers as numbers, actors as names, and no feature for an unplaced event', () => {
    const placed = iraqi({ actor1: us, actor2: iraq, injured: { best: 2, low: 2, high: 2, text: 'two' } });
    const unplaced = iraqi({ id: 'ev-2', location: { ...iraqi().location, lat: null, lon: null } });
    const geo = toGeoJson([{ event: placed, event_id_cnty: 'IRQ1', timestamp: 1715644800 }, { event: unplaced, event_id_cnty: 'IRQ2', timestamp: 1715644800 }]);
    expect(geo.features).toHaveLength(1);
    const p = Properties.parse(geo.features[0]!.properties);
    for (const name of numeric) expect(typeof p[name], name).toBe('number');
    expect(p).toMatchObject({ actor1: 'Military Forces of the United States', actor2: 'Military Forces of Iraq', inter1: 8, inter2: 1, interaction: 18, iso: 368, injured: 2, id: 'ev-1' });
    expect(Object.keys(p)).toEqual(expect.arrayContaining([...ACLED_COLUMNS]));
    expect(geo.features[0]!.geometry.coordinates).toEqual([44.01, 36.19]);
  });
});
