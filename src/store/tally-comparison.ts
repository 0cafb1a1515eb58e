// A reported tally ("103 attacks since October 17") beside sitrep's own count for the same scope.
import type { Tally } from '../types.js';
import type { EventStore } from './event-store.js';

export interface TallyComparison {
  tally: Tally;
  /** violent events sitrep holds in the tally's countries between its since and until */
  events: number;
  /** articles those events come from */
  articles: number;
}

export function compareTally(store: EventStore, tally: Tally): TallyComparison {
  return { tally, ...store.countViolent({ since: tally.since, until: tally.until, countries: tally.scope_countries }) };
}
