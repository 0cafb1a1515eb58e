// One incident, many reports. Each article's events are kept as reports; two reports from different
// articles are linked when they can be the same incident (merge/compatibility.ts) and share enough to
// say so: the same site, or the same attacker, or the same target hit by the same weapon, or the same
// toll. An event is a connected group of linked reports. Links depend only on pairs of reports, so the
// events do not depend on the order articles arrive in; the event's fields are folded from its reports
// in a fixed order (model/fold.ts), and its id is its smallest report id.
import { datedAsPublished, tellingToll, type Matched } from '../model/match-key.js';
import { span, width } from '../model/fold.js';
import { actorsCompatible, sameGroup } from '../resolve/actor/dictionary.js';
import { addDays, dayDiff } from '../resolve/time/days.js';
import type { Actor, ExportEvent, Place, Range } from '../types.js';
import { datesCompatible, oneSideShared, placesCompatible, sameArea, samePlace, sameToll, sameWeaponKind, sidesCompatible, swapped, weaponsCompatible } from './compatibility.js';

/** A death toll too high to be told of two incidents of one day and place by chance. */
const HEAVY_TOLL = 5;
/** How far above a heavy toll told as a lower bound ("more than 40 killed") another outlet's count may be and agree with it. */
const BOUND_SLACK = 1.25;
/** Days apart two reports of one heavy toll at one site may be dated (see `recalled` in `matchReasons`). */
const RECALL_DAYS = 7;
/** Days a follow-up dated by its own report may come after the act it tells of, when the toll is light (see `followUp`). */
const FOLLOW_UP_DAYS = 3;
/** How many times the first account's toll a follow-up's may have risen to ("toll rises to eight" after "five killed"). */
const TOLL_RISE = 2;
/** The report spans days ("attacks on the town this month"): it may stand for any act there in them. */
export const spread = (e: Pick<ExportEvent, 'date_earliest' | 'date_latest'>) => width(e) >= 3 * 86400000;
const family = (x: Pick<ExportEvent, 'event_type'>) => (x.event_type === 'Protests' || x.event_type === 'Riots' ? 'protest' : 'violence');
const sameName = (a: Actor | null, b: Actor | null): boolean => !!a && !!b && a.name === b.name;
/** One party named by both, maybe once by its umbrella's name ("JNIM", "al-Qaeda"); unknown attackers are no one in particular. */
const namedAlike = (a: Actor | null, b: Actor | null): boolean => sameName(a, b) || (!!a && !!b && a.type !== 'unknown' && b.type !== 'unknown' && actorsCompatible(a, b));
/** The attacker as a party that tells incidents apart: "Unidentified armed group" is anyone. */
const identified = (a: Actor | null): Actor | null => (a?.type === 'unknown' ? null : a);
/** The sides as parties that tell incidents apart: unknown attackers and civilians are anyone. */
const party = (e: Pick<ExportEvent, 'actor1' | 'actor2'>) => ({ actor1: named(e.actor1), actor2: named(e.actor2) });
const named = (a: Actor | null): Actor | null => (a?.type === 'unknown' || a?.type === 'civilians' ? null : a);

/**
 * The toll two accounts agree on: the same count (`sameToll`), or a heavy toll one outlet gives as a
 * lower bound and the other a count a little above it ("more than 40 killed" and "44 killed").
 */
export function tollsAgree(a: Range, b: Range): number | null {
  return sameToll(a, b) ?? lowerBound(a, b) ?? lowerBound(b, a);
}

const lowerBound = (bound: Range, other: Range): number | null =>
  isLowerBound(bound) && other.best !== null && other.best > bound.best! && other.best <= bound.best! * BOUND_SLACK ? bound.best : null;

/** "More than 40", "at least 40": a heavy toll with no upper end (`matchKey` keys a report by it too). */
const isLowerBound = (r: Range): boolean => r.best !== null && r.best >= HEAVY_TOLL && r.high === null;

