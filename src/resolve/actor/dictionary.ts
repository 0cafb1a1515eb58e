// The actor dictionary: data/actors/*.tsv plus "Military Forces of <Country>" for every country, with
// aliases built from the country's names and demonyms. Loaded once, on first use.
import { z } from 'zod';
import { normaliseName, normaliseRecurring } from '../../read/normalise.js';
import { properPrefixes, type SpanIndex } from '../../read/tokens.js';
import { readTable, readTsv, splitList } from '../../util/data-files.js';
import { worldCountries } from '../../util/world-countries.js';
import { ACTOR_TYPES, type Actor, type ActorType } from '../../types.js';
import { countryNames } from '../place/country-names.js';
import { countryByCode } from '../place/gazetteer.js';

export interface ActorEntry {
  actor: Actor;
  /** where the entry came from, so `show` can say which line of which file matched */
  origin: string;
}


let byAlias: Map<string, ActorEntry> | null = null;
let homonyms = new Map<string, Actor[]>();
let prefixes: Set<string> | null = null;
let maxWords = 1;

function load(): Map<string, ActorEntry> {
  if (byAlias) return byAlias;
  const map = new Map<string, ActorEntry>();
  const putOne = (key: string, entry: ActorEntry, overwrite: boolean): void => {
    if (!key || (!overwrite && map.has(key))) return;
    map.set(key, entry);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  // "an Iran-backed group" is the entry "Iran-backed groups" said of one: the other number of a
  // descriptive alias's last noun is the same actor, unless the data names it apart
  const put = (alias: string, entry: ActorEntry, overwrite: boolean): void => {
    const key = normaliseName(alias);
    putOne(key, entry, overwrite);
    const other = otherNumber(key);
    if (other && !map.has(other)) putOne(other, entry, false);
  };
  // curated entries win over generated ones: they are loaded last and overwrite
  for (const [cc, entry, aliases] of generatedStateForces()) for (const a of aliases) put(a, { actor: entry, origin: `generated:${cc}` }, false);
  for (const [origin, entry, aliases] of generatedEthnicMilitias()) for (const a of aliases) put(a, { actor: entry, origin }, false);
  for (const [i, [name, country, extra]] of readTsv('actors/state-forces.tsv').entries()) {
    const actor: Actor = { name: name!, type: 'state_military', country: country!, affiliations: [] };
    const entry = { actor, origin: `data/actors/state-forces.tsv:${i + 1}` };
    for (const a of [name!, ...splitList(extra)]) put(a, entry, true);
  }
  // "ADF" is the Allied Democratic Forces in Congo and the Ambazonia Defence Forces in Cameroon: an alias two
  // groups of different homes share keeps the first row's group, and the later one is its homonym, read
  // where its home is the article's (localHomonym)
  const grouped = new Map<string, Actor>();
  const shared = new Map<string, Actor[]>();
  for (const [i, [name, aliases, type, country, affiliations]] of readTsv('actors/armed-groups.tsv').entries()) {
    if (!ACTOR_TYPES.includes(type as ActorType)) throw new Error(`data/actors/armed-groups.tsv: ${name}: unknown type ${type}`);
    if (country !== '-' && !/^[A-Z]{2}$/.test(country ?? '')) throw new Error(`data/actors/armed-groups.tsv: ${name}: country must be an ISO code or -, got "${country}"`);
    const actor: Actor = { name: name!, type: type as ActorType, country: country === '-' ? null : country!, affiliations: splitList(affiliations) };
    const entry = { actor, origin: `data/actors/armed-groups.tsv:${i + 1}` };
    for (const a of [name!, ...splitList(aliases)]) {
      const first = grouped.get(normaliseName(a));
      if (first && first.name !== actor.name) {
        if (!first.country || !actor.country || first.country === actor.country) throw new Error(`data/actors/armed-groups.tsv: ${name}: alias "${a}" is ${first.name}'s, and only groups of two different homes may share one`);
        shared.set(first.name, [...(shared.get(first.name) ?? []).filter((h) => h.name !== actor.name), actor]);
        continue;
      }
      grouped.set(normaliseName(a), actor);
      put(a, entry, true);
    }
  }
  homonyms = shared;
  byAlias = map;
  prefixes = properPrefixes(map.keys());
  return map;
}

const GROUP_NOUNS = /^(.+ )(group|militia|militant|fighter|rebel|insurgent|gunman|gunmen|jihadist|extremist)(s?)$/;

function otherNumber(key: string): string | null {
  const m = GROUP_NOUNS.exec(key);
  if (!m) return null;
  const [, head, noun, plural] = m;
  if (noun === 'gunman') return `${head}gunmen`;
  if (noun === 'gunmen') return `${head}gunman`;
  return `${head}${noun}${plural ? '' : 's'}`;
}

const ForceNoun = z.object({ force: z.enum(['military', 'police', 'militia']), noun: z.string().min(1) });
const People = z.object({ country: z.string().regex(/^[A-Z]{2}$/), people: z.string().min(1), aliases: z.string() });
const Territory = z.object({ territory: z.string().regex(/^[A-Z]{2}$/), sovereign: z.string().regex(/^[A-Z]{2}$/) });
let sovereigns: Map<string, string> | null = null;
/** The state whose forces serve a country code: a dependent territory's sovereign, else the country itself. */
const forcesOf = (cc: string): string =>
  (sovereigns ??= new Map(readTable('actors/territory-forces.tsv', Territory).map((t) => [t.territory, t.sovereign]))).get(cc) ?? cc;

function generatedStateForces(): Array<[string, Actor, string[]]> {
  const nouns = readTable('actors/force-nouns.tsv', ForceNoun);
  const forceNouns = { military: nouns.filter((n) => n.force === 'military').map((n) => n.noun), police: nouns.filter((n) => n.force === 'police').map((n) => n.noun) };
  const takesThe = new Set(countryNames('takes-the').keys());
  return worldCountries().flatMap((c) => {
    const common = countryByCode(c.cca2)?.name ?? c.name.common;
    // "New Caledonian police" are the forces of France, named after France
    const state = forcesOf(c.cca2);
    const stateName = state === c.cca2 ? common : countryByCode(state)?.name ?? state;
    const country = `${takesThe.has(state) ? 'the ' : ''}${stateName}`;
    const demonym = c.demonyms?.eng?.m;
    const named = (nouns: string[]) => [...new Set([common, c.name.common])].flatMap((name) => nouns.flatMap((n) => [`${name} ${n}`, `${name}'s ${n}`])).concat(demonym ? nouns.map((n) => `${demonym} ${n}`) : []);
    const military = `Military Forces of ${country}`;
    const police = `Police Forces of ${country}`;
    // the names of the territory's own forces are its sovereign's: only the territory's words are added
    const own = (name: string, nouns: string[]) => (state === c.cca2 ? [name, ...named(nouns)] : named(nouns));
    return [
      [c.cca2, { name: military, type: 'state_military' as const, country: state, affiliations: [] }, own(military, forceNouns.military)],
      [c.cca2, { name: police, type: 'state_military' as const, country: state, affiliations: [] }, own(police, forceNouns.police)],
    ] as Array<[string, Actor, string[]]>;
  });
}

/**
 * "<People> Ethnic Militia (<Country>)" for each row of data/actors/ethnic-militias.tsv, named by its people's
 * words and the `militia` nouns ("Murle youth", "armed Nuer youths", "Kusasi militiamen"), as ACLED codes a
 * people's armed men.
 */
function generatedEthnicMilitias(): Array<[string, Actor, string[]]> {
  const nouns = readTable('actors/force-nouns.tsv', ForceNoun).filter((n) => n.force === 'militia').map((n) => n.noun);
  return readTable('actors/ethnic-militias.tsv', People).map((p, i) => {
    const country = countryByCode(p.country)?.name ?? p.country;
    const names = [p.people, ...splitList(p.aliases === '-' ? '' : p.aliases)];
    const aliases = names.flatMap((n) => [...nouns.map((noun) => `${n} ${noun}`), `armed ${n} youth`, `armed ${n} youths`]);
    return [`data/actors/ethnic-militias.tsv:${i + 1}`, { name: `${p.people} Ethnic Militia (${country})`, type: 'militia' as const, country: p.country, affiliations: [] }, [`${p.people} Ethnic Militia (${country})`, ...aliases]];
  });
}

/** The dictionary as findSpans reads it: entries by normalised name. */
export const actorIndex: SpanIndex<ActorEntry> = {
  lookup: (key) => load().get(key),
  continues: (key) => (load(), prefixes!.has(key)),
};

/**
 * The group a name means in a report on `countries` (ISO codes, the article's focus first): a group that
 * shares an alias with the one found and whose home is one of them, when the one found is at home in none.
 */
export function localHomonym(actor: Actor, countries: readonly string[]): Actor {
  load();
  const others = homonyms.get(actor.name);
  if (!others || (actor.country && countries.includes(actor.country))) return actor;
  for (const cc of countries) {
    const local = others.find((h) => h.country === cc);
    if (local) return local;
  }
  return actor;
}

/** The dictionary entry for a name as written, or undefined. */
export function lookupActor(name: string): ActorEntry | undefined {
  return load().get(normaliseRecurring(name));
}

/** The state forces of a country (ISO code), for "Russia launched..." and "Russian shelling". */
export function stateForces(cc: string): Actor | undefined {
  if (!forcesByCountry) {
    forcesByCountry = new Map();
    for (const { actor } of load().values()) {
      if (actor.name.startsWith('Military Forces of') && actor.country && !forcesByCountry.has(actor.country)) forcesByCountry.set(actor.country, actor);
    }
  }
  return forcesByCountry.get(forcesOf(cc));
}
let forcesByCountry: Map<string, Actor> | null = null;

/** The police of a country (ISO code): "Police Forces of Niger". */
export function policeForces(cc: string): Actor | undefined {
  const military = stateForces(cc);
  return military ? lookupActor(military.name.replace(/^Military Forces/, 'Police Forces'))?.actor : undefined;
}

/** The government of a country (ISO code), named as its forces are: "Government of Nepal". */
export function governmentOf(cc: string): Actor | undefined {
  const military = stateForces(cc);
  return military && { name: military.name.replace(/^Military Forces/, 'Government'), type: 'government', country: military.country, affiliations: [] };
}

export function longestAliasWords(): number {
  load();
  return maxWords;
}

/** A non-state armed group: a militia or a rebel group. */
export const isArmedGroup = (a: Actor): boolean => a.type === 'militia' || a.type === 'rebel_group';

/** Two actors that can be the same party: equal, unknown, one the other's umbrella (at any depth), or
 * a descriptor ("Iran-backed militias", no home country) and a group of the alliance it describes. */
export function actorsCompatible(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b || a.name === b.name || a.type === 'unknown' || b.type === 'unknown') return true;
  // "Civilians" said where the country was not yet known, and "Civilians (Mali)"; "Protesters" and "Rioters (Serbia)"
  if (a.type === 'civilians' && b.type === 'civilians' && (!a.country || !b.country) && (a.name.split(' (')[0] === b.name.split(' (')[0] || !countryOf(a) || !countryOf(b))) return true;
  // one state's police, army and government, or one country's protesters and rioters: one side told two ways
  const side = (x: Actor) => (x.type === 'government' ? 'state_military' : x.type);
  if (side(a) === side(b) && (side(a) === 'state_military' || a.type === 'civilians') && countryOf(a) !== null && countryOf(a) === countryOf(b)) return true;
  // "TLP activists attacked police" and "rioters attacked police": a party's crowd in its own country is that
  // country's protesters or rioters told by the party's name (ACLED: the crowd, the party associated)
  if (partyCrowd(a, b) || partyCrowd(b, a)) return true;
  const up = (x: Actor) => umbrellas(x.name, x.affiliations);
  if (up(a).has(b.name) || up(b).has(a.name)) return true;
  const shared = [...up(a)].filter((x) => up(b).has(x));
  // sharing only a broad alliance makes two named groups different parties, unless one is a descriptor
  return shared.some((x) => x !== 'Axis of Resistance') || (shared.length > 0 && (!a.country || !b.country));
}

