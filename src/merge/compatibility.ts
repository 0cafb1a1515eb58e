// When can two reports be the same incident? Shared by the within-article and cross-article merges:
// compatible weapons, places within a distance that depends on their precision, overlapping days,
// and actors that are equal, unknown, or one the other's umbrella, never with roles swapped.
import { tellingToll } from '../model/match-key.js';
import { actorsCompatible } from '../resolve/actor/dictionary.js';
import { dayDiff } from '../resolve/time/days.js';
import type { Actor, DateSpan, Place, Range } from '../types.js';

const WEAPON_FAMILY: Record<string, string> = { drone: 'air', airstrike: 'air', missile: 'fire', rocket: 'fire', mortar: 'fire', artillery: 'fire', ied: 'ied', bomb: 'ied', 'suicide bomb': 'ied', grenade: 'ied', 'small arms': 'guns', blade: 'guns' };

export function weaponsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  return WEAPON_FAMILY[a] === WEAPON_FAMILY[b];
}

/**
 * One kind of weapon as outlets name it apart: "a drone strike" and "an airstrike", "rockets" and
 * "missiles" are one strike told by two outlets more often than two strikes.
 */
export function sameWeaponKind(a: string | null, b: string | null): boolean {
  return !!a && !!b && (a === b || (WEAPON_FAMILY[a] !== undefined && WEAPON_FAMILY[a] === WEAPON_FAMILY[b]));
}

/** Great-circle distance in km; Infinity when either point lacks coordinates. */
export function km(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Same place at the precision both give: a site within 30 km, "near X" within 60 km, a country-level mention in the same country. */
export function placesCompatible(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return true;
  if (a.geo_precision === 3 || b.geo_precision === 3) return !!a.country_code && a.country_code === b.country_code;
  return km(a, b) <= (a.geo_precision === 1 && b.geo_precision === 1 ? 30 : 60);
}

export function samePlace(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  if (standIns(a, b)) return false;
  if (inRegion(a, b) || inRegion(b, a)) return true;
  if (a.geo_precision === 3 && b.geo_precision === 3) return a.country_code === b.country_code;
  if (a.geo_precision === 3 || b.geo_precision === 3) return false;
  return km(a, b) <= 30;
}

/**
 * Villages the gazetteer lacks ("Daffo, Hurti and Tadai communities of Bokkos") are placed at the town they
 * are in (precision 2, `p-village`): another name at exactly that town's point is another village, not the town.
 * A district named for its seat is not (`c-seat-district`): a district is placed at its seat too, and one outlet
 * names the seat ("Lakki") where the next names its district by the seat's name and more ("Lakki Marwat").
 */
const standIns = (a: Place, b: Place): boolean =>
  a.name !== b.name && (a.geo_precision === 2 || b.geo_precision === 2) && a.lat === b.lat && a.lon === b.lon && a.geo_precision < 3 && b.geo_precision < 3 &&
  !namedForSeat(a, b) && !namedForSeat(b, a);

/** `district`'s name is `seat`'s and more words: a district named for the town it is governed from. */
const namedForSeat = (district: Place, seat: Place): boolean => district.name.startsWith(`${seat.name} `);

/** Two coarse areas of one country that can be the same: one name ("Red Sea", "eastern Syria"), or one of them the whole country. */
export function sameArea(a: Place, b: Place): boolean {
  if (a.geo_precision !== 3 || b.geo_precision !== 3 || !a.country_code || a.country_code !== b.country_code) return false;
  return (a.name === b.name && a.admin1 === b.admin1) || a.name === a.country || b.name === b.country;
}

/** `region` is an admin1 region and `place` a town or site inside it. */
function inRegion(region: Place, place: Place): boolean {
  return region.geo_precision === 3 && region.admin1 !== null && place.geo_precision < 3 && place.country_code === region.country_code &&
    !!place.admin1 && bareRegion(place.admin1) === bareRegion(region.admin1);
}

function bareRegion(name: string): string {
  return name.toLowerCase().replace(/\s+(state|province|oblast|governorate|region|district)$/, '');
}

export function datesCompatible(a: DateSpan | null, b: DateSpan | null, slackDays = 1): boolean {
  if (!a || !b) return true;
  return dayDiff(a.earliest, b.latest) <= slackDays && dayDiff(b.earliest, a.latest) <= slackDays;
}

export interface Sides {
  actor1: Actor | null;
  actor2: Actor | null;
}

/** Attacker with attacker, target with target; an attacker that is the other's target means a different (retaliatory) act. */
export function sidesCompatible(a: Sides, b: Sides): boolean {
  // "struck a militant", "nine people were killed in the strike": the people hit besides the target
  const collateral = a.actor2?.type === 'civilians' || b.actor2?.type === 'civilians';
  if (!actorsCompatible(a.actor1, b.actor1) || (!collateral && !actorsCompatible(a.actor2, b.actor2))) return false;
  return !swapped(a, b);
}

/** One side named alike, roles not swapped: what is left of two accounts that name the other side differently. */
export function oneSideShared(a: Sides, b: Sides): boolean {
  return (sameActor(a.actor1, b.actor1) || sameActor(a.actor2, b.actor2)) && !swapped(a, b);
}

const sameActor = (x: Actor | null, y: Actor | null): boolean => !!x && !!y && x.name === y.name;
/** The one's attacker is the other's target: a reprisal, not a retelling. */
export const swapped = (a: Sides, b: Sides): boolean => sameActor(a.actor1, b.actor2) || sameActor(a.actor2, b.actor1);

/**
 * The death toll two accounts agree on, when it can tell an incident apart: the same count of two or
 * more ("one killed" is too common to say which strike). A different count says nothing: a later
 * report often gives a higher one.
 */
export function sameToll(a: Range, b: Range): number | null {
  const toll = tellingToll(a);
  return toll !== null && toll === b.best ? toll : null;
}