/**
 * `late` may be a follow-up of the act `early` tells of, dated by its own report: an article that
 * tells of an act days after it ("the toll from the bombing has risen to eight") is often dated the day
 * it appeared, when it names the act's day only by a weekday or not at all. It is when it is dated the
 * day it came out, days after the first account's day (a week for a heavy toll, `FOLLOW_UP_DAYS`
 * otherwise), and its toll is the first one's or has risen from it (a toll is counted up in
 * follow-ups, rarely down). Both must tell of deaths: attacks without a toll at one base recur every
 * few days, and the toll is what says one account follows the other.
 */
export function followUp(early: Matched, late: Matched): boolean {
  const was = early.fatalities.best;
  const is = late.fatalities.best;
  if (was === null || is === null || was < 1 || is < was || is > was * TOLL_RISE || !datedAsPublished(late)) return false;
  const gap = dayDiff(late.date_earliest, early.date_latest);
  return gap > 0 && gap <= (was >= HEAVY_TOLL ? RECALL_DAYS : FOLLOW_UP_DAYS);
}

/**
 * One site told by both, or by one of them with the other naming only its region or country ("24 killed
 * in clashes in Kyrgyzstan" and "24 killed in Batken"): two coarse places alone could be anywhere in them.
 */
function oneSiteAtLeast(a: Place, b: Place): boolean {
  if (a.geo_precision < 3 && b.geo_precision < 3) return samePlace(a, b);
  const [area, site] = a.geo_precision === 3 ? [a, b] : [b, a];
  if (site.geo_precision === 3 || !area.country_code || area.country_code !== site.country_code) return false;
  return area.name === area.country || samePlace(area, site);
}

const wholeCountry = (e: Pick<ExportEvent, 'location'>) => e.location.name === e.location.country;
/** One report told of the whole country, the other of a place in it. */
const countryAndSite = (a: Pick<ExportEvent, 'location'>, b: Pick<ExportEvent, 'location'>): boolean => wholeCountry(a) !== wholeCountry(b);

/**
 * x-crowd-fired-on: "police fired live rounds as mourners surged toward the stand, killing three" is told by
 * one outlet as the force's attack on civilians and by another as the crowd's riot against that force: a
 * crowd's report naming the force it faced, and that force's violence against civilians at the same site on
 * the same day, are one incident. Both name one site (a town or a place in it) and deaths, neither spans days.
 */
function crowdFiredOn(crowd: Matched, fire: Matched): string[] | null {
  if (family(crowd) !== 'protest' || fire.event_type !== 'Violence against civilians' || fire.actor2?.type !== 'civilians') return null;
  if (crowd.location.geo_precision === 3 || fire.location.geo_precision === 3 || !samePlace(crowd.location, fire.location)) return null;
  if (spread(crowd) || spread(fire) || !datesCompatible(span(crowd), span(fire), 0)) return null;
  // (deaths told by both are what mark the crowd as the one fired on: a wave's crowds meet the police in
  // every town, day after day, and most are neither killed nor fired on)
  if (!(crowd.fatalities.best! >= 1)) return null;
  if (fire.actor1?.type === 'state_military' && sameName(crowd.actor2, fire.actor1) && fire.fatalities.best! >= 1) {
    return [`a crowd and the fire of the force it faced (${fire.actor1.name}) at one site (${crowd.location.name} ~ ${fire.location.name}) on one day`];
  }
  return firedOnCrowd(crowd, fire);
}

/**
 * x-fired-on-crowd: a crowd's outlet that tells of the fire itself (excessive force, with deaths) has said the
 * crowd was fired on, and the next outlet's killing of civilians at that site on that day is that fire, though
 * it names the shooter as another of the country's forces ("police" and "the army"), or as unknown
 * gunmen ("shot dead, allegedly by an officer"), and gives no toll of its own.
 */
