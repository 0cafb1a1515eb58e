// One incident, many reports. Each article's events are kept as reports; two reports from different
// articles are linked when they can be the same incident (merge/compatibility.ts) and share enough to
// say so: the same site, or the same attacker, or the same target hit by the same weapon. An event is
// a connected group of linked reports. Links depend only on pairs of reports, so the events do not
// depend on the order articles arrive in; the event's fields are folded from its reports in a fixed
// order, and its id is its smallest report id.
import { larger } from '../extract/rules/casualties.js';
import { notes } from '../export/to-export.js';
import { addDays } from '../resolve/time/days.js';
import type { Actor, ExportEvent, Status } from '../types.js';
import { datesCompatible, placesCompatible, samePlace, sidesCompatible, weaponsCompatible } from './compatibility.js';

const span = (e: ExportEvent) => ({ date: e.date, earliest: e.date_earliest, latest: e.date_latest, precision: e.time_precision, text: null });
const family = (x: ExportEvent) => (x.event_type === 'Protests' || x.event_type === 'Riots' ? 'protest' : 'violence');
const sameName = (a: Actor | null, b: Actor | null): boolean => !!a && !!b && a.name === b.name;

/** Why two reports are the same incident (the criteria that held), or null when they are not. */
export function matchReasons(a: ExportEvent, b: ExportEvent): string[] | null {
  if (family(a) !== family(b)) return null;
  if (a.sources.some((s) => b.sources.some((t) => t.article_id === s.article_id))) return null;
  if (!weaponsCompatible(a.weapon, b.weapon)) return null;
  if (!placesCompatible(a.location, b.location) || !datesCompatible(span(a), span(b), 1)) return null;
  // a clash has no attacker and target: either order of its two sides is the same clash
  const clash = a.sub_event_type === 'Armed clash' && b.sub_event_type === 'Armed clash';
  const flipped = { actor1: b.actor2, actor2: b.actor1 };
  const sides = sidesCompatible(a, b) ? b : clash && sidesCompatible(a, flipped) ? flipped : null;
  if (!sides) return null;
  // a vague report ("strikes in Iraq earlier this week") would chain distinct incidents together: it
  // links only to a report with the same two sides
  const vague = (e: ExportEvent) => e.location.geo_precision === 3 && width(e) >= 3 * 86400000;
  if ((vague(a) || vague(b)) && !(sameName(a.actor1, sides.actor1) && sameName(a.actor2, sides.actor2))) return null;
  const reasons = [
    `days overlap (${a.date_earliest}..${a.date_latest} / ${b.date_earliest}..${b.date_latest}, ±1 day)`,
    a.weapon && b.weapon ? `weapon ${a.weapon === b.weapon ? a.weapon : `${a.weapon} ~ ${b.weapon}`}` : 'weapons not in conflict',
    'no side in conflict',
  ];
  const site = samePlace(a.location, b.location) && (a.location.geo_precision < 3 || b.location.geo_precision < 3);
  if (site) reasons.unshift(`same place (${a.location.name} ~ ${b.location.name})`);
  // a named area ("Red Sea") is coarse, but the same weapon there on the same day is one incident
  const area = !site && a.location.geo_precision === 3 && a.location.name === b.location.name && a.location.admin1 === b.location.admin1 &&
    a.location.name !== a.location.country && !!a.weapon && a.weapon === b.weapon && a.date === b.date;
  if (area) reasons.unshift(`same area (${a.location.name}), weapon and day`);
  if (sameName(a.actor1, sides.actor1)) reasons.unshift(`same ${clash ? 'sides' : 'attacker'} (${a.actor1!.name})`);
  else if (sameName(a.actor2, sides.actor2) && !!a.weapon && a.weapon === b.weapon) reasons.unshift(`same target (${a.actor2!.name}) and weapon`);
  else if (!site && !area) return null;
  return reasons;
}

export const sameIncident = (a: ExportEvent, b: ExportEvent): boolean => matchReasons(a, b) !== null;

/** Candidates: reports whose days overlap, with a day of slack for night and time zones. */
export function candidateWindow(e: ExportEvent): [string, string] {
  return [addDays(e.date_earliest, -1), addDays(e.date_latest, 1)];
}

/** The event a group of reports stands for: fields folded in a fixed order, id of its first report. */
export function foldReports(reports: ExportEvent[]): ExportEvent {
  const ordered = [...reports].sort((a, b) => a.id.localeCompare(b.id));
  const merged = ordered.slice(1).reduce(mergeEvents, ordered[0]!);
  return { ...merged, id: ordered[0]!.id };
}

export function mergeEvents(a: ExportEvent, b: ExportEvent): ExportEvent {
  const place = b.location.geo_precision < a.location.geo_precision ? b.location : a.location;
  const narrower = width(b) < width(a) || (width(b) === width(a) && b.time_precision < a.time_precision) ? b : a;
  const sources = [...a.sources, ...b.sources];
  const merged: ExportEvent = {
    ...a,
    sub_event_type: a.weapon ? a.sub_event_type : b.sub_event_type,
    event_type: a.weapon ? a.event_type : b.event_type,
    weapon: a.weapon ?? b.weapon,
    date: narrower.date,
    date_earliest: narrower.date_earliest,
    date_latest: narrower.date_latest,
    time_precision: narrower.time_precision,
    actor1: better(a.actor1, b.actor1),
    actor2: better(a.actor2, b.actor2),
    assoc_actors1: unique([...a.assoc_actors1, ...b.assoc_actors1]),
    assoc_actors2: unique([...a.assoc_actors2, ...b.assoc_actors2]),
    location: place,
    fatalities: larger(a.fatalities, b.fatalities)!,
    injured: larger(a.injured, b.injured)!,
    status: status(a.status, b.status),
    claimed_by: [...new Set([...a.claimed_by, ...b.claimed_by])],
    sources,
    num_sources: new Set(sources.map((s) => s.article_id)).size,
    related: uniqueRelations([...a.related, ...b.related]),
  };
  return { ...merged, notes: notes({ ...merged, date: span(merged) }) };
}

const width = (e: ExportEvent) => Date.parse(e.date_latest) - Date.parse(e.date_earliest);
const better = (a: Actor | null, b: Actor | null): Actor | null => (!a || (a.type === 'unknown' && b && b.type !== 'unknown') ? b : a);
const unique = (xs: Actor[]) => xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i);
const uniqueRelations = (xs: ExportEvent['related']) => xs.filter((x, i) => xs.findIndex((y) => y.event_id === x.event_id && y.type === x.type) === i);

/** Reported as fact by anyone → confirmed; otherwise a doubted claim stays disputed. */
function status(a: Status, b: Status): Status {
  if (a === 'confirmed' || b === 'confirmed') return 'confirmed';
  return a === 'disputed' || b === 'disputed' ? 'disputed' : 'claimed';
}
