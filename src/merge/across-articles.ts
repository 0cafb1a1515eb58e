// One incident, many reports. Each article's events are kept as reports; two reports from different
// articles are linked when they can be the same incident (merge/compatibility.ts) and share enough to
// say so: the same site, or the same attacker, or the same target hit by the same weapon, or the same
// toll. An event is a connected group of linked reports. Links depend only on pairs of reports, so the
// events do not depend on the order articles arrive in; the event's fields are folded from its reports
// in a fixed order, and its id is its smallest report id.
import { createHash } from 'node:crypto';
import { notes } from '../export/to-export.js';
import { actorsCompatible } from '../resolve/actor/dictionary.js';
import { addDays } from '../resolve/time/days.js';
import type { Actor, ExportEvent, Status } from '../types.js';
import { datesCompatible, oneSideShared, placesCompatible, sameArea, samePlace, sameToll, sidesCompatible, tellingToll, weaponsCompatible } from './compatibility.js';

const span = (e: Pick<ExportEvent, 'date' | 'date_earliest' | 'date_latest' | 'time_precision'>) => ({ date: e.date, earliest: e.date_earliest, latest: e.date_latest, precision: e.time_precision, text: null });
const family = (x: Pick<ExportEvent, 'event_type'>) => (x.event_type === 'Protests' || x.event_type === 'Riots' ? 'protest' : 'violence');
const sameName = (a: Actor | null, b: Actor | null): boolean => !!a && !!b && a.name === b.name;
/** One party named by both, maybe once by its umbrella's name ("JNIM", "al-Qaeda"); unknown attackers are no one in particular. */
const namedAlike = (a: Actor | null, b: Actor | null): boolean => sameName(a, b) || (!!a && !!b && a.type !== 'unknown' && b.type !== 'unknown' && actorsCompatible(a, b));
/** The attacker as a party that tells incidents apart: "Unidentified armed group" is anyone. */
const identified = (a: Actor | null): Actor | null => (a?.type === 'unknown' ? null : a);

/** What `matchReasons` reads of its first report: the type keeps it from reading anything `matchKey` leaves out. */
export type Matched = Pick<ExportEvent, 'event_type' | 'sub_event_type' | 'weapon' | 'date' | 'date_earliest' | 'date_latest' | 'time_precision' | 'actor1' | 'actor2' | 'location' | 'fatalities' | 'sources'>;

/**
 * Stored reports with one key are matched alike by a new report (sources aside: a stored report is
 * never from the article being linked), so one that failed spares reading the others. A hash of 96
 * bits: two keys that differ meet in one candidate window, a few days in one country.
 */
export function matchKey(e: ExportEvent): string {
  const read: Omit<Matched, 'sources' | 'fatalities'> = { event_type: e.event_type, sub_event_type: e.sub_event_type, weapon: e.weapon, date: e.date, date_earliest: e.date_earliest, date_latest: e.date_latest, time_precision: e.time_precision, actor1: e.actor1, actor2: e.actor2, location: e.location };
  // of the toll only what `sameToll` reads: a report without a telling toll keeps the key it was stored with
  const toll = tellingToll(e.fatalities);
  return createHash('sha1').update(JSON.stringify(toll === null ? read : { ...read, toll })).digest('hex').slice(0, 24);
}

