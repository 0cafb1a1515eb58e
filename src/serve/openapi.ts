// The OpenAPI description served at /api/openapi.json. Query parameters are generated from the same zod
// schemas that validate requests, so the description cannot drift from what the server accepts.
import { z } from 'zod';
import { ExportDocument, ExportEvent, Tally } from '../types.js';
import { EventsQuery, FilterQuery, TalliesQuery } from './params.js';

const DESCRIPTIONS: Record<string, string> = {
  since: 'events on or after this day (YYYY-MM-DD)',
  until: 'events on or before this day (YYYY-MM-DD)',
  country: 'ISO 3166-1 alpha-2 country code, e.g. IQ',
  actor: 'part of an actor name, any case',
  type: 'ACLED event type or sub-event type, e.g. Battles or Air/drone strike',
  status: 'confirmed, claimed or disputed',
  min_sources: 'events reported by at least this many articles',
  bbox: 'west,south,east,north in degrees',
  q: 'text that must occur in one of the source sentences, any case',
  limit: 'events per page',
  cursor: 'next_cursor of the previous page',
  view: '`map` returns only what a marker or list row shows',
  published: 'publication day for articles that carry none (YYYY-MM-DD)',
};

type Schema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const jsonSchema = (s: z.ZodType): Schema => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Schema;
  return rest;
};

function queryParameters(schema: z.ZodType) {
  return Object.entries(jsonSchema(schema).properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: false, description: DESCRIPTIONS[name], schema: s }));
}

const json = (schema: Schema | { $ref: string }, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json({ $ref: '#/components/schemas/Error' }, description);
const badParameter = { 400: error('a parameter is unknown or has a bad value; `parameter` names it') };

const IngestAnswer: Schema = {
  type: 'object',
  properties: {
    articles: { type: 'integer', description: 'articles stored by this request' },
    duplicates: { type: 'integer', description: 'articles whose text was already stored' },
    created: { type: 'integer' }, merged: { type: 'integer' }, tallies: { type: 'integer' },
    events: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
    items: { type: 'array', description: 'each readable article of the body, in order', items: { type: 'object', properties: {
      id: { type: 'string' }, status: { enum: ['stored', 'already_stored', 'conflict', 'failed'] }, message: { type: 'string' } } } },
    errors: { type: 'array', items: { type: 'string' }, description: 'one line per item not stored, naming it' },
  },
};

export function openApiDocument(version: string) {
  const filters = queryParameters(FilterQuery);
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep', version, description: 'Conflict events extracted from wire reports: geolocated, deduplicated, sourced. ' +
      'Every endpoint answers 421 to a request whose Host is not localhost, 127.0.0.1 or [::1] on the port listened on, the address listened on, or a name given with --allow-host.' },
    paths: {
      '/api/events': { get: { summary: 'events matching a filter, ordered by date then id', parameters: queryParameters(EventsQuery),
        responses: { 200: json({ type: 'object', properties: { count: { type: 'integer' }, next_cursor: { type: ['string', 'null'] }, events: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } }, 'a page of events'), ...badParameter } } },
      '/api/events/{id}': { get: { summary: 'one event with its sources, related events and the reasons its reports were merged',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json({ type: 'object', properties: { event: { $ref: '#/components/schemas/Event' }, related_events: { type: 'array' }, links: { type: 'array' } } }, 'the event'), 404: error('no such event') } } },
      '/api/stats': { get: { summary: 'counts by day and type, type, country and actor for a filter', parameters: filters, responses: { 200: json({ type: 'object' }, 'counts'), ...badParameter } } },
      '/api/tallies': { get: { summary: "reported tallies overlapping a span or naming a country, newest first, each with sitrep's own count for its scope", parameters: queryParameters(TalliesQuery), responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Tally' } }, 'tallies') } } },
      '/api/export.json': { get: { summary: 'the export contract (../shared/spec/events.md) for a filter', parameters: filters, responses: { 200: json({ $ref: '#/components/schemas/ExportDocument' }, 'export document'), ...badParameter } } },
      '/api/export.csv': { get: { summary: "ACLED's CSV columns for a filter", parameters: filters, responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...badParameter } } },
      '/api/export.geojson': { get: { summary: 'GeoJSON points for a filter', parameters: filters, responses: { 200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: { type: 'object' } } } }, ...badParameter } } },
      '/api/articles': { post: { summary: 'ingest articles (JSON, JSON Lines, text, HTML, RSS/Atom, by Content-Type); needs the server token',
        security: [{ bearer: [] }], parameters: [{ name: 'published', in: 'query', required: false, description: DESCRIPTIONS.published, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': {}, 'application/x-ndjson': {}, 'text/plain': {}, 'text/html': {}, 'application/rss+xml': {} } },
        responses: { 200: json(IngestAnswer, 'at least one article of the body is stored (now or before); `items` says what became of each, `errors` names every item refused'),
          400: error('the body holds no readable article'), 401: error('missing or wrong bearer token'), 403: error('the server was started without a token'),
          409: json(IngestAnswer, 'no article stored: each one has an id already stored with a different text'),
          413: error('the body is over --body-limit, or an article has more text than --article-limit'),
          503: error('`busy`: --ingest-queue requests are in progress, retry after the Retry-After seconds; `shutting_down`: the server is stopping') } } },
      '/api/status': { get: { summary: 'ingest requests in progress and the limits they run under; `ingest` is null on a read-only server',
        responses: { 200: json({ type: 'object', properties: { ingest: { type: ['object', 'null'], properties: { requests: { type: 'integer' }, extracting: { type: 'integer', description: 'articles at the worker threads' }, queue_limit: { type: 'integer' }, workers: { type: 'integer' },
          article_limit: { type: 'integer', description: 'bytes of text' }, body_limit: { type: 'integer', description: 'bytes' } } } } }, 'status') } } },
      '/api/openapi.json': { get: { summary: 'this document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Event: jsonSchema(ExportEvent), Tally: jsonSchema(Tally), ExportDocument: jsonSchema(ExportDocument),
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' }, parameter: { type: 'string' } } },
      },
    },
  };
}
