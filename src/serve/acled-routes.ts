// ACLED's read API beside sitrep's own (GET /api/acled/read: ACLED's parameters, rows and wrapper, so
// an ACLED client's page loop ports by changing its base URL), and the feed an incremental sync reads
// (GET /api/changes): the events stored, changed or merged away since a moment, and what each
// merged-away event became.
import type { FastifyInstance } from 'fastify';
import { acledReadStream } from '../export/stream.js';
import type { EventStore } from '../store/event-store.js';
import { AcledQuery, toAcledRead } from './acled-params.js';
import { BadParameter, ChangesQuery, encodeChangeCursor, parseQuery, toChangePage } from './params.js';

export function acledRoutes(app: FastifyInstance, store: EventStore): void {
  // streamed from a snapshot of its own, as the exports are; a bad parameter is a 400 before anything is read
  app.get('/api/acled/read', async (req, reply) => {
    let read;
    try {
      read = toAcledRead(parseQuery(AcledQuery, req.query));
    } catch (err) {
      if (err instanceof BadParameter) return reply.code(400).send(acledError(err));
      throw err;
    }
    const body = acledReadStream(await store.reader(), read, read.format);
    return reply.type(read.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8').send(body);
  });

  app.get('/api/changes', async (req) => {
    const q = parseQuery(ChangesQuery, req.query);
    const changes = await store.changes(q.since, toChangePage(q));
    const last = changes.length === q.limit ? changes[changes.length - 1] : undefined;
    return { since: q.since, next_cursor: last ? encodeChangeCursor(last) : null, changes };
  });
}

/** A refused parameter as ACLED's API answers one, with the parameter named beside the message. */
const acledError = (err: BadParameter) => ({ status: 400, success: false, error: { status: 400, message: err.message, parameter: err.parameter } });