/** Why two reports are the same incident (the criteria that held), or null when they are not. */
export function matchReasons(a: Matched, b: ExportEvent): string[] | null {
  if (family(a) !== family(b)) return null;
  if (a.sources.some((s) => b.sources.some((t) => t.article_id === s.article_id))) return null;
  if (!weaponsCompatible(a.weapon, b.weapon)) return null;
  if (!placesCompatible(a.location, b.location) || !datesCompatible(span(a), span(b), 1)) return null;
  // a clash has no attacker and target: either order of its two sides is the same clash
  const clash = a.sub_event_type === 'Armed clash' && b.sub_event_type === 'Armed clash';
  const orders = clash ? [b, { actor1: b.actor2, actor2: b.actor1 }] : [b];
  const toll = sameToll(a.fatalities, b.fatalities);
  // outlets name a side differently (an army or the mercenaries fighting beside it, the troops hit or
  // the country hosting them): the same toll, with the other side named alike, is still one incident
  const agreed = orders.find((x) => sidesCompatible(a, x));
  const sides = agreed ?? (toll !== null ? orders.find((x) => oneSideShared(a, x)) : undefined);
  if (!sides) return null;
  // a report that spans days ("attacks on the town this month") may stand for any act there in them: it
  // links only to the same kind of act, the same sub-event type or weapon
  const sameKind = a.sub_event_type === b.sub_event_type || (!!a.weapon && a.weapon === b.weapon);
  if ((spread(a) || spread(b)) && !sameKind) return null;
  // a vague report ("strikes in Iraq earlier this week") would chain distinct incidents together: it
  // links only to a report with the same two named sides (a group may be named by its umbrella's name)
  const vague = (e: Matched) => e.location.geo_precision === 3 && spread(e);
  // (or, when neither names an attacker, the same target hit by the same weapon; or the same toll)
  const sameTargetWeapon = !identified(a.actor1) && !identified(sides.actor1) && sameName(a.actor2, sides.actor2) && !!a.weapon && a.weapon === b.weapon;
  if ((vague(a) || vague(b)) && !(namedAlike(a.actor1, sides.actor1) && namedAlike(a.actor2, sides.actor2)) && !sameTargetWeapon && toll === null) return null;
  const reasons = [
    `days overlap (${a.date_earliest}..${a.date_latest} / ${b.date_earliest}..${b.date_latest}, ±1 day)`,
    a.weapon && b.weapon ? `weapon ${a.weapon === b.weapon ? a.weapon : `${a.weapon} ~ ${b.weapon}`}` : 'weapons not in conflict',
    agreed ? 'no side in conflict' : 'one side named alike, the other not',
  ];
  if (toll !== null) reasons.unshift(`same toll (${toll} killed)`);
  const site = samePlace(a.location, b.location) && (a.location.geo_precision < 3 || b.location.geo_precision < 3);
  if (site) reasons.unshift(`same place (${a.location.name} ~ ${b.location.name})`);
  // an area ("Red Sea", "Iraq" of an article that names no site) is coarse, but the same weapon there on
  // the same day is one incident
  const area = !site && sameArea(a.location, b.location) && !!a.weapon && a.weapon === b.weapon && a.date === b.date;
  if (area) reasons.unshift(`same area (${a.location.name} ~ ${b.location.name}), weapon and day`);
  if (sameName(identified(a.actor1), sides.actor1)) reasons.unshift(`same ${clash ? 'sides' : 'attacker'} (${a.actor1!.name})`);
  else if (sameName(a.actor2, sides.actor2) && !!a.weapon && a.weapon === b.weapon) reasons.unshift(`same target (${a.actor2!.name}) and weapon`);
  else if (!site && !area && toll === null) return null;
  return reasons;
}


/** A stored event a new report was linked to, and the link. */
export interface Linked {
  event: ExportEvent;
  link: { with: string; article_id: string; criteria: string[] };
}

/**
 * The event as a whole, not only the report that matched, must fit a new report: a vague report
 * ("attacks on the base this month") matches each attack there, and without this every later attack
 * at the same site would chain through it into one event. The event's day is its most precise one.
 */
export const fitsEvent = (event: ExportEvent, r: ExportEvent): boolean => datesCompatible(span(event), span(r), 1);

/** A vague report (a span of days) that fits several events joins the one nearest its day, not all of them. */
export function bridgeOnce(r: ExportEvent, linked: Linked[]): Linked[] {
  if (linked.length < 2 || !spread(r)) return linked;
  const distance = (l: Linked) => Math.abs(Date.parse(l.event.date) - Date.parse(r.date));
  return [[...linked].sort((a, b) => distance(a) - distance(b) || (a.event.id < b.event.id ? -1 : 1))[0]!];
}

