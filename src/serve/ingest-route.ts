// POST /api/articles: the same formats the CLI reads, through the same pipeline, one transaction per
// article. Closed unless the server was given a token; then only a request bearing it may write.
// Each article of a body is stored or refused on its own, and the answer says which.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fileError, ingestArticle, newReport } from '../ingest/ingest.js';
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
    const events: ExportEvent[] = [];
    const items: ItemOutcome[] = [];
    for (const { article, where } of articles) {
      try {
        const written = ingestArticle(article, store, report);
        events.push(...(written ?? []));
        items.push({ id: article.id, status: written ? 'stored' : 'already_stored' });
      } catch (err) {
        items.push({ id: article.id, status: err instanceof ArticleIdTaken ? 'conflict' : 'failed', message: fileError(where, err).message });
      }
    }
    const refused = items.filter((i) => i.message).map((i) => i.message!);
    const answer = {
      articles: report.articles, duplicates: report.duplicates, created: report.eventsCreated, merged: report.eventsMerged, tallies: report.tallies,
      events, items, errors: [...errors.map((e) => e.message), ...refused],
    };
    // an error status only when no article of the body is in the store; otherwise `items` says which are not
    if (refused.length < items.length) return answer;
    const conflict = items.every((i) => i.status === 'conflict');
    return reply.code(conflict ? 409 : 500).send({ error: conflict ? 'conflict' : 'internal', message: refused.join('; '), ...answer });
  });
}

/** What became of one readable article of a body; unreadable items are named in `errors` only. */
interface ItemOutcome {
  id: string;
  /** conflict: its id is stored with another text; failed: the store could not take it (busy past the wait, disk full) */
  status: 'stored' | 'already_stored' | 'conflict' | 'failed';
  message?: string;
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
