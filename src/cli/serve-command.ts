import { existsSync } from 'node:fs';
import { buildServer, DEFAULT_BODY_LIMIT } from '../serve/server.js';
import { UsageError } from './errors.js';
import { openStore, positiveInt } from './shared.js';

export interface ServeOptions { db: string; port: string; host: string; token?: string; bodyLimit?: string }

export async function runServe(o: ServeOptions): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number 0–65535, got "${o.port}"`);
  const token = o.token ?? process.env.SITREP_TOKEN ?? undefined;
  // a read-only server over a file that does not exist would only ever show an empty map
  if (!existsSync(o.db) && !token) throw new UsageError(`no database at ${o.db}: run \`sitrep ingest\` first, or start with --token to accept articles over HTTP`);
  const bodyLimit = o.bodyLimit ? positiveInt(o.bodyLimit, '--body-limit') : DEFAULT_BODY_LIMIT;
  // without a token nothing is written, so a read-only file can be served and nothing is created
  const store = openStore(o.db, { readonly: !token });
  const app = await buildServer({ store, token, bodyLimit, version: '0.1.0' });
  try {
    await app.listen({ port, host: o.host });
  } catch (err) {
    store.close();
    throw new UsageError(`cannot listen on ${o.host}:${port}: ${(err as Error).message}`);
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stderr.write(`sitrep: serving ${o.db} at http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${actual}/ ` +
    `(API at /api/events, ${token ? 'POST /api/articles open with the token' : 'read-only'}); Ctrl-C stops\n`);
  const stop = () => void app.close().then(() => store.close()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