function firedOnCrowd(crowd: Matched, fire: Matched): string[] | null {
  if (crowd.sub_event_type !== 'Excessive force against protesters' || crowd.actor2?.type !== 'state_military') return null;
  const shooter = fire.actor1;
  if (!shooter || !(shooter.type === 'unknown' || (shooter.type === 'state_military' && shooter.country === crowd.actor2.country))) return null;
  return [`a crowd fired on (${crowd.actor2.name}) and the fire on civilians (${shooter.name}) at one site (${crowd.location.name} ~ ${fire.location.name}) on one day`];
}

/**
 * x-riot-armed: armed men in a crowd firing on the police ("clashes in Dhirkot: three policemen killed")
 * are told by one outlet as the crowd's riot against the force and by another as armed men's clash with
 * it or attack on it: a riot and a fight against the same named force at one site (a town or a place in
 * it) on one day, with the same toll of two or more, are one incident. Neither spans days.
 */
function riotArmed(riot: Matched, fight: Matched): string[] | null {
  if (riot.event_type !== 'Riots' || (fight.event_type !== 'Battles' && fight.event_type !== 'Violence against civilians')) return null;
  if (riot.location.geo_precision === 3 || fight.location.geo_precision === 3 || !samePlace(riot.location, fight.location)) return null;
  if (spread(riot) || spread(fight) || !datesCompatible(span(riot), span(fight), 0)) return null;
  const force = named(riot.actor2);
  const toll = sameToll(riot.fatalities, fight.fatalities);
  if (!force || force.type !== 'state_military' || toll === null || !(sameName(force, fight.actor2) || sameName(force, fight.actor1))) return null;
  return [`same toll (${toll} killed)`, `a riot and a fight against one force (${force.name}) at one site (${riot.location.name} ~ ${fight.location.name}) on one day`];
}

/**
 * x-roles-misread: one outlet's attacker is the other's target, in a strike of one kind at one site on one
 * day or the next ("the port was hit, killing 33" read as the port's militia striking civilians), and the
 * other sides are two parties that cannot be one: the outlet that misread the target as the attacker names
 * someone else as its target. A reprisal told there names the same two parties each way round (a militia's
 * drone on a base, the base's country striking the militia or its umbrella), and an unknown or unnamed side
 * may be either party: neither is a misreading. Clashes are matched in either order already.
 */
const rolesMisread = (a: Matched, b: Matched): boolean => {
  // (a town or a base, not a region, and neither report spanning days)
  const oneSite = a.location.geo_precision < 3 && b.location.geo_precision < 3 && samePlace(a.location, b.location) && !spread(a) && !spread(b);
  if (a.event_type !== 'Explosions/Remote violence' || a.sub_event_type !== b.sub_event_type || !oneSite || !datesCompatible(span(a), span(b), 1) || !swapped(a, b)) return false;
  const [mine, theirs] = sameName(a.actor1, b.actor2) ? [a.actor2, b.actor1] : [a.actor1, b.actor2];
  return !!mine && !!theirs && !actorsCompatible(mine, theirs);
};

/**
 * x-crowd-confronted: a crowd that met the police, told as its riot by one outlet and as the police's
 * intervention or excessive force by another ("clashes at the rally" and "police charged the marchers"):
 * one kind of act for a report that spans days, which links only to its own kind. A peaceful protest is not.
 */
const CONFRONTED = new Set(['Violent demonstration', 'Protest with intervention', 'Excessive force against protesters']);

/**
 * x-none-and-deaths: a report that spans days and tells of deaths ("drone attacks on the station this month
 * killed a woman"), and an act in its span told with none killed ("no casualties"), or the other way round:
 * the deaths were in another of the acts the report stands for, not in this one.
 */
const noneAndDeaths = (a: Matched, b: Matched): boolean => a.fatalities.best === 0 && b.fatalities.best! >= 1;

