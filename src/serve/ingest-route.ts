// POST /api/articles: the same formats the CLI reads, through the same pipeline, one transaction per
// article, with the reading and extracting done by worker threads (ingest-work.ts). Closed unless the
// server was given a token; then only a request bearing it may write, and the token is checked before
// the body is read, so no one without it can make the server hold a body in memory.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IngestWork } from './ingest-work.js';
import { IngestQuery, parseQuery } from './params.js';

/** Seconds a client is asked to wait when the ingest queue is full. */
const RETRY_AFTER_SECONDS = 5;

export function ingestRoute(app: FastifyInstance, ingest: { work: IngestWork; token: string } | undefined): void {
  if (!ingest) {
    const refuse = async (_req: FastifyRequest, reply: FastifyReply) =>
      reply.code(403).send({ error: 'ingest_disabled', message: 'this server does not accept articles: start it with --token-file or SITREP_TOKEN' });
    app.post('/api/articles', { onRequest: refuse }, refuse);
    return;
  }
  const { work, token } = ingest;
  const onRequest = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!bearerMatches(req.headers.authorization, token)) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'send Authorization: Bearer <token>' });
  };

  app.post('/api/articles', { onRequest }, async (req, reply) => {
    const { published } = parseQuery(IngestQuery, req.query);
    const body = req.body instanceof Buffer ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : '');
    const outcome = work.run(body, req.headers['content-type'] ?? '', published);
    if (!outcome) {
      return reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({
        error: 'busy', message: `${work.limits.queue} ingest request(s) already in progress, the limit (--ingest-queue): retry in ${RETRY_AFTER_SECONDS} s`,
      });
    }
    const result = await outcome;
    if (result.status === 200) return result.body;
    return reply.code(result.status).send({ error: result.error, message: result.message, ...result.body });
  });
}

/** `Authorization: Bearer <token>`, the scheme in any case (RFC 7235 §2.1), compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^bearer +(.+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
