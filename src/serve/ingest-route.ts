// POST /api/articles: the same formats the CLI reads, through the same pipeline, one transaction per
// article. Closed unless the server was given a token; then only a request bearing it may write.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ingestArticle, newReport } from '../ingest/ingest.js';
import { InputError } from '../ingest/input-error.js';
import { loadBytesItems } from '../ingest/load.js';
import { ArticleIdTaken, type EventStore } from '../store/event-store.js';
import type { ExportEvent } from '../types.js';
import { day, parseQuery } from './params.js';

const IngestQuery = z.strictObject({
  published: day.optional(),
});

// the body's media type stands for the file extension the CLI would go by
const EXTENSIONS: Array<[RegExp, string]> = [
  [/^application\/(x-)?(ndjson|jsonl|json-seq)/, '.jsonl'],
  [/^application\/([\w.+-]+\+)?json/, '.json'],
  [/^(text|application)\/(xhtml\+xml|html)/, '.html'],
  [/^application\/(rss|atom)\+xml|^(text|application)\/xml/, '.xml'],
  [/^text\/plain/, '.txt'],
];

export function ingestRoute(app: FastifyInstance, store: EventStore, token: string | undefined): void {
  app.post('/api/articles', async (req, reply) => {
    if (!authorised(req, reply, token)) return reply;
    const { published } = parseQuery(IngestQuery, req.query);
    const body = req.body instanceof Buffer ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : '');
    const ext = EXTENSIONS.find(([re]) => re.test(req.headers['content-type'] ?? ''))?.[1] ?? '';
    let loaded;
    try {
      loaded = loadBytesItems('request body', body, ext, { published });
    } catch (err) {
      if (err instanceof InputError) return reply.code(400).send({ error: 'bad_input', message: err.message });
      throw err;
    }
    const { articles, errors } = loaded;
    if (articles.length === 0) return reply.code(400).send({ error: 'bad_input', message: errors.map((e) => e.message).join('; ') });
    const report = newReport(1, []);
    let events: ExportEvent[];
    try {
      events = articles.flatMap((a) => ingestArticle(a, store, report));
    } catch (err) {
      if (err instanceof ArticleIdTaken) return reply.code(409).send({ error: 'conflict', message: err.message });
      throw err;
    }
    return {
      articles: report.articles, duplicates: report.duplicates, created: report.eventsCreated, merged: report.eventsMerged, tallies: report.tallies,
      events, errors: errors.map((e) => e.message),
    };
  });
}

function authorised(req: FastifyRequest, reply: FastifyReply, token: string | undefined): boolean {
  if (!token) {
    reply.code(403).send({ error: 'ingest_disabled', message: 'this server does not accept articles: start it with --token or SITREP_TOKEN' });
    return false;
  }
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'send Authorization: Bearer <token>' });
    return false;
  }
  return true;
}
