// The serve stage: one fastify server for the JSON API and the web page. Everything the page loads
// (Leaflet, the clustering plugin, the Natural Earth borders) is served from this project's own
// node_modules, so the page works with no network at all.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { EventStore } from '../store/event-store.js';
import { acledRoutes } from './acled-routes.js';
import { apiRoutes } from './api-routes.js';
import { ingestRoute } from './ingest-route.js';
import { DEFAULT_INGEST_LIMITS, IngestWork, type IngestLimits } from './ingest-work.js';
import { openApiDocument } from './openapi.js';
import { BadParameter } from './params.js';

export interface ServerOptions {
  store: EventStore;
  /** bearer token that opens POST /api/articles; without one the server is read-only */
  token?: string;
  /** largest request body accepted, in bytes */
  bodyLimit?: number;
  /** workers, queue and per-article limit of POST /api/articles */
  ingest?: Partial<IngestLimits>;
  /** Host names answered besides localhost, 127.0.0.1 and [::1] on the port listened on: `name` (any port) or `name:port` */
  allowedHosts?: string[];
  /** ms that app.close() lets requests in flight finish before it abandons ingest work and drops connections */
  shutdownGrace?: number;
  /** how far a search is counted (SEARCH_CAP): a test's own, smaller than its corpus */
  searchCap?: number;
  version?: string;
}

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
export const DEFAULT_SHUTDOWN_GRACE = 5000;

// The page loads only its own files: no inline script or handler, no other origin, never in a frame.
// Leaflet positions its layers through element.style, which a CSP without 'unsafe-inline' still allows.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]'];

const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
const require = createRequire(import.meta.url);
const packageDir = (file: string): string => dirname(require.resolve(file));

// URL prefix → folder of an npm package whose files the page loads
const VENDOR: Array<[string, string]> = [
  ['/vendor/leaflet/', packageDir('leaflet/dist/leaflet.js')],
  ['/vendor/markercluster/', packageDir('leaflet.markercluster/dist/leaflet.markercluster.js')],
  ['/vendor/topojson/', packageDir('topojson-client/dist/topojson-client.min.js')],
  ['/vendor/world-atlas/', packageDir('world-atlas/countries-50m.json')],
];

export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT });
  const ingest = o.token ? { token: o.token, work: new IngestWork(o.store, { ...DEFAULT_INGEST_LIMITS, ...o.ingest }) } : undefined;
  // a page on another site can point its own name at 127.0.0.1 (DNS rebinding) and read the API with
  // it; the name in Host is the one thing such a request cannot choose
  app.addHook('onRequest', async (req, reply) => {
    if (!hostAllowed(req.headers.host, req.socket.localPort, o.allowedHosts ?? [])) {
      const host = (req.headers.host ?? '').slice(0, 100);
      return reply.code(421).send({ error: 'unknown_host', message: `Host "${host}" is not a name this server answers to: start it with --allowed-host ${host.replace(/:\d+$/, '') || 'NAME'} to answer it` });
    }
  });
  let closing = false;
  app.addHook('onSend', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
    // a kept-alive connection would hold app.close() open until the client lets go
    if (closing) reply.header('connection', 'close');
  });
  // app.close() stops listening at once and waits for the requests in flight; past the grace, ingest
  // work is abandoned (each request answered 503, nothing half-stored) and connections still open dropped
  let deadline: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    const abandonInFlight = async () => {
      await ingest?.work.abandon();
      // after the turn in which the abandoned requests' answers are written
      setImmediate(() => app.server.closeAllConnections());
    };
    deadline = setTimeout(() => void abandonInFlight(), o.shutdownGrace ?? DEFAULT_SHUTDOWN_GRACE);
  });
  app.addHook('onClose', async () => {
    clearTimeout(deadline);
    await ingest?.work.close();
  });
  // bodies are read as bytes and sniffed like files, whatever the client says they are
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err instanceof BadParameter) return reply.code(400).send({ error: 'bad_parameter', parameter: err.parameter, message: err.message });
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const message = status === 413 ? `request body is larger than ${o.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes` : err.message;
    return reply.code(status).send({ error: status === 500 ? 'internal' : (err.code ?? 'bad_request'), message });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` }));

  apiRoutes(app, o.store, o.searchCap);
  acledRoutes(app, o.store);
  ingestRoute(app, ingest);
  app.get('/api/status', async () => {
    if (!ingest) return { ingest: null };
    const { requests, extracting, limits } = ingest.work;
    return { ingest: { requests, extracting, queue_limit: limits.queue, workers: limits.workers, article_limit: limits.articleBytes, body_limit: o.bodyLimit ?? DEFAULT_BODY_LIMIT } };
  });
  const openapi = openApiDocument(o.version ?? '0.0.0');
  app.get('/api/openapi.json', async () => openapi);

  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: '/' });
  for (const [prefix, root] of VENDOR) await app.register(fastifyStatic, { root, prefix, decorateReply: false });
  return app;
}

/** Host is a local name on the port the request came in on, or one of `allowed` (`name`: any port; `name:port`). */
function hostAllowed(host: string | undefined, localPort: number | undefined, allowed: string[]): boolean {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec((host ?? '').toLowerCase());
  if (!m || !m[1]) return false;
  const [, name, port = '80'] = m;
  if (LOCAL_NAMES.includes(name) && Number(port) === localPort) return true;
  return allowed.some((a) => {
    const [allowedName, allowedPort] = a.toLowerCase().split(/:(?=\d+$)/);
    return allowedName === name && (allowedPort === undefined || allowedPort === port);
  });
}
