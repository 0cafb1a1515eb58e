// The ACLED columns sitrep derives rather than extracts: actor codes and interaction, numeric ISO code,
// region, admin2 district, the source list and the source scale (an event id's prefix: util/). What
// ACLED's codes are is data an analyst can correct (data/acled/*.tsv); this file only applies it.
import { admin2At, countryByCode, countryByName } from '../resolve/place/gazetteer.js';
import { countryCodes } from '../util/country-codes.js';
import { readTsv, splitList } from '../util/data-files.js';
import type { Actor, ExportEvent } from '../types.js';

/** ISO 3166-1 numeric (368 for Iraq), as ACLED's iso column; null for a country without one (Kosovo). */
export function isoNumeric(cc: string | null): number | null {
  const code = countryCodes(cc)?.ccn3;
  return code ? Number(code) : null;
}

let regions: Map<string, string> | null = null;

const loadRegions = (): Map<string, string> => (regions ??= new Map(readTsv('acled/regions.tsv').map(([code, name]) => [code!, name!])));

/** ACLED's region of a country (data/acled/regions.tsv). */
export function region(cc: string | null): string | null {
  return (cc && loadRegions().get(cc)) || null;
}

/** ACLED's regions, each with its countries' codes. */
export function regionCountries(): Map<string, string[]> {
  const byRegion = new Map<string, string[]>();
  for (const [cc, name] of loadRegions()) byRegion.set(name, [...(byRegion.get(name) ?? []), cc]);
  return byRegion;
}

/** admin2 is a town's district; a region or a whole country has none, nor has a site the gazetteer lacks. */
export function admin2(e: ExportEvent): string | null {
  const { country_code: cc, lat, lon, geo_precision } = e.location;
  return geo_precision < 3 && cc && lat != null && lon != null ? admin2At(cc, lat, lon) : null;
}

interface ActorCodes {
  byName: Array<{ pattern: RegExp; code: number }>;
  byType: Map<string, number>;
  crowd: Map<string, number>;
  stateTypes: Set<string>;
}

let actorCodes: ActorCodes | null = null;

function loadActorCodes(): ActorCodes {
  if (actorCodes) return actorCodes;
  const loaded: ActorCodes = { byName: [], byType: new Map(), crowd: new Map(), stateTypes: new Set() };
  for (const [code, , types, names, crowdOf] of readTsv('acled/actor-codes.tsv')) {
    const n = Number(code);
    for (const t of splitList(types)) loaded.byType.set(t, n);
    if (n === STATE_FORCES) splitList(types).forEach((t) => loaded.stateTypes.add(t));
    for (const name of splitList(names)) loaded.byName.push({ pattern: namePattern(name), code: n });
    for (const type of splitList(crowdOf)) loaded.crowd.set(type, n);
  }
  return (actorCodes = loaded);
}

const STATE_FORCES = 1;
const EXTERNAL_FORCES = 8;
const CROWD_TYPES = new Set(['civilians', 'political_group', 'unknown']);

/** "Protesters" matches "Protesters" and "Protesters (Iraq)"; "* Ethnic Militia" any words before it. */
function namePattern(name: string): RegExp {
  const words = name.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
  return new RegExp(`^${words}( \\(.+\\))?$`, 'i');
}

/** ACLED's code (1-8) of an actor in its role in an event, or null when its type does not tell. */
export function actorCode(actor: Actor | null, role: 'actor1' | 'actor2', e: ExportEvent): number | null {
  if (!actor) return null;
  const codes = loadActorCodes();
  const named = codes.byName.find((n) => n.pattern.test(actor.name));
  if (named) return named.code;
  const crowd = codes.crowd.get(e.event_type);
  if (role === 'actor1' && crowd !== undefined && CROWD_TYPES.has(actor.type)) return crowd;
  const abroad = !!actor.country && !!e.location.country_code && actor.country !== e.location.country_code;
  if (codes.stateTypes.has(actor.type) && abroad) return EXTERNAL_FORCES;
  return codes.byType.get(actor.type) ?? null;
}

/** ACLED's inter1, inter2 and interaction of an event. */
export function actorCodesOf(e: ExportEvent): { inter1: number | null; inter2: number | null; interaction: number | null } {
  const inter1 = actorCode(e.actor1, 'actor1', e);
  const inter2 = actorCode(e.actor2, 'actor2', e);
  return { inter1, inter2, interaction: interaction(inter1, inter2, !!e.actor2) };
}

/** ACLED's interaction: both codes, the smaller first (17), or one actor's code and 0 (10). */
export function interaction(inter1: number | null, inter2: number | null, hasActor2: boolean): number | null {
  if (inter1 === null || (hasActor2 && inter2 === null)) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/**
 * A list in one cell (ACLED's source, assoc_actor_1/2), joined by "; ". A ";" inside an item is written
 * "\;" and a backslash "\\", so the cell splits back into exactly its items: read left to right, a
 * backslash takes the next character as it is, and any other "; " ends an item. No items is no value.
 */
export const joinCell = (items: string[]): string | null =>
  items.length ? items.map((s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join('; ') : null;

/** Every distinct outlet of an event (an article's id when it names none), in the order of its sources. */
export const outlets = (e: ExportEvent): string[] => [...new Set(e.sources.map((s) => s.outlet ?? s.article_id))];

type Scale = 'Other' | 'New media' | 'Subnational' | 'National' | 'Regional' | 'International';
// ACLED joins an event's scales narrowest first ("Subnational-National", "National-International")
const SCALE_ORDER: Scale[] = ['Other', 'New media', 'Subnational', 'National', 'Regional', 'International'];

let scales: Array<{ pattern: RegExp; scale: Scale; home: string }> | null = null;

function outletScale(outlet: string, cc: string | null): Scale | null {
  scales ??= readTsv('acled/source-scales.tsv').map(([name, scale, home]) => {
    if (!SCALE_ORDER.includes(scale as Scale)) throw new Error(`data/acled/source-scales.tsv: ${name}: unknown scale ${scale}`);
    // whole words: "AP" is not the start of "APP"
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'), scale: scale as Scale, home: home! };
  });
  const hit = scales.find((s) => s.pattern.test(outlet));
  if (!hit) return null;
  const here = region(cc);
  switch (hit.scale) {
    case 'Subnational':
    case 'National':
      if (hit.home === cc) return hit.scale;
      return here !== null && region(hit.home) === here ? 'Regional' : 'International';
    case 'Regional':
      return hit.home === here ? 'Regional' : 'International';
    default:
      return hit.scale;
  }
}

/** ACLED's source_scale of an event ("National-International"), or null when one of its outlets is unknown. */
export function sourceScale(e: ExportEvent): string | null {
  const found = outlets(e).map((o) => outletScale(o, e.location.country_code));
  if (found.some((s) => s === null)) return null;
  return SCALE_ORDER.filter((s) => found.includes(s)).join('-');
}

/** joinCell's inverse, as its readers split the cell: a backslash takes the next character as it is; any other "; " ends an item. */
export function splitCell(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    // charAt: a backslash that ends the cell stands for nothing
    if (cell[i] === '\\') item += cell.charAt(++i);
    else if (cell.startsWith('; ', i)) { items.push(item); item = ''; i++; }
    else item += cell.charAt(i);
  }
  return [...items, item];
}

/** The ISO alpha-2 code of a country named as ACLED's country parameter names it ("Iraq"), or by its code ("IQ"). */
export const countryCodeOf = (v: string): string | undefined => countryByName(v)?.cc ?? (/^[A-Za-z]{2}$/.test(v) ? countryByCode(v.toUpperCase())?.cc : undefined);