/**
 * One group named by both, or by one of them as its umbrella ("IS-K" and "the Islamic State"): the same
 * perpetrator. Two branches of one umbrella, or one state's police and army, are not.
 */
export function sameGroup(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b || a.type === 'unknown' || b.type === 'unknown') return false;
  return a.name === b.name || umbrellas(a.name, a.affiliations).has(b.name) || umbrellas(b.name, b.affiliations).has(a.name);
}

const CROWD_NAME = /^(Protesters|Rioters)\b/;
const partyCrowd = (crowd: Actor, party: Actor): boolean => crowd.type === 'civilians' && CROWD_NAME.test(crowd.name) && party.type === 'political_group' &&
  !!party.country && (crowd.country ?? countryOf(crowd)) === (crowd.country ? party.country : countryByCode(party.country)?.name);

/** An actor's country: its own, or the one its name carries ("Protesters (Kenya)"). */
const countryOf = (a: Actor): string | null => a.country ?? /\(([^)]+)\)$/.exec(a.name)?.[1] ?? null;

/** A group's umbrellas and their umbrellas, by the dictionary. */
function umbrellas(name: string, direct: string[]): Set<string> {
  const out = new Set<string>();
  const queue = [...direct];
  while (queue.length) {
    const next = queue.shift()!;
    if (out.has(next) || next === name) continue;
    out.add(next);
    queue.push(...(lookupActor(next)?.actor.affiliations ?? []));
  }
  return out;
}

