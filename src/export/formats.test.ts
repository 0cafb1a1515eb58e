import { describe, expect, it } from 'vitest';
import { ExportEvent, type Actor } from '../types.js';
import { ACLED_COLUMNS, toCsv } from './formats.js';

const actor = (name: string): Actor => ({ name, type: 'unknown', country: null, affiliations: [] });
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
  const [head, row] = toCsv([hostile]).split('\n');
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
