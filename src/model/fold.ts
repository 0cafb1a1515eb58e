// How reports fold into an event: the join of their fields under a fixed order, and the votes that
// settle the attacker, the target and the weapon where reports differ. Folding depends only on the set
// of reports, never on their order (merge/across-articles.ts decides which reports are one incident).
import type { Actor, ExportEvent, ReportEvent, Status } from '../types.js';
import { notes } from './to-export.js';

/** An event's days as a span. */
export const span = (e: Pick<ExportEvent, 'date' | 'date_earliest' | 'date_latest' | 'time_precision'>) => ({ date: e.date, earliest: e.date_earliest, latest: e.date_latest, precision: e.time_precision, text: null });
/** How many milliseconds an event's days cover. */
export const width = (e: Pick<ExportEvent, 'date_earliest' | 'date_latest'>) => Date.parse(e.date_latest) - Date.parse(e.date_earliest);

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
export function foldReports(accounts: ReportEvent[], votes: Votes): ExportEvent {
  const joined = accounts.map(eventFields).reduce(mergeEvents);
  const typed = mostReported(votes.typed) ?? joined;
  const voted = { ...joined, event_type: typed.event_type, sub_event_type: typed.sub_event_type, weapon: typed.weapon, actor1: mostReported(votes.actor1) ?? joined.actor1, actor2: mostReported(votes.actor2) ?? joined.actor2 };
  return { ...voted, notes: notes({ ...voted, date: span(voted) }) };
}

/** A report as an account of its event: what the extractor read in its sentences stays with the report. */
const eventFields = ({ evidence: _, ...e }: ReportEvent): ExportEvent => e;

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

const betterActor = (a: Actor | null, b: Actor | null): Actor | null => (!a ? b : !b ? a : pick(a, b, (x) => [actorOrder(x)]));
const unique = (xs: Actor[]) => xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i).sort((x, y) => x.name.localeCompare(y.name));
const uniqueRelations = (xs: ExportEvent['related']) =>
  xs.filter((x, i) => xs.findIndex((y) => y.event_id === x.event_id && y.type === x.type) === i).sort((x, y) => `${x.type}${x.event_id}`.localeCompare(`${y.type}${y.event_id}`));

/** Reported as fact by anyone → confirmed; otherwise a doubted claim stays disputed. */
function status(a: Status, b: Status): Status {
  if (a === 'confirmed' || b === 'confirmed') return 'confirmed';
  return a === 'disputed' || b === 'disputed' ? 'disputed' : 'claimed';
}
