// The OpenAPI description served at /api/openapi.json. Query parameters are generated from the same zod
// schemas that validate requests, so the description cannot drift from what the server accepts; the
// statuses and media types are the ones server.ts, api-routes.ts and ingest-route.ts answer with
// (test/openapi-lint.test.ts holds the document to `redocly lint`).
import { z } from 'zod';
import { ACLED_COLUMNS } from '../export/formats.js';
import { ArticleInput, ExportDocument, ExportEvent, Tally } from '../types.js';
import { AcledQuery } from './acled-params.js';
import { ChangesQuery, EventsQuery, FilterQuery, IngestQuery, SEARCH_CAP, TalliesQuery } from './params.js';

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

type Schema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>>; required?: string[] };

const jsonSchema = (s: z.ZodType): Schema => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Schema;
  return rest;
};

/** A query's parameters, each described by its own schema's description, else by the shared one of its name. */
function queryParameters(schema: z.ZodType) {
  const { properties = {}, required = [] } = jsonSchema(schema);
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: required.includes(name), description: (s.description as string | undefined) ?? DESCRIPTIONS[name], schema: s }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema | { $ref: string }, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const header = (description: string) => ({ description, schema: { type: 'string' } });
const integer = (description?: string) => ({ type: 'integer', ...(description ? { description } : {}) });
const arrayOf = (items: Schema | { $ref: string }, description?: string) => ({ type: 'array', items, ...(description ? { description } : {}) });
const orNull = <S extends { type: string }>(schema: S) => ({ ...schema, type: [schema.type, 'null'] });

// what every operation can answer besides its own statuses: the Host check (server.ts) and the error handler
const ANY_OPERATION = {
  421: { $ref: '#/components/responses/UnknownHost' },
  500: { $ref: '#/components/responses/Internal' },
};
const BAD_PARAMETER = { 400: { $ref: '#/components/responses/BadParameter' } };
// reads need no token: an empty requirement says so
const OPEN: never[] = [];

/** A GET over a filter: its operation id, summary, query schema and answer. */
const read = (operationId: string, summary: string, query: z.ZodType, ok: object) => ({
  get: { operationId, summary, security: OPEN, parameters: queryParameters(query), responses: { 200: ok, ...BAD_PARAMETER, ...ANY_OPERATION } },
});

/** A GET that takes no query: unknown parameters are ignored, so it has no 400. */
const plainRead = (operationId: string, summary: string, ok: object, more: object = {}) => ({
  get: { operationId, summary, security: OPEN, responses: { 200: ok, ...more, ...ANY_OPERATION } },
});