/** Candidates: reports whose days overlap, with a day of slack for night and time zones. */
export function candidateWindow(e: ExportEvent): [string, string] {
  return [addDays(e.date_earliest, -1), addDays(e.date_latest, 1)];
}

/** What a report says of the weapon, with the type it implies. */
type Typed = Pick<ExportEvent, 'event_type' | 'sub_event_type' | 'weapon'>;

/**
 * The votes of a set of reports, one per report: for each key (`sub_event_type|weapon` of the reports
 * that name a weapon, the actor's order for each side), how many reports give it and the value they
 * give. Votes add up, so a stored event keeps its reports' votes and a new report is counted in without
 * reading the reports already there. Where reports give one key different values (an actor whose
 * details changed in the dictionary between two ingests), the smallest JSON is kept: any order of
 * arrival gives the same value.
 */
export interface Votes {
  typed: Record<string, [number, Typed]>;
  actor1: Record<string, [number, Actor]>;
  actor2: Record<string, [number, Actor]>;
}

export function votesOf(r: ExportEvent): Votes {
  const votes: Votes = { typed: {}, actor1: {}, actor2: {} };
  if (r.weapon) votes.typed[`${r.sub_event_type}|${r.weapon}`] = [1, { event_type: r.event_type, sub_event_type: r.sub_event_type, weapon: r.weapon }];
  if (r.actor1) votes.actor1[actorOrder(r.actor1)] = [1, r.actor1];
  if (r.actor2) votes.actor2[actorOrder(r.actor2)] = [1, r.actor2];
  return votes;
}

export function addVotes(a: Votes, b: Votes): Votes {
  return { typed: addCounts(a.typed, b.typed), actor1: addCounts(a.actor1, b.actor1), actor2: addCounts(a.actor2, b.actor2) };
}

function addCounts<T>(a: Record<string, [number, T]>, b: Record<string, [number, T]>): Record<string, [number, T]> {
  const sum = { ...a };
  for (const [key, [n, value]] of Object.entries(b)) {
    const had = sum[key];
    sum[key] = had ? [had[0] + n, JSON.stringify(value) < JSON.stringify(had[1]) ? value : had[1]] : [n, value];
  }
  return sum;
}

/**
 * The event a group of accounts stands for: the join of them (new reports and the stored events that
 * stand for their own reports), except that where reports name different attackers, targets or
 * weapons, the value most reports give wins (`votes`: one per report, stored or new), ties going to
 * the key that sorts first. One article's stray "air strikes" does not outvote five that say drone.
 * Votes are counts over the set of reports and ties have a fixed order, so the event is still
 * independent of the order reports arrive in.
 */
export function foldReports(accounts: ExportEvent[], votes: Votes): ExportEvent {
  const joined = accounts.reduce(mergeEvents);
  const typed = mostReported(votes.typed) ?? joined;
  const voted = { ...joined, event_type: typed.event_type, sub_event_type: typed.sub_event_type, weapon: typed.weapon, actor1: mostReported(votes.actor1) ?? joined.actor1, actor2: mostReported(votes.actor2) ?? joined.actor2 };
  return { ...voted, notes: notes({ ...voted, date: span(voted) }) };
}

/** The value most reports give; among equals, the one whose key sorts first. */
function mostReported<T>(counts: Record<string, [number, T]>): T | undefined {
  let best: [string, number, T] | undefined;
  for (const [key, [n, value]] of Object.entries(counts)) if (!best || n > best[1] || (n === best[1] && key < best[0])) best = [key, n, value];
  return best?.[2];
}

// the join's order of actors: a named actor before an unknown one, then by name
const actorOrder = (a: Actor): string => `${a.type === 'unknown' ? 1 : 0}${a.name}`;

/**
 * The join of two accounts of one incident. Every field takes the better value under a fixed order
 * (the more precise place and day, a named actor over none, the larger toll, confirmed over claimed,
 * ties broken by content), so the join is commutative and associative: an event folded from its
 * reports in any order, or from an earlier fold plus one new report, is the same event.
 */
