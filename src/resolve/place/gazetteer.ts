// The offline gazetteer: towns, regions and curated sites by normalised name (built into one index
// file at build time), plus countries from world-countries. Loaded once, on first use.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseName, normaliseRecurring } from '../../read/normalise.js';
import { properPrefixes } from '../../read/tokens.js';
import { readLines, readTsv } from '../../util/data-files.js';
import { worldCountries } from '../../util/world-countries.js';
import { countryNames } from './country-names.js';

export const GAZETTEER_FILE = fileURLToPath(new URL('../../../dist/gazetteer.sqlite', import.meta.url));

export type GazKind = 'town' | 'capital' | 'district' | 'region' | 'site';
export interface GazRecord {
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string | null;
  /** the admin2 district of a town or district (GeoNames' name, without the word for district), when known */
  admin2?: string | null;
  kind: GazKind;
  precision: 1 | 2 | 3;
  /** GeoNames' population of a town, its towns' total for a region, 0 for a curated site */
  population: number;
}

export interface Country {
  cc: string;
  name: string;
  lat: number;
  lon: number;
  capital: string | null;
}

let lookup: ((key: string) => GazRecord[]) | null = null;
let placePrefixes: Set<string> | null = null;
const cache = new Map<string, GazRecord[]>();
let countries: { byName: Map<string, Country>; byDemonym: Map<string, Country>; byCode: Map<string, Country>; prefixes: Set<string> } | null = null;
let stopwords: Set<string> | null = null;

// The index is a read-only SQLite file: opening it costs nothing, each name is one indexed lookup.
function openIndex(): (key: string) => GazRecord[] {
  const db = openDatabase();
  const stmt = db.prepare('SELECT p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.kind, p.precision, p.population FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? ORDER BY p.id');
  return (key) => stmt.all(key) as GazRecord[];
}

function openDatabase(): Database.Database {
  if (!existsSync(GAZETTEER_FILE)) throw new Error(`gazetteer index missing (${GAZETTEER_FILE}): run \`npm run build\``);
  const db = new Database(GAZETTEER_FILE, { readonly: true, fileMustExist: true });
  // A read-only connection keeps its shared lock instead of taking and dropping it around every lookup:
  // each lookup was a dozen lock and stat system calls, most of its cost. Readers still share the file,
  // and the build replaces the file rather than writing into it.
  db.pragma('locking_mode = EXCLUSIVE');
  return db;
}

let districtAt: Database.Statement | null = null;

/**
 * The admin2 district of the town (or the district) at these coordinates, when the gazetteer has one there:
 * places take their town's coordinates as they are, so a town is found by them exactly. Sites and regions have none.
 */
export function admin2At(cc: string, lat: number, lon: number): string | null {
  districtAt ??= openDatabase().prepare("SELECT admin2 FROM places WHERE lat = ? AND lon = ? AND cc = ? AND admin2 IS NOT NULL AND kind IN ('town', 'capital', 'district') LIMIT 1").pluck();
  return (districtAt.get(lat, lon, cc) as string | undefined) ?? null;
}

/** True when a longer gazetteer or country name starts with the words of this normalised key. */
export function placeNameContinues(key: string): boolean {
  if (!placePrefixes) {
    const db = openDatabase();
    placePrefixes = new Set(db.prepare('SELECT key FROM prefixes').pluck().all() as string[]);
    db.close();
  }
  return placePrefixes.has(key) || loadCountries().prefixes.has(key);
}

/** Gazetteer records whose name or alias has this normal form (normaliseName). */
export function placesByKey(key: string): GazRecord[] {
  let hit = cache.get(key);
  if (!hit) {
    lookup ??= openIndex();
    hit = lookup(key);
    if (cache.size > 50000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

function loadCountries() {
  if (countries) return countries;
  const list = worldCountries();
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const acled = new Map(readTsv('places/acled-country-names.tsv').map(([cc, name]) => [cc!, name!]));
  const extraNames = countryNames('name');
  const extraDemonyms = countryNames('demonym');
  for (const c of list) {
    const country: Country = { cc: c.cca2, name: acled.get(c.cca2) ?? c.name.common, lat: c.latlng[0]!, lon: c.latlng[1]!, capital: c.capital?.[0] ?? null };
    byCode.set(c.cca2, country);
    const names = [country.name, c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)];
    for (const n of names) if (!byName.has(normaliseName(n))) byName.set(normaliseName(n), country);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extraDemonyms.get(c.cca2) ?? [])]) if (d && (!byDemonym.has(normaliseName(d)) || extraDemonyms.get(c.cca2)?.includes(d))) byDemonym.set(normaliseName(d), country);
  }
  // an analyst's name wins over another country's name of the same spelling in the package: the press's
  // bare "Congo" is the DR Congo, the package's the Republic of the Congo
  for (const [cc, extra] of extraNames) {
    const country = byCode.get(cc);
    if (country) for (const n of extra) byName.set(normaliseName(n), country);
  }
  countries = { byName, byDemonym, byCode, prefixes: properPrefixes(byName.keys()) };
  return countries;
}

let borders: Map<string, Set<string>> | null = null;

/** The countries (ISO alpha-2) that border this one. */
export function neighboursOf(cc: string): ReadonlySet<string> {
  if (!borders) {
    const list = worldCountries();
    const alpha2 = new Map(list.map((c) => [c.cca3, c.cca2]));
    borders = new Map(list.map((c) => [c.cca2, new Set((c.borders ?? []).flatMap((b) => alpha2.get(b) ?? []))]));
  }
  return borders.get(cc) ?? new Set();
}

export const countryByName = (name: string): Country | undefined => countryByKey(normaliseRecurring(name));
export const countryByKey = (key: string): Country | undefined => loadCountries().byName.get(key || '\0');
export const countryByDemonym = (word: string): Country | undefined => loadCountries().byDemonym.get(normaliseRecurring(word) || '\0');
export const countryByCode = (cc: string | null | undefined): Country | undefined => (cc ? loadCountries().byCode.get(cc) : undefined);

/** Words that are places somewhere but, without a locative word before them, are not places here. */
export function isPlaceStopword(word: string): boolean {
  stopwords ??= new Set(readLines('places/stopwords.txt').map(normaliseName));
  return stopwords.has(normaliseRecurring(word));
}

let hosts: Map<string, string> | null = null;

/** The forces based at a curated military site (data/places/sites.tsv, column `hosts`), by the site's name. */
export function siteHost(name: string): string | null {
  hosts ??= new Map(readTsv('places/sites.tsv').filter((f) => f[8]).map((f) => [f[0]!, f[8]!]));
  return hosts.get(name) ?? null;
}
