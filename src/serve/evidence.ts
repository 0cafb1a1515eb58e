// One event in full, for the page's event panel and `sitrep show`, and where, in each source sentence,
// the words behind its fields are and which rules read it: what the extractor recorded with each report
// as the article was ingested (extract/evidence.ts), read back rather than found again. A report stored
// before sitrep kept that record has none: its sentences come with null, not with a guess.
import { evidenceLists } from '../model/evidence.js';
import { toSummary } from '../model/to-summary.js';
import type { StoreQueries } from '../store/event-store.js';

/** An event with its related events, why its reports were merged and its evidence: `GET /api/events/:id` and `sitrep show`. */
export async function eventDetail(store: StoreQueries, id: string) {
  const event = await store.event(id);
  if (!event) return undefined;
  const related_events = (await Promise.all(event.related.map(async (r) => {
    const other = await store.event(r.event_id);
    return other ? [{ relation: r.type, ...toSummary(other) }] : [];
  }))).flat();
  const reports = await store.reportsOf(event.id);
  const links = reports.flatMap((r) => r.links.map((l) => ({ article_id: r.report.sources[0]!.article_id, joined: l.article_id, criteria: l.criteria })));
  // one list per source, in the order of `event.sources`
  return { event, related_events, links, ...evidenceLists(event, reports.map((r) => r.report)) };
}