export function mergeEvents(a: ExportEvent, b: ExportEvent): ExportEvent {
  const typed = pick(a, b, (x) => [x.weapon ? 0 : 1, `${x.sub_event_type}|${x.weapon ?? ''}`]);
  const place = pick(a.location, b.location, (p) => [p.geo_precision, `${p.name}|${p.lat}|${p.lon}`]);
  const day = pick(a, b, (x) => [width(x), x.time_precision, x.date_earliest, x.date]);
  const sources = uniqueSources([...a.sources, ...b.sources])
    .sort((x, y) => `${x.article_id}\u0000${x.sentence}`.localeCompare(`${y.article_id}\u0000${y.sentence}`));
  const merged: ExportEvent = {
    ...a,
    id: a.id < b.id ? a.id : b.id,
    event_type: typed.event_type,
    sub_event_type: typed.sub_event_type,
    weapon: typed.weapon,
    date: day.date,
    date_earliest: day.date_earliest,
    date_latest: day.date_latest,
    time_precision: day.time_precision,
    actor1: betterActor(a.actor1, b.actor1),
    actor2: betterActor(a.actor2, b.actor2),
    assoc_actors1: unique([...a.assoc_actors1, ...b.assoc_actors1]),
    assoc_actors2: unique([...a.assoc_actors2, ...b.assoc_actors2]),
    location: place,
    fatalities: pick(a.fatalities, b.fatalities, (r) => [-(r.best ?? r.low ?? -1), JSON.stringify(r)]),
    injured: pick(a.injured, b.injured, (r) => [-(r.best ?? r.low ?? -1), JSON.stringify(r)]),
    status: status(a.status, b.status),
    claimed_by: [...new Set([...a.claimed_by, ...b.claimed_by])].sort(),
    sources,
    num_sources: new Set(sources.map((s) => s.article_id)).size,
    related: uniqueRelations([...a.related, ...b.related]),
  };
  return { ...merged, notes: notes({ ...merged, date: span(merged) }) };
}

/** The first source of each article and sentence (a set, not a scan: events gather hundreds of sources). */
function uniqueSources(sources: ExportEvent['sources']): ExportEvent['sources'] {
  const seen = new Map<string, ExportEvent['sources'][number]>();
  for (const s of sources) {
    const key = `${s.article_id}\u0000${s.sentence}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/** The value whose key sorts first; keys compare element by element. */
function pick<T>(a: T, b: T, key: (x: T) => Array<string | number>): T {
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] === kb[i]) continue;
    return (typeof ka[i] === 'number' ? (ka[i] as number) < (kb[i] as number) : String(ka[i]) < String(kb[i])) ? a : b;
  }
  return a;
}

const width = (e: Pick<ExportEvent, 'date_earliest' | 'date_latest'>) => Date.parse(e.date_latest) - Date.parse(e.date_earliest);
const spread = (e: Pick<ExportEvent, 'date_earliest' | 'date_latest'>) => width(e) >= 3 * 86400000;
const betterActor = (a: Actor | null, b: Actor | null): Actor | null => (!a ? b : !b ? a : pick(a, b, (x) => [actorOrder(x)]));
const unique = (xs: Actor[]) => xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i).sort((x, y) => x.name.localeCompare(y.name));
const uniqueRelations = (xs: ExportEvent['related']) =>
  xs.filter((x, i) => xs.findIndex((y) => y.event_id === x.event_id && y.type === x.type) === i).sort((x, y) => `${x.type}${x.event_id}`.localeCompare(`${y.type}${y.event_id}`));

/** Reported as fact by anyone → confirmed; otherwise a doubted claim stays disputed. */
function status(a: Status, b: Status): Status {
  if (a === 'confirmed' || b === 'confirmed') return 'confirmed';
  return a === 'disputed' || b === 'disputed' ? 'disputed' : 'claimed';
}
