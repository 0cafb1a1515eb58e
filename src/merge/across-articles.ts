// One incident, many reports: a new article's event joins a stored event of another article when
// they can be the same incident (merge/compatibility.ts) and share enough to say so: the same site, or
// the same attacker in the same country. The merged event keeps every source; fields are reconciled
// by the same rules as inside an article.
import { larger } from '../extract/rules/casualties.js';
import { notes } from '../export/to-export.js';
import { addDays } from '../resolve/time/days.js';
import type { Actor, ExportEvent, Status } from '../types.js';
import { datesCompatible, placesCompatible, samePlace, sidesCompatible, weaponsCompatible } from './compatibility.js';

const span = (e: ExportEvent) => ({ date: e.date, earliest: e.date_earliest, latest: e.date_latest, precision: e.time_precision, text: null });

export function sameIncident(stored: ExportEvent, e: ExportEvent): boolean {
  const family = (x: ExportEvent) => (x.event_type === 'Protests' || x.event_type === 'Riots' ? 'protest' : 'violence');
  if (family(stored) !== family(e)) return false;
  if (stored.sources.some((s) => e.sources.some((t) => t.article_id === s.article_id))) return false;
  if (!weaponsCompatible(stored.weapon, e.weapon)) return false;
  if (!placesCompatible(stored.location, e.location) || !datesCompatible(span(stored), span(e), 1)) return false;
  if (!sidesCompatible(stored, e)) return false;
  if (samePlace(stored.location, e.location) && (stored.location.geo_precision < 3 || e.location.geo_precision < 3 || sameName(stored.actor1, e.actor1) || sameName(stored.actor2, e.actor2))) return true;
  return sameName(stored.actor1, e.actor1) || (sameName(stored.actor2, e.actor2) && !!stored.weapon && stored.weapon === e.weapon);
}

const sameName = (a: Actor | null, b: Actor | null): boolean => !!a && !!b && a.name === b.name;

/** Candidates among stored events: those whose days overlap, with a day of slack for night and time zones. */
export function candidateWindow(e: ExportEvent): [string, string] {
  return [addDays(e.date_earliest, -1), addDays(e.date_latest, 1)];
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
  };
  return { ...merged, notes: notes({ ...merged, date: span(merged) }) };
}

const width = (e: ExportEvent) => Date.parse(e.date_latest) - Date.parse(e.date_earliest);
const better = (a: Actor | null, b: Actor | null): Actor | null => (!a || (a.type === 'unknown' && b && b.type !== 'unknown') ? b : a);
const unique = (xs: Actor[]) => xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i);

/** Reported as fact by anyone → confirmed; otherwise a doubted claim stays disputed. */
function status(a: Status, b: Status): Status {
  if (a === 'confirmed' || b === 'confirmed') return 'confirmed';
  return a === 'disputed' || b === 'disputed' ? 'disputed' : 'claimed';
}
