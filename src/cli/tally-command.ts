import type { EventStore } from '../store/event-store.js';
import type { Tally } from '../types.js';
import { withStore } from './shared.js';

export interface TallyComparison {
  tally: Tally;
  events: number;
  articles: number;
}

/** sitrep's own count for a reported tally's scope: violent events in its countries between since and until. */
export function compareTally(store: EventStore, tally: Tally): TallyComparison {
  const events = store.events({ since: tally.since ?? undefined, until: tally.until ?? undefined })
    .filter((e) => e.event_type !== 'Protests' && (tally.scope_countries.length === 0 || tally.scope_countries.includes(e.location.country_code ?? '')));
  return { tally, events: events.length, articles: new Set(events.flatMap((e) => e.sources.map((s) => s.article_id))).size };
}

export function runTally(o: { db: string }): void {
  const rows = withStore(o.db, (store) => store.tallies().map((t) => compareTally(store, t)));
  if (rows.length === 0) return void process.stdout.write('no tallies\n');
  for (const { tally: t, events, articles } of rows) {
    const scope = `${t.scope_countries.join('+') || 'anywhere'}, ${t.since ?? '?'} → ${t.until ?? '?'}`;
    process.stdout.write(`${t.attribution ?? t.source.outlet ?? t.source.article_id}: ${t.count} ${t.what} (${scope})\n` +
      `  sitrep: ${events} event(s) from ${articles} article(s)   [${t.source.article_id}]\n`);
  }
}
