// What linking reads of a stored report, kept beside it as a key: reports with one key are matched
// alike by a new report (merge/across-articles.ts).
import { createHash } from 'node:crypto';
import type { ExportEvent, Range } from '../types.js';

/** What `matchReasons` reads of its first report: the type keeps it from reading anything `matchKey` leaves out. */
export type Matched = Pick<ExportEvent, 'event_type' | 'sub_event_type' | 'weapon' | 'date' | 'date_earliest' | 'date_latest' | 'time_precision' | 'actor1' | 'actor2' | 'location' | 'fatalities' | 'sources'>;

/**
 * Stored reports with one key are matched alike by a new report (sources aside: a stored report is
 * never from the article being linked), so one that failed spares reading the others. A hash of 96
 * bits: two keys that differ meet in one candidate window, a few days in one country.
 */
export function matchKey(e: ExportEvent): string {
  const read: Omit<Matched, 'sources' | 'fatalities'> = { event_type: e.event_type, sub_event_type: e.sub_event_type, weapon: e.weapon, date: e.date, date_earliest: e.date_earliest, date_latest: e.date_latest, time_precision: e.time_precision, actor1: e.actor1, actor2: e.actor2, location: e.location };
  // of the toll only what `tollsAgree` and `followUp` read, its count of one or more and whether it is
  // only a lower bound ("more than 40"); of the sources only whether the report is dated the day its
  // article appeared (`followUp`): a report with neither keeps the key it was stored with
  const toll = e.fatalities.best !== null && e.fatalities.best >= 1 ? e.fatalities.best : null;
  const counted = toll === null ? read : e.fatalities.high === null ? { ...read, toll, open: true } : { ...read, toll };
  const keyed = datedAsPublished(e) ? { ...counted, told: true } : counted;
  return createHash('sha1').update(JSON.stringify(keyed)).digest('hex').slice(0, 24);
}

/** A toll that can tell one incident from another: two or more killed. */
export const tellingToll = (r: Range): number | null => (r.best !== null && r.best >= 2 ? r.best : null);

/** The report is dated the day its article appeared: maybe the day it was told, not the day of the act (`followUp`). */
export const datedAsPublished = (e: Pick<ExportEvent, 'date_latest' | 'sources'>): boolean =>
  e.date_latest === e.sources.reduce((d, s) => (s.published > d ? s.published : d), '');