/** Why two reports are the same incident (the criteria that held), or null when they are not. */
export function matchReasons(a: Matched, b: ExportEvent): string[] | null {
  if (a.sources.some((s) => b.sources.some((t) => t.article_id === s.article_id))) return null;
  if (family(a) !== family(b)) return crowdFiredOn(a, b) ?? crowdFiredOn(b, a) ?? riotArmed(a, b) ?? riotArmed(b, a);
  if (!placesCompatible(a.location, b.location)) return null;
  if ((spread(a) || spread(b)) && (noneAndDeaths(a, b) || noneAndDeaths(b, a))) return null;
  const toll = tollsAgree(a.fatalities, b.fatalities);
  // a massacre recalled days later is often dated by another day the article tells of ("the inquiry
  // opened on Sunday into the attack that killed 26"): the same heavy toll of the same kind of act at
  // one site within a week is one incident
  const recalled = toll !== null && toll >= HEAVY_TOLL && a.sub_event_type === b.sub_event_type && oneSiteAtLeast(a.location, b.location) && datesCompatible(span(a), span(b), RECALL_DAYS);
  const daysOverlap = datesCompatible(span(a), span(b), 1);
  // (and so is a follow-up dated the day it appeared, of the same kind of act at one site: outlets type
  // a bombing a suicide bombing or a shelling alike, but not a massacre a strike)
  const followed = !daysOverlap && a.event_type === b.event_type && oneSiteAtLeast(a.location, b.location) && (followUp(a, b) || followUp(b, a));
  if (!daysOverlap && !recalled && !followed) return null;
  // "troops backed by airstrikes and artillery killed 11": outlets name different weapons of one
  // operation, and the same heavy toll on the same day in the same place says it is one (two killed by
  // shelling and two by a drone in one city on one day are common enough to be two)
  const sameSpan = a.date_earliest === b.date_earliest && a.date_latest === b.date_latest && !spread(a);
  const sameDays = a.date === b.date || sameSpan;
  // (and so do two reports of one party's operation against another on the same days, one of them told
  // of the whole country: "Turkish strikes on PKK targets in northern Iraq" is read as shelling by one
  // outlet and as air strikes by the next, and a report that names no place in the country cannot tell
  // two acts of the operation apart; two regions, or a region's two weapons, still can)
  const operation = sameArea(a.location, b.location) && (wholeCountry(a) || wholeCountry(b)) && sameSpan && sameName(named(a.actor1), named(b.actor1)) && sameName(named(a.actor2), named(b.actor2));
  const weaponsAgree = weaponsCompatible(a.weapon, b.weapon);
  if (!weaponsAgree && !(toll !== null && toll >= HEAVY_TOLL && datesCompatible(span(a), span(b), 0)) && !operation) return null;
  // a clash has no attacker and target: either order of its two sides is the same clash, and one side's
  // act told by another outlet of the fighting ("mutual shelling" between the two) may name either as
  // its attacker
  const clash = a.sub_event_type === 'Armed clash' || b.sub_event_type === 'Armed clash';
  const orders = clash ? [b, { actor1: b.actor2, actor2: b.actor1 }] : [b];
  // outlets name a side differently (an army or the mercenaries fighting beside it, the troops hit or
  // the country hosting them): the same toll, with the other side named alike, is still one incident
  const agreed = orders.find((x) => sidesCompatible(a, x));
  // (and so is one site on one day, one named party told alike: "the strike on the base" is one incident
  // whoever each outlet blames for it; civilians and unknown gunmen are anyone, and name no party)
  const oneSite = samePlace(a.location, b.location) && a.location.geo_precision < 3 && b.location.geo_precision < 3 && datesCompatible(span(a), span(b), 0);
  // (and so is one weapon at one site on one day, the attacker unknown to one outlet: a base hosts two
  // countries' troops, and outlets name either as the target)
  const hosted = oneSite && !!a.weapon && a.weapon === b.weapon && (!identified(a.actor1) || !identified(b.actor1)) && !sameName(a.actor1, b.actor2) && !sameName(a.actor2, b.actor1);
  const found = agreed ?? (toll !== null ? orders.find((x) => oneSideShared(a, x)) : oneSite ? orders.find((x) => oneSideShared(party(a), party(x))) : undefined) ?? (hosted ? b : undefined);
  const misread = !found && rolesMisread(a, b);
  const sides = found ?? (misread ? b : undefined);
  if (!sides) return null;
  // a report that spans days ("attacks on the town this month") may stand for any act there in them: it
  // links only to the same kind of act, the same sub-event type or weapon, or a crowd's confrontation
  // with the police however each outlet typed it (`x-crowd-confronted`)
  const sameKind = a.sub_event_type === b.sub_event_type || (!!a.weapon && a.weapon === b.weapon) || (CONFRONTED.has(a.sub_event_type) && CONFRONTED.has(b.sub_event_type));
  if ((spread(a) || spread(b)) && !sameKind) return null;
  // a vague report ("strikes in Iraq earlier this week") would chain distinct incidents together: it
  // links only to a report with the same two named sides (a group may be named by its umbrella's name)
  const vague = (e: Matched) => e.location.geo_precision === 3 && spread(e);
  // (or, when neither names an attacker, the same target hit by the same kind of weapon; or the same toll)
  const sameTargetWeapon = !identified(a.actor1) && !identified(sides.actor1) && sameName(a.actor2, sides.actor2) && sameWeaponKind(a.weapon, b.weapon);
  if ((vague(a) || vague(b)) && !(namedAlike(a.actor1, sides.actor1) && namedAlike(a.actor2, sides.actor2)) && !sameTargetWeapon && toll === null) return null;
  const reasons = [
    daysOverlap || recalled
      ? `days ${daysOverlap ? 'overlap' : 'within a week'} (${a.date_earliest}..${a.date_latest} / ${b.date_earliest}..${b.date_latest}, ±${daysOverlap ? '1 day' : `${RECALL_DAYS} days`})`
      : `a follow-up dated the day it appeared (${a.date_earliest}..${a.date_latest} / ${b.date_earliest}..${b.date_latest}), its toll the same or risen`,
    a.weapon && b.weapon ? `weapon ${a.weapon === b.weapon ? a.weapon : `${a.weapon} ~ ${b.weapon}`}` : 'weapons not in conflict',
    agreed ? 'no side in conflict' : misread ? `roles told swapped (${a.actor1?.name ?? '-'} -> ${a.actor2?.name ?? '-'} / ${b.actor1?.name ?? '-'} -> ${b.actor2?.name ?? '-'}), one strike of one kind at one site` : 'one side named alike, the other not',
  ];
  if (toll !== null) reasons.unshift(`same toll (${toll} killed)`);
  if (!weaponsAgree && operation) reasons.unshift(`one operation in one area (${a.location.name} ~ ${b.location.name}), both sides named alike, same days`);
  const site = samePlace(a.location, b.location) && (a.location.geo_precision < 3 || b.location.geo_precision < 3);
  if (site) reasons.unshift(`same place (${a.location.name} ~ ${b.location.name})`);
  // an area ("Red Sea", "Iraq" of an article that names no site) is coarse, but the same weapon there on
  // the same day, or the same night told as its two days by both, is one incident
  const area = !site && sameArea(a.location, b.location) && !!a.weapon && a.weapon === b.weapon && sameDays;
  if (area) reasons.unshift(`same area (${a.location.name} ~ ${b.location.name}), weapon and day`);
  // (a group's branch and its umbrella, "IS-K" and "the Islamic State", are one attacker told two ways)
  if (sameGroup(a.actor1, sides.actor1)) reasons.unshift(`same ${clash ? 'sides' : 'attacker'} (${a.actor1!.name}${a.actor1!.name === sides.actor1!.name ? '' : ` ~ ${sides.actor1!.name}`})`);
  // (a drone strike and an airstrike on one target the same day: one strike, named by two outlets)
  else if (sameName(a.actor2, sides.actor2) && sameWeaponKind(a.weapon, b.weapon)) reasons.unshift(`same target (${a.actor2!.name}) and ${a.weapon === b.weapon ? 'weapon' : 'kind of weapon'}`);
  // (and so is one named side's fight of one kind on one day, told of the whole country by one outlet
  // and at a site by the other: the outlet that names no site cannot tell it from the one that does)
  else if (countryAndSite(a, b) && agreed && a.sub_event_type === b.sub_event_type && !!named(a.actor2) && sameName(named(a.actor2), named(agreed.actor2)) && datesCompatible(span(a), span(b), 0)) reasons.unshift(`one side (${a.actor2!.name}), one kind of act (${a.sub_event_type}), the whole country and a site in it, same day`);
  else if (!site && !area && toll === null) return null;
  return reasons;
}


