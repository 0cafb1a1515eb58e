// What the article generator writes about, read from the project's own data files so that generated
// text names the actors, places and weapons the extractor knows: armed groups (data/actors), places
// (data/places and the regional capitals of the gazetteer index), weapon nouns (data/lexicons/weapons.tsv)
// and sentence shapes (data/bench/templates.tsv).
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { GAZETTEER_FILE } from '../resolve/place/gazetteer.js';
import { readTsv, splitList } from '../util/data-files.js';

export interface Theatre {
  cc: string;
  country: string;
  demonym: string;
  groups: string[];
  places: string[];
}

export interface Vocabulary {
  theatres: Theatre[];
  weapons: string[];
  /** sentence shapes by kind (headline, lead, incident, ...) */
  templates: Map<string, string[]>;
}

const ASCII_NAME = /^[A-Za-z][A-Za-z' -]*$/;
// regional capitals per country: enough variety that place lookups are not all cache hits
const CAPITALS_PER_COUNTRY = 40;

export function loadVocabulary(): Vocabulary {
  const countries = countryNames();
  const groups = new Map<string, string[]>();
  for (const [name, , type, cc] of readTsv('actors/armed-groups.tsv')) {
    if ((type === 'militia' || type === 'rebel_group') && cc && cc !== '-' && countries.has(cc)) groups.set(cc, [...(groups.get(cc) ?? []), name!]);
  }
  const places = curatedPlaces();
  addCapitals(places, [...groups.keys()]);
  const theatres = [...groups.entries()]
    .filter(([cc]) => (places.get(cc)?.length ?? 0) > 0)
    .map(([cc, gs]) => ({ cc, ...countries.get(cc)!, groups: gs, places: places.get(cc)! }));
  return { theatres, weapons: weaponNouns(), templates: templates() };
}

function countryNames(): Map<string, { country: string; demonym: string }> {
  const list: Array<{ cca2: string; name: { common: string }; demonyms?: { eng?: { m: string } } }> = createRequire(import.meta.url)('world-countries');
  return new Map(list.filter((c) => c.demonyms?.eng?.m).map((c) => [c.cca2, { country: c.name.common, demonym: c.demonyms!.eng!.m }]));
}

/** Places of data/places: the press spelling of each aliased gazetteer place, and the precise sites. */
function curatedPlaces(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (cc: string, name: string | undefined) => name && out.set(cc, [...(out.get(cc) ?? []), name]);
  for (const [name, cc, aliases] of readTsv('places/aliases.tsv')) add(cc!, [name!, ...splitList(aliases)].find((n) => ASCII_NAME.test(n)));
  for (const [name, , , , , cc, , precision] of readTsv('places/sites.tsv')) if (precision === '1') add(cc!, name);
  return out;
}

function addCapitals(places: Map<string, string[]>, countries: string[]): void {
  const db = new Database(GAZETTEER_FILE, { readonly: true, fileMustExist: true });
  const stmt = db.prepare("SELECT name FROM places WHERE cc = ? AND kind = 'capital' ORDER BY id");
  for (const cc of countries) {
    const names = (stmt.all(cc) as Array<{ name: string }>).map((r) => r.name).filter((n) => ASCII_NAME.test(n));
    places.set(cc, [...new Set([...(places.get(cc) ?? []), ...names.slice(0, CAPITALS_PER_COUNTRY)])]);
  }
  db.close();
}

/** The countable nouns of the weapon lexicon: "drones?" → drone; alternatives with other regex syntax are skipped. */
function weaponNouns(): string[] {
  // a guard before a noun ("(?<!bricks and )mortars?") is no part of it
  const nouns = readTsv('lexicons/weapons.tsv').flatMap(([, pattern]) => topLevelAlternatives(pattern!)).map((n) => n.replace(/^(\(\?<![^)]*\))+/, ''));
  const plain = nouns.filter((n) => /^[a-z][a-z -]*s\?$/.test(n)).map((n) => n.slice(0, -2));
  return [...new Set(plain.map((n) => (n.length <= 3 ? n.toUpperCase() : n)))];
}

function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')') depth--;
    else if (pattern[i] === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return [...out, pattern.slice(start)];
}

function templates(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [kind, template] of readTsv('bench/templates.tsv')) out.set(kind!, [...(out.get(kind!) ?? []), template!]);
  return out;
}
