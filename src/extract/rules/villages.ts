// Villages the gazetteer lacks, named as villages: "attacks on Mangu, Hurra and Tadi communities of Bokkos",
// "raided six villages - Ruwi, Daffo and Hurti", "in Ruwi community", "attacked Ruwi and Daffo, two
// communities near Bokkos", "in Niono, Sandaré and Kayes" (a list whose other names are known towns). Reports of rural violence list the
// hamlets hit, and GeoNames rarely has them; ACLED codes one event per village, placed at the nearest
// known place with geo precision 2. The words "village", "community"... say the names are places, so each
// unknown one is a place at the known place the sentence says they are in, else the site the article
// named just before (rule `p-village`).
import type { Place } from '../../types.js';
import { countryByDemonym, isPlaceStopword, placesByKey } from '../../resolve/place/gazetteer.js';
import { normaliseName } from '../../read/normalise.js';
import { UNIT_WORD, type PlaceMatch } from '../../resolve/place/find-places.js';
import { matchAll } from '../lexicon.js';

// a name of one or two capitalised words, with an alternative name in brackets ("Manguna (Tagai)")
export const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*\([^()]{1,30}\))?`;
export const LIST = String.raw`${NAME}(?:\s*,\s*${NAME})*\s*,?\s+(?:and|or)\s+${NAME}`;
const PLURAL = String.raw`(?:villages|communities|settlements|hamlets|localities)`;
const SINGULAR = String.raw`(?:village|community|settlement|hamlet)`;
// "Ruwi, Daffo and Hurti communities"
const LIST_THEN_NOUN = new RegExp(String.raw`(?<![\p{L}'’-])(${LIST})\s+${PLURAL}\b`, 'gu');
// "six villages - Ruwi, Daffo and Hurti", "villages, including Ruwi and Daffo", "villages around
// Bokkos - Ruwi, Daffo and Hurti" (the place they lie around, before the dash, is their container)
const NOUN_THEN_LIST = new RegExp(String.raw`\b${PLURAL}(?:\s+(?:around|near|outside|in|of)\s+${NAME})?\s*(?:[-–—:]\s*|,?\s+(?:including|namely|such as|among them)\s+)(${LIST})(?![\p{L}'’-])`, 'gu');
// "in Ruwi community", "at Hurti village", "close to Daffo village"; "raided Hurti village": the object of
// a past act ("the Tiv community", with its article, is a people as often as a place)
const ONE = new RegExp(String.raw`(?:\b(?:in|at|on|of|from|into|to|near|outside|around|towards?|close to))\s+(${NAME})\s+${SINGULAR}\b`, 'gu');
// "attacked Ruwi and Daffo, two communities near Bokkos", "in Hurti, a farming village": the names, then
// the apposition that says they are villages
const APPOSED = new RegExp(String.raw`(?<![\p{L}'’-])(${LIST}|${NAME}),\s+(?:(?:two|three|four|five|six|several|both)\s+(?:[\p{Ll}-]+\s+)?${PLURAL}|an?\s+(?:[\p{Ll}-]+\s+)?${SINGULAR})\b`, 'gu');
// "the villages of Mazi, Spindari and Karkashi": the noun before the names ("the village of X" alone is
// mostly the site of an incident already told, named again)
const NOUN_OF = new RegExp(String.raw`\bthe\s+${PLURAL}\s+of\s+(${LIST})(?![\p{L}'’-])`, 'gu');
// "In Manica, Macomia district, the attackers...", "raided Kele, Bama LGA": a name, a comma and the district it is
// in, which the gazetteer knows (the name it lacks, or knows only elsewhere in the country: p-namesake-outside)
// (one name of up to three words: "Novo Cabo Delgado, Macomia district")
const IN_DISTRICT = new RegExp(String.raw`\b(?:[Ii]n|at|near|outside|struck|attacked|raided|hit)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+${UNIT_WORD}\b)`, 'gu');
const ITEM = new RegExp(NAME, 'gu');

/**
 * The unknown villages a sentence names, each a place at `container` (the known place the sentence names
 * after them, else `fallback`) with precision 2. Names already found as places or actors are left alone.
 */
export function villagePlaces(text: string, known: PlaceMatch[], taken: Array<[number, number]>, fallback: Place | null): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const overlaps = (a: number, b: number) => known.some((p) => p.index < b && a < p.end) || taken.some(([s, e]) => s < b && a < e) ||
    out.some((p) => p.index < b && a < p.end);
  // a name said with its district is one name, whole ("Novo Cabo Delgado"); a list's items are names of one or two words
  const lists = [...text.matchAll(LIST_THEN_NOUN), ...text.matchAll(NOUN_THEN_LIST), ...text.matchAll(ONE), ...text.matchAll(NOUN_OF), ...text.matchAll(APPOSED)]
    .map((m) => ({ m, whole: false })).concat([...text.matchAll(IN_DISTRICT)].map((m) => ({ m, whole: true })));
  for (const { m, whole } of lists) {
    const listStart = m.index + m[0].indexOf(m[1]!);
    const listEnd = listStart + m[1]!.length;
    // the known place the villages are said to be in ("communities of Bokkos", "villages in Bokkos"), else the site just told
    const container = known.find((p) => p.index >= listEnd && p.index - listEnd < 60 && !p.origin && p.place.geo_precision < 3)?.place ??
      known.find((p) => !p.origin && p.place.geo_precision < 3 && p.end <= listStart && listStart - p.end < 80)?.place ?? fallback;
    if (!container) continue;
    const items = whole ? [{ text: m[1]!, at: 0 }] : [...m[1]!.matchAll(ITEM)].map((x) => ({ text: x[0], at: x.index }));
    for (const item of items) {
      const name = item.text.replace(/\s*\(.*$/, '');
      const index = listStart + item.at;
      const end = index + item.text.length;
      if (overlaps(index, end) || noPlaceName(name)) continue;
      const own = knownVillage(name, container);
      out.push({ place: own ?? { ...container, name, geo_precision: 2 }, index, end, origin: false, ambiguous: false, rule: own ? 'p-village-known' : 'p-village' });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * "villages around Ajaccio - Tavaco, Vico and Peri": a listed village the gazetteer does know, in the region of the
 * place the villages are said to be in, is placed at itself (rule `p-village-known`); a listed name needs no
 * locative word to be a village, so one of another region ("Vico" of Campania) is another place of the name.
 */
function knownVillage(name: string, container: Place): Place | null {
  if (!container.admin1) return null;
  const towns = placesByKey(normaliseName(name)).filter((r) => (r.kind === 'town' || r.kind === 'capital') && r.cc === container.country_code && r.admin1 === container.admin1);
  if (!towns.length) return null;
  const town = towns.reduce((a, b) => (b.population > a.population ? b : a));
  return { name: town.name, admin1: town.admin1, country: container.country, country_code: town.cc, lat: town.lat, lon: town.lon, geo_precision: 1 };
}

/** A listed name with a place stopword or a demonym in it ("Nigerian"), or one data/lexicons not-villages lists: no place. */
const noPlaceName = (name: string): boolean =>
  name.split(/\s+/).some((w) => isPlaceStopword(w) || !!countryByDemonym(w)) || matchAll('not-villages', name).length > 0;

// an item of a list of towns, with a tail the gazetteer may not read ("Nioro du Sahel")
const TOWN = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:du|de|del|al|el)\s+)?\p{Lu}[\p{L}'’-]+)?`;
// "attacks on army posts in Niono, Molodo, Sandaré, Kayes and Diboli": a list of names after a locative word
const TOWN_LIST = new RegExp(String.raw`\b(?:in|at|on|near|around)\s+(${TOWN}(?:\s*,\s*${TOWN})*\s*,?\s+and\s+${TOWN})(?![\p{L}'’-])`, 'gu');
const TOWN_ITEM = new RegExp(TOWN, 'gu');
// how many of a list's names must be known towns for its other names to be towns too
const KNOWN_IN_LIST = 2;

/**
 * The names the gazetteer lacks in a list whose other names are known towns ("in Niono, Molodo, Sandaré,
 * Kayes and Diboli": Sandaré and Diboli): each is a town of its own, one event each (ACLED: one place, one
 * event), placed at the known town listed before it (else after it) with precision 2 (rule `p-listed-town`).
 */
export function listedTowns(text: string, known: PlaceMatch[], taken: Array<[number, number]>): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(TOWN_LIST)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const items = [...m[1]!.matchAll(TOWN_ITEM)].map((x) => ({ name: x[0], index: start + x.index, end: start + x.index + x[0].length }));
    const townAt = (x: { index: number; end: number }) => known.find((p) => p.index < x.end && x.index < p.end && !p.origin && p.place.geo_precision < 3);
    const towns = items.map(townAt);
    if (towns.filter(Boolean).length < KNOWN_IN_LIST) continue;
    items.forEach((x, i) => {
      if (towns[i] || known.some((p) => p.index < x.end && x.index < p.end) || taken.some(([s, e]) => s < x.end && x.index < e)) return;
      if (noPlaceName(x.name)) return;
      const near = towns.slice(0, i).filter(Boolean).pop() ?? towns.slice(i + 1).find(Boolean)!;
      out.push({ place: { ...near.place, name: x.name, geo_precision: 2 }, index: x.index, end: x.end, origin: false, ambiguous: false, rule: 'p-listed-town' });
    });
  }
  return out;
}
