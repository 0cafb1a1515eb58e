import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { buildServer } from '../serve/server.js';
import { UsageError } from './errors.js';
import { isServerUrl } from '../store/open.js';
import { openStore, positiveInt } from './shared.js';

export interface ServeOptions {
  db: string; port: string; host: string; allowedHost: string[]; allowHost: string[]; token?: string; tokenFile?: string;
  bodyLimit: string; articleLimit: string; ingestQueue: string; workers: string; shutdownGrace: string;
}

export async function runServe(o: ServeOptions): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number 0–65535, got "${o.port}"`);
  const grace = Number(o.shutdownGrace);
  if (o.shutdownGrace.trim() === '' || !Number.isFinite(grace) || grace < 0) throw new UsageError(`--shutdown-grace must be a number of seconds ≥ 0, got "${o.shutdownGrace}"`);
  const token = readToken(o);
  // a read-only server over a file that does not exist would only ever show an empty map
  if (!isServerUrl(o.db) && !existsSync(o.db) && !token) throw new UsageError(`no database at ${o.db}: run \`sitrep ingest\` first, or start with --token-file to accept articles over HTTP`);
  if (o.token !== undefined) process.stderr.write('sitrep: warning: --token is visible to every user of this machine in ps: use --token-file or SITREP_TOKEN\n');
  const bodyLimit = positiveInt(o.bodyLimit, '--body-limit');
  const ingest = { articleBytes: positiveInt(o.articleLimit, '--article-limit'), queue: positiveInt(o.ingestQueue, '--ingest-queue'), workers: positiveInt(o.workers, '--workers') };
  // the address listened on is a name clients may use; a wildcard address is not
  const listened = ['0.0.0.0', '::'].includes(o.host) ? [] : [o.host.includes(':') ? `[${o.host}]` : o.host];
  // without a token nothing is written, so a read-only file can be served and nothing is created; a
  // SQLite file is read in a thread per core (up to 4), so a long read never holds up the event loop
  const store = await openStore(o.db, { readonly: !token, readThreads: Math.min(4, availableParallelism()) });
  const app = await buildServer({ store, token, bodyLimit, ingest, allowedHosts: [...listened, ...o.allowedHost, ...o.allowHost], shutdownGrace: grace * 1000, version: '0.1.0' });
  try {
    await app.listen({ port, host: o.host });
  } catch (err) {
    await store.close();
    throw new UsageError(`cannot listen on ${o.host}:${port}: ${(err as Error).message}`);
  }
  // a second signal is not caught: it ends the process at once, which SQLite's WAL journal survives
  const stop = (signal: string) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.stderr.write(`sitrep: ${signal}: stopping; requests in flight have ${grace} s to finish\n`);
    void app.close().then(() => store.close()).then(() => process.exit(0));
  };
  // caught before the line below says the server is up: whoever reads it may signal at once
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stderr.write(`sitrep: serving ${store.name} at http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${actual}/ ` +
    `(API at /api/events, ${token ? 'POST /api/articles open with the token' : 'read-only'}); Ctrl-C stops\n`);
}

/** --token, --token-file or SITREP_TOKEN, in that order; a token file's trailing newline is not part of it. */
function readToken(o: ServeOptions): string | undefined {
  if (o.token !== undefined && o.tokenFile !== undefined) throw new UsageError('give --token-file or --token, not both');
  if (o.tokenFile === undefined) return o.token ?? (process.env.SITREP_TOKEN || undefined);
  let text: string;
  try {
    text = readFileSync(o.tokenFile, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read --token-file ${o.tokenFile}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  }
  const token = text.trim();
  if (token === '' || /\s/.test(token)) throw new UsageError(`--token-file ${o.tokenFile} must hold the token alone on one line`);
  return token;
}
