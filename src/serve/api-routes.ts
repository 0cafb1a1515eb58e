// The read side of the API: events (filtered, paged), one event with its sources and relations, counts,
// tallies beside sitrep's own count, and the three export formats, all over the same filter.
import type { FastifyInstance } from 'fastify';
import { exportStream, type ExportFormat } from '../export/stream.js';
import type { EventStore } from '../store/event-store.js';
import { tallyWithCount } from '../export/tally-comparison.js';
import { EventsQuery, FilterQuery, TalliesQuery, encodeCursor, parseQuery, toFilter, toPage } from './params.js';
import { eventDetail } from './evidence.js';
import { stats } from './stats.js';

export function apiRoutes(app: FastifyInstance, store: EventStore): void {
  app.get('/api/events', async (req) => {
    const q = parseQuery(EventsQuery, req.query);
    const filter = toFilter(q);
    const [events, count] = store.snapshot(() => [q.view === 'map' ? store.summaries(filter, toPage(q)) : store.events(filter, toPage(q)), store.countEvents(filter)] as const);
    const last = events.length === q.limit ? events[events.length - 1] : undefined;
    return { count, next_cursor: last ? encodeCursor(last.date, last.id) : null, events };
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', async (req, reply) => {
    const found = store.snapshot(() => eventDetail(store, req.params.id));
    return found ?? reply.code(404).send({ error: 'not_found', message: `no event with id ${req.params.id}` });
  });

  app.get('/api/stats', async (req) => {
    const filter = toFilter(parseQuery(FilterQuery, req.query));
    return stats(store.snapshot(() => store.eventCounts(filter)));
  });

  app.get('/api/tallies', async (req) => {
    const q = parseQuery(TalliesQuery, req.query);
    return store.snapshot(() => store.tallies()
      .filter((t) => (!q.country || t.scope_countries.includes(q.country.toUpperCase())) && (!q.since || (t.until ?? t.source.published) >= q.since) && (!q.until || (t.since ?? '') <= q.until))
      .sort((a, b) => b.source.published.localeCompare(a.source.published))
      .slice(0, q.limit)
      .map((t) => tallyWithCount(store, t)));
  });

  // streamed a batch at a time from a snapshot of their own; a bad filter is a 400 before anything is read
  const exported = (query: unknown, format: ExportFormat) => {
    const filter = toFilter(parseQuery(FilterQuery, query));
    return exportStream(store.reader(), filter, format, false);
  };
  app.get('/api/export.json', async (req, reply) => reply.type('application/json; charset=utf-8').send(exported(req.query, 'json')));
  app.get('/api/export.geojson', async (req, reply) => reply.type('application/geo+json; charset=utf-8').send(exported(req.query, 'geojson')));
  app.get('/api/export.csv', async (req, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sitrep-events.csv"').send(exported(req.query, 'csv')));
}