// the types of acledRow's columns (src/export/formats.ts): whole numbers, coordinates and text; and
// those never null (a test holds served rows to this schema)
const ACLED_INTEGERS = new Set(['year', 'time_precision', 'inter1', 'inter2', 'interaction', 'iso', 'geo_precision', 'fatalities', 'timestamp']);
const ACLED_NEVER_NULL = new Set(['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'location', 'geo_precision', 'notes', 'fatalities', 'timestamp']);
const acledType = (c: string): string => (ACLED_INTEGERS.has(c) ? 'integer' : c === 'latitude' || c === 'longitude' ? 'number' : 'string');

const AcledRow: Schema = {
  type: 'object',
  description: "one event as ACLED's CSV columns (docs/acled-columns.md), numbers as numbers; with `fields`, only those",
  properties: Object.fromEntries(ACLED_COLUMNS.map((c) => [c, { type: ACLED_NEVER_NULL.has(c) ? acledType(c) : [acledType(c), 'null'] }])),
};

const AcledAnswer: Schema = {
  type: 'object',
  required: ['status', 'success', 'data', 'count'],
  properties: { status: { const: 200 }, success: { const: true }, data: arrayOf(ref('AcledRow')), count: integer('rows in `data`: a page loop stops at the first page with fewer than `limit`') },
};

const AcledError: Schema = {
  type: 'object',
  required: ['status', 'success', 'error'],
  properties: {
    status: { const: 400 }, success: { const: false },
    error: { type: 'object', required: ['status', 'message', 'parameter'], properties: { status: { const: 400 }, message: { type: 'string', description: 'one line naming the parameter' }, parameter: { type: 'string' } } },
  },
};

const Changes: Schema = {
  type: 'object',
  properties: {
    since: integer('the moment asked for, in Unix seconds'),
    next_cursor: { type: ['string', 'null'], description: 'the `cursor` of the next page; null on the last' },
    changes: arrayOf({ type: 'object', required: ['id', 'event_id_cnty', 'change', 'timestamp', 'merged_into'], properties: {
      id: { type: 'string' }, event_id_cnty: { type: ['string', 'null'] },
      change: { enum: ['new', 'changed', 'removed'], description: '`removed`: merged into `merged_into`, which holds its reports and sources now' },
      timestamp: integer('the Unix second of the change'),
      merged_into: { type: ['object', 'null'], properties: { id: { type: 'string' }, event_id_cnty: { type: ['string', 'null'] } }, description: 'for `removed`: the event it is part of now' },
    } }, 'ordered by timestamp, removals before the other changes of the same second, then id'),
  },
};

const acledRead = {
  get: {
    operationId: 'acledRead', security: OPEN, parameters: queryParameters(AcledQuery),
    summary: "ACLED's read API (acleddata.com/api/acled/read): ACLED's filters, `|` lists, `_where` comparisons, `fields`, `limit` and `page`; rows newest first",
    responses: {
      200: { description: "a page of rows: ACLED's JSON wrapper, or CSV with `format=csv`", content: { 'application/json': { schema: ref('AcledAnswer') }, 'text/csv': { schema: { type: 'string' } } } },
      400: json(ref('AcledError'), "a parameter is unknown or has a bad value, answered as ACLED's API answers: `error.parameter` names it"),
      ...ANY_OPERATION,
    },
  },
};

const EventSummary: Schema = {
  type: 'object',
  description: 'what a map marker or a list row shows (`view=map`)',
  required: ['id', 'date', 'event_type', 'sub_event_type', 'weapon', 'location', 'actor1', 'actor2', 'fatalities', 'injured', 'status', 'num_sources'],
  properties: {
    id: { type: 'string' }, date: { type: 'string', format: 'date' }, event_type: { type: 'string' }, sub_event_type: { type: 'string' }, weapon: { type: ['string', 'null'] },
    location: { type: 'object', properties: { name: { type: 'string' }, country_code: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, geo_precision: integer() } },
    actor1: { type: ['string', 'null'] }, actor2: { type: ['string', 'null'] },
    fatalities: { type: ['integer', 'null'], description: 'best estimate, else the low bound' }, injured: { type: ['integer', 'null'] },
    status: { type: 'string' }, num_sources: integer(),
  },
};

const EventDetail: Schema = {
  type: 'object',
  properties: {
    event: ref('Event'),
    related_events: arrayOf({ allOf: [{ type: 'object', properties: { relation: { enum: ['retaliation_for', 'follows'] } } }, ref('EventSummary')] }),
    links: arrayOf({ type: 'object', properties: { article_id: { type: 'string' }, joined: { type: 'string' }, criteria: arrayOf({ type: 'string' }) } }, 'why its reports were merged'),
    evidence: arrayOf(orNull(arrayOf({ type: 'object', properties: { start: integer(), end: integer(), field: { enum: ['actor1', 'actor2', 'event', 'location', 'fatalities', 'injured', 'attribution'] } } })),
      "per source, in the order of `event.sources`: where in its sentence the words behind each field are (UTF-16 offsets), as the extractor recorded them when the article was ingested; null for a source stored by a sitrep that did not record them"),
    rules: arrayOf(orNull(arrayOf({ type: 'string' })),
      'per source, in the order of `event.sources`: the ids of the extractor\'s rules that made its mentions in that sentence; null where `evidence` is'),
  },
};

const Stats: Schema = {
  type: 'object',
  properties: {
    count: integer('events counted: all that match, or with `capped` the newest `covers.newest`'),
    capped: { type: 'boolean', description: `true when a search (\`q\`) matches more than ${SEARCH_CAP} events: every figure is then of its newest ${SEARCH_CAP} matches (by date, then id) only` },
    covers: { type: ['object', 'null'], description: 'with `capped`, the matches counted: how many, and the first and last day they fall on (the first day\'s older matches are not counted); null otherwise',
      properties: { newest: integer(), since: { type: 'string', format: 'date' }, until: { type: 'string', format: 'date' } } },
    by_day: arrayOf({ type: 'object', properties: { date: { type: 'string', format: 'date' }, total: integer(), by_type: { type: 'object', additionalProperties: integer() } } }),
    by_type: { type: 'object', additionalProperties: integer() },
    by_country: { type: 'object', additionalProperties: integer() },
    by_actor: arrayOf({ type: 'object', properties: { name: { type: 'string' }, count: integer() } }, 'the most frequent actors first, at most 100'),
  },
};

const Status: Schema = {
  type: 'object',
  properties: {
    ingest: { type: ['object', 'null'], properties: {
      requests: integer(), extracting: integer('articles at the worker threads'), queue_limit: integer(), workers: integer(),
      article_limit: integer('bytes of text'), body_limit: integer('bytes') } },
  },
};

const IngestAnswer: Schema = {
  type: 'object',
  properties: {
    articles: integer('articles stored by this request'),
    duplicates: integer('articles whose text was already stored'),
    created: integer(), merged: integer(), tallies: integer(),
    events: arrayOf(ref('Event')),
    items: arrayOf({ type: 'object', properties: {
      id: { type: 'string' }, status: { enum: ['stored', 'already_stored', 'conflict', 'failed'] }, message: { type: 'string' } } }, 'each readable article of the body, in order'),
    errors: arrayOf({ type: 'string' }, 'one line per item not stored, naming it'),
  },
};

// read-body.ts picks the reader by media type; any other type is read like a file without an extension
const text = { schema: { type: 'string' } };
const ARTICLE_BODIES = {
  'application/json': { schema: { oneOf: [ref('Article'), arrayOf(ref('Article'))] } },
  'application/x-ndjson': text, 'application/jsonl': text,
  'text/plain': text, 'text/html': text, 'application/xhtml+xml': text,
  'application/rss+xml': text, 'application/atom+xml': text, 'application/xml': text, 'text/xml': text,
  '*/*': { schema: { type: 'string', description: 'sniffed: a feed, HTML or text by its first characters' } },
};

const ingestFailed = (description: string) => json({ allOf: [ref('Error'), ref('IngestAnswer')] }, description);

const postArticles = {
  post: {
    operationId: 'postArticles',
    summary: 'ingest articles (JSON, JSON Lines, text, HTML, RSS/Atom, by Content-Type); needs the server token',
    security: [{ bearer: [] }],
    parameters: queryParameters(IngestQuery),
    requestBody: { required: true, description: 'one article or many, in any format the CLI reads', content: ARTICLE_BODIES },
    responses: {
      200: json(ref('IngestAnswer'), 'at least one article of the body is stored (now or before); `items` says what became of each, `errors` names every item refused'),
      400: error('`bad_parameter`: `published` is not a day; `bad_input`: the body holds no readable article'),
      401: { ...error('missing or wrong bearer token'), headers: { 'WWW-Authenticate': header('`Bearer`') } },
      403: error('`ingest_disabled`: the server was started without a token'),
      409: ingestFailed('`conflict`: no article stored: each one has an id already stored with a different text'),
      413: error('the body is over --body-limit, or (`too_large`) an article has more text than --article-limit'),
      415: error('the Content-Type header cannot be parsed'),
      500: ingestFailed('`internal`: no article stored: the store refused each one (busy past its wait, disk full); `errors` says why'),
      503: { ...error('`busy`: --ingest-queue requests are in progress, retry after the Retry-After seconds; `shutting_down`: the server is stopping'),
        headers: { 'Retry-After': { description: 'seconds to wait (`busy` only)', schema: integer() } } },
      421: ANY_OPERATION[421],
    },
  },
};

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep', version, license: { name: 'MIT', identifier: 'MIT' },
      description: 'Conflict events extracted from wire reports: geolocated, deduplicated, sourced. ' +
      'Every endpoint answers 421 to a request whose Host is not localhost, 127.0.0.1 or [::1] on the port listened on, the address listened on, or a name given with --allowed-host.' },
    servers: [{ url: 'http://{host}:{port}', description: '`sitrep serve` (--host, --port)', variables: { host: { default: '127.0.0.1' }, port: { default: '8080' } } }],
    paths: {
      '/api/events': read('listEvents', 'events matching a filter, ordered by date then id', EventsQuery,
        json({ type: 'object', properties: { count: integer(`events matching the filter, on every page; a search (\`q\`) is counted up to ${SEARCH_CAP} only`),
          count_capped: { type: 'boolean', description: `true when more events match than \`count\` (a search stops counting at ${SEARCH_CAP}): read it as "more than ${SEARCH_CAP}"` }, next_cursor: { type: ['string', 'null'] },
          events: arrayOf({ anyOf: [ref('Event'), ref('EventSummary')] }, 'full events, or summaries with `view=map`') } }, 'a page of events')),
      '/api/events/{id}': { get: { operationId: 'getEvent', summary: 'one event with its sources, related events and the reasons its reports were merged', security: OPEN,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: json(EventDetail, 'the event'),
          301: { ...json({ allOf: [ref('Error'), { type: 'object', properties: { merged_into: { type: 'object', properties: { id: { type: 'string' }, event_id_cnty: { type: ['string', 'null'] } } } } }] },
            '`merged`: the event was merged into another, which `Location` and `merged_into` name'), headers: { Location: header('`/api/events/{the id it was merged into}`') } },
          404: error('`not_found`: no such event'), ...ANY_OPERATION,
        } } },
      '/api/stats': read('getStats', 'counts by day and type, type, country and actor for a filter', FilterQuery, json(Stats, 'counts')),
      '/api/tallies': read('listTallies', "reported tallies overlapping a span or naming a country, newest first, each with sitrep's own count for its scope", TalliesQuery,
        json(arrayOf(ref('TallyWithCount')), 'tallies')),
      '/api/export.json': read('exportJson', 'the export contract (../shared/spec/events.md) for a filter', FilterQuery, json(ref('ExportDocument'), 'export document')),
      '/api/export.csv': read('exportCsv', "ACLED's CSV columns for a filter", FilterQuery,
        { description: 'CSV, UTF-8', headers: { 'Content-Disposition': header('`attachment; filename="sitrep-events.csv"`') }, content: { 'text/csv': { schema: { type: 'string' } } } }),
      '/api/export.geojson': read('exportGeoJson', 'GeoJSON points for a filter', FilterQuery,
        { description: 'a FeatureCollection of the events that have coordinates', content: { 'application/geo+json': { schema: { type: 'object' } } } }),
      '/api/acled/read': acledRead,
      '/api/changes': read('listChanges', 'events stored (`new`), changed or merged away (`removed`) at or after `since`, each once, as it is now, a page at a time', ChangesQuery, json(Changes, 'a page of changes')),
      '/api/articles': postArticles,
      '/api/status': plainRead('getStatus', 'ingest requests in progress and the limits they run under; `ingest` is null on a read-only server', json(Status, 'status')),
      '/api/openapi.json': plainRead('getOpenApi', 'this document', json({ type: 'object' }, 'OpenAPI 3.1')),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given to `sitrep serve` with --token-file or SITREP_TOKEN' } },
      schemas: {
        Event: jsonSchema(ExportEvent), EventSummary, AcledRow, AcledAnswer, AcledError, Tally: jsonSchema(Tally), ExportDocument: jsonSchema(ExportDocument), IngestAnswer, Article: jsonSchema(ArticleInput),
        TallyWithCount: { allOf: [ref('Tally'), { type: 'object', properties: { sitrep: { type: 'object', description: "sitrep's own count for the tally's scope",
          properties: { events: integer(), articles: integer(), party: { type: ['object', 'null'], description: 'the party the counted phrase names, and its role', properties: { name: { type: 'string' }, role: { enum: ['actor1', 'actor2'] } } } } } } }] },
        Error: { type: 'object', required: ['error', 'message'], properties: {
          error: { type: 'string', description: 'a code: `bad_parameter`, `not_found`, `unknown_host`, … or a Fastify code (`FST_ERR_…`)' },
          message: { type: 'string', description: 'one line for a person' },
          parameter: { type: 'string', description: 'with `bad_parameter`: the parameter at fault' } } },
      },
      responses: {
        BadParameter: error('`bad_parameter`: a parameter is unknown or has a bad value; `parameter` names it'),
        UnknownHost: error('`unknown_host`: the Host header is not a name this server answers to'),
        Internal: error('`internal`: an unexpected failure (the database could not be read); `message` says what'),
      },
    },
  };
}
