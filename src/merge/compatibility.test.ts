import { describe, expect, it } from 'vitest';
import type { Place } from '../types.js';
import { samePlace } from './compatibility.js';

const at = (name: string, geo_precision: 1 | 2 | 3): Place => ({ name, admin1: 'North Province', country: 'Utopia', country_code: 'UT', lat: 10.5, lon: 20.25, geo_precision });

describe('samePlace', () => {
  it('another name at exactly a town\'s point is a village placed there (p-village), not the town', () => {
    expect(samePlace(at('Kolo', 1), at('Bemba', 2))).toBe(false);
  });
  it('c-seat-district: a district named for its seat, placed at the seat, is the seat told by its district', () => {
    expect(samePlace(at('Kolo', 1), at('Kolo Dastan', 2))).toBe(true);
    expect(samePlace(at('Kolo Dastan', 2), at('Kolo', 1))).toBe(true);
    // (a name that only begins like the town's is another place)
    expect(samePlace(at('Kolo', 1), at('Kolomba', 2))).toBe(false);
  });
});