/** A stored event a new report was linked to, and the link. */
export interface Linked {
  event: ExportEvent;
  link: { with: string; article_id: string; criteria: string[] };
  /** The day of the report spanning days the new report, of one day, was linked through, when no other report of the event matched it (`joinedOnce`). */
  through?: string;
}

/**
 * The event as a whole, not only the report that matched, must fit a new report when either of the
 * two spans days: a vague report ("attacks on the base this month") matches each attack there, and
 * without this every later attack at the same site would chain through it into one event. The event's
 * day is its most precise one. Two reports of a day link by themselves alone, so the events they make
 * do not depend on the order the articles arrive in.
 */
export const fitsEvent = (event: ExportEvent, r: ExportEvent, matched: Matched): boolean =>
  (!spread(r) && !spread(matched)) || datesCompatible(span(event), span(r), 1);

/** A vague report (a span of days) that fits several events joins the one nearest its day, not all of them. */
export function bridgeOnce(r: ExportEvent, linked: Linked[]): Linked[] {
  if (linked.length < 2 || !spread(r)) return linked;
  const distance = (l: Linked) => Math.abs(Date.parse(l.event.date) - Date.parse(r.date));
  return [[...linked].sort((a, b) => distance(a) - distance(b) || (a.event.id < b.event.id ? -1 : 1))[0]!];
}

