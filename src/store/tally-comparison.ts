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
  const events = store.events({ since: tally.since ?? undefined, until: tally.until ?? undefined })
    .filter((e) => e.event_type !== 'Protests' && (tally.scope_countries.length === 0 || tally.scope_countries.includes(e.location.country_code ?? '')));
  return { tally, events: events.length, articles: new Set(events.flatMap((e) => e.sources.map((s) => s.article_id))).size };
}
