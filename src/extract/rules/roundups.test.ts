import { describe, expect, it } from 'vitest';
import type { Place } from '../../types.js';
import { roundupTowns } from './roundups.js';

const known = new Set(['Yaounde', 'Garoua', 'Maroua', 'Meiganga', 'Bafang', 'Nairobi']);
const town = (name: string): Place | null =>
  known.has(name) ? { name, admin1: null, country: 'Cameroon', country_code: 'CM', lat: 0, lon: 0, geo_precision: 1 } : null;
const names = (text: string) => roundupTowns(text, 0, town).map((t) => t.place.name);

describe('roundupTowns', () => {
  it('lists the towns after "among them", past semicolons, appositions and "and"', () =>
    expect(names('Hundreds of protests have flared in several cities, among them the capital, Yaounde; Garoua, Tchiroma\'s hometown; and Maroua, Meiganga and Bafang.'))
      .toEqual(['Yaounde', 'Garoua', 'Maroua', 'Meiganga', 'Bafang']));
  it('a place the gazetteer lacks is placed in the town it is said to be in', () =>
    expect(names('The protests brought unrest to places such as Kangemi in Nairobi and Tumaini.')).toEqual(['Nairobi']));
  it('a list of people is no list of towns', () => expect(names('Protests drew thousands, including students, Garoua\'s traders and workers.')).toEqual([]));
  it('the list ends with its clause', () => expect(names('Protests spread to cities such as Garoua, where police fired on Maroua residents.')).toEqual(['Garoua']));
  it('no opener, no roundup', () => expect(names('Protests were held in Garoua and Maroua.')).toEqual([]));
});