/**
 * `bridgeOnce` the other way round: of one new article's reports that reach a stored event only through
 * a vague report in it (a span of days), the one nearest that report's day joins it, the others not.
 * Had the vague report come last it would have joined the nearest of the events those reports made,
 * so without this the events would depend on the order the articles arrive in. `reached` is each new
 * report with its links; the links kept are returned in the same order.
 */
export function joinedOnce(reached: Array<{ report: ExportEvent; linked: Linked[] }>): Linked[][] {
  const nearest = new Map<string, { id: string; distance: number }>();
  for (const { report, linked } of reached) {
    for (const l of linked) {
      if (l.through === undefined) continue;
      const distance = Math.abs(Date.parse(report.date) - Date.parse(l.through));
      const best = nearest.get(l.event.id);
      if (!best || distance < best.distance || (distance === best.distance && report.id < best.id)) nearest.set(l.event.id, { id: report.id, distance });
    }
  }
  return reached.map(({ report, linked }) => linked.filter((l) => l.through === undefined || nearest.get(l.event.id)!.id === report.id));
}

/** Candidates: reports whose days overlap, with a day of slack for night and time zones, or a week's for a heavy toll (a recall, see `matchReasons`), or three days for a light one (a follow-up, see `followUp`). */
export function candidateWindow(e: ExportEvent): [string, string] {
  const toll = e.fatalities.best ?? 0;
  const slack = (tellingToll(e.fatalities) ?? 0) >= HEAVY_TOLL ? RECALL_DAYS : toll >= 1 ? FOLLOW_UP_DAYS : 1;
  return [addDays(e.date_earliest, -slack), addDays(e.date_latest, slack)];
}
