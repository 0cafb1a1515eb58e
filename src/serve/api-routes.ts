// The read side of the API: events (filtered, paged), one event with its sources and relations, counts,
// tallies beside sitrep's own count, and the three export formats, all over the same filter.
import type { FastifyInstance } from 'fastify';
import { exportStream, type ExportFormat } from '../export/stream.js';
import type { CappedCount, EventStore } from '../store/event-store.js';
import { tallyWithCount } from '../export/tally-comparison.js';
import { EventsQuery, FilterQuery, SEARCH_CAP, TalliesQuery, encodeCursor, parseQuery, toFilter, toPage } from './params.js';
import { eventDetail } from './evidence.js';
import { pageJson } from './page-json.js';
import { stats } from './stats.js';

/** A search's count stops at `searchCap` matches (SEARCH_CAP but in tests); its stats then count its newest `searchCap`. */
export function apiRoutes(app: FastifyInstance, store: EventStore, searchCap = SEARCH_CAP): void {
  // the map view's summaries are passed on as they were stored, unparsed: the same bytes, for less work
  app.get('/api/events', async (req, reply) => {
    const q = parseQuery(EventsQuery, req.query);
    const filter = toFilter(q);
    if (q.view === 'map') {
      const [rows, count] = await store.snapshot(async (s) => [await s.mapRows(filter, toPage(q)), await s.countCapped(filter, searchCap)] as const);
      return reply.type('application/json; charset=utf-8').send(pageJson(pageHead(count, rows, q.limit), rows.map((r) => r.summary)));
    }
    const [events, count] = await store.snapshot(async (s) => [await s.events(filter, toPage(q)), await s.countCapped(filter, searchCap)] as const);
    return { ...pageHead(count, events, q.limit), events };
  });

  // an event merged into another answers with where it went: a client following redirects gets the survivor
  app.get<{ Params: { id: string } }>('/api/events/:id', async (req, reply) => {
    const { id } = req.params;
    const [found, merged] = await store.snapshot(async (s) => {
      const detail = await eventDetail(s, id);
      return [detail, detail ? undefined : await s.mergedInto(id)] as const;
    });
    if (found) return found;
    if (merged) {
      const message = `event ${id} was merged into ${merged.id}${merged.event_id_cnty ? ` (${merged.event_id_cnty})` : ''}`;
      return reply.code(301).header('location', `/api/events/${encodeURIComponent(merged.id)}`).send({ error: 'merged', message, merged_into: merged });
    }
    return reply.code(404).send({ error: 'not_found', message: `no event with id ${id}` });
  });

  app.get('/api/stats', async (req) => {
    const filter = toFilter(parseQuery(FilterQuery, req.query));
    return stats(await store.snapshot((s) => s.eventCounts(filter, searchCap)));
  });

  app.get('/api/tallies', async (req) => {
    const q = parseQuery(TalliesQuery, req.query);
    return store.snapshot(async (s) => {
      const kept = (await s.tallies())
        .filter((t) => (!q.country || t.scope_countries.includes(q.country.toUpperCase())) && (!q.since || (t.until ?? t.source.published) >= q.since) && (!q.until || (t.since ?? '') <= q.until))
        .sort((a, b) => b.source.published.localeCompare(a.source.published))
        .slice(0, q.limit);
      return Promise.all(kept.map((t) => tallyWithCount(s, t)));
    });
  });

  // streamed a batch at a time from a snapshot of their own; a bad filter is a 400 before anything is read
  const exported = async (query: unknown, format: ExportFormat) => {
    const filter = toFilter(parseQuery(FilterQuery, query));
    return exportStream(await store.reader(), filter, format, false);
  };
  app.get('/api/export.json', async (req, reply) => reply.type('application/json; charset=utf-8').send(await exported(req.query, 'json')));
  app.get('/api/export.geojson', async (req, reply) => reply.type('application/geo+json; charset=utf-8').send(await exported(req.query, 'geojson')));
  app.get('/api/export.csv', async (req, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sitrep-events.csv"').send(await exported(req.query, 'csv')));
}

/** What a page of events says beside them: the count, whether it was capped, and where the next page starts when this one is full. */
function pageHead(count: CappedCount, events: Array<{ date: string; id: string }>, limit: number) {
  const last = events.length === limit ? events[events.length - 1] : undefined;
  return { count: count.n, count_capped: count.capped, next_cursor: last ? encodeCursor(last.date, last.id) : null };
}