const CountryGroup = z.object({ country: z.string().regex(/^[A-Z]{2}$/), generic: z.string().min(1), actor: z.string().min(1), since: z.string().regex(/^(-|\d{4}-\d{2}-\d{2})$/) });
interface CountryGroups { byCountry: Map<string, Array<{ actor: Actor; since: string | null }>>; generics: Set<string> }
let countryGroups: CountryGroups | null = null;

/**
 * data/actors/generic-groups.tsv, read once. Each row's generic must be a generic entry (type unknown, no
 * home) and its actor a named one, so a misspelt row is refused at load, not silently never used.
 */
function loadCountryGroups(): CountryGroups {
  const rows = readTable('actors/generic-groups.tsv', CountryGroup);
  // a word whose group changed its name has a row for each name, the latest first
  const byCountry = new Map<string, Array<{ actor: Actor; since: string | null }>>();
  for (const r of rows) {
    const g = lookupActor(r.generic)?.actor;
    if (!g || g.name !== r.generic || g.type !== 'unknown' || g.country) throw new Error(`data/actors/generic-groups.tsv: "${r.generic}" is no generic entry of armed-groups.tsv`);
    const a = lookupActor(r.actor)?.actor;
    if (!a || a.name !== r.actor || a.type === 'unknown') throw new Error(`data/actors/generic-groups.tsv: "${r.actor}" is no named actor of armed-groups.tsv`);
    const key = `${r.country}\t${r.generic}`;
    byCountry.set(key, [...(byCountry.get(key) ?? []), { actor: a, since: r.since === '-' ? null : r.since }].sort((x, y) => (y.since ?? '').localeCompare(x.since ?? '')));
  }
  return { byCountry, generics: new Set(rows.map((r) => r.generic)) };
}

/**
 * The group a generic noun names in a country, by data/actors/generic-groups.tsv ("separatists" in
 * Cameroon: the Ambazonian Separatists). `day` (YYYY-MM-DD) is the event's: a row holds from its `since` on.
 */
export function countryGroup(cc: string | null | undefined, generic: string, day: string): Actor | undefined {
  const rows = cc ? (countryGroups ??= loadCountryGroups()).byCountry.get(`${cc}\t${generic}`) : undefined;
  // before the earliest name the table gives, the word named a forerunner it does not say
  return rows?.find((r) => !r.since || day >= r.since)?.actor;
}

/** A side named by a generic noun generic-groups.tsv reads ("Militants", "Separatists"): no group yet. */
export function isGenericGroup(a: Actor | null | undefined): a is Actor {
  return !!a && a.type === 'unknown' && !a.country && (countryGroups ??= loadCountryGroups()).generics.has(a.name);
}
