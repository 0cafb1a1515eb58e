// The OpenAPI document as a real server serves it, held to `redocly lint` (its recommended rules) and
// to the routes the server really has. Redocly runs offline: no telemetry, no update check.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { tmp } from './helpers.js';

const REDOCLY = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
}

interface Document {
  paths: Record<string, Record<string, { operationId?: string; parameters?: Array<{ name: string; schema: { format?: string } }>; responses: Record<string, unknown> }>>;
}

let store: SqliteStore;
let app: FastifyInstance;
let served: Document;
let base: string;
const dir = tmp();

beforeAll(async () => {
  store = await SqliteStore.open(join(dir, 'empty.db'));
  app = await buildServer({ store, token: 'secret', version: '1.2.3', bodyLimit: 1000 });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  served = (await (await fetch(`${base}/api/openapi.json`)).json()) as Document;
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function redoclyLint(file: string): Promise<LintReport> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  // lint exits 1 when it finds errors; the report on stdout is what the test reads either way
  const { stdout } = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--format', 'json'], { env, cwd: dir }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
}

const operations = (doc: Document) => Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

describe('GET /api/openapi.json', () => {
  it('passes redocly lint with no error and no warning', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(served));
    const report = await redoclyLint(file);
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('describes only routes the server has, each with an operationId, the Host check and the error handler', () => {
    const ops = operations(served);
    expect(ops.length).toBeGreaterThanOrEqual(10);
    for (const { path, method, op } of ops) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      expect(app.hasRoute({ method: method.toUpperCase(), url }), `${method} ${path}`).toBe(true);
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['200', '421', '500']));
    }
    expect(new Set(ops.map((o) => o.op.operationId)).size).toBe(ops.length);
  });

  it('marks every day parameter format: date', () => {
    // the change feed's since is a moment (Unix seconds, a day or a time), not a day
    const days = operations(served).filter(({ op }) => op.operationId !== 'listChanges').flatMap(({ op }) => (op.parameters ?? []).filter((p) => ['since', 'until', 'published'].includes(p.name)));
    expect(days.length).toBeGreaterThanOrEqual(13); // since and until on six reads, published on the POST
    for (const p of days) expect(p.schema.format, p.name).toBe('date');
  });

  it('lists the status each refused request really gets', async () => {
    const auth = { authorization: 'Bearer secret' };
    const cases: Array<[string, string, string, RequestInit?]> = [
      ['/api/events', 'get', '/api/events?min_sources=0'],
      ['/api/events/{id}', 'get', '/api/events/ev-none'],
      ['/api/acled/read', 'get', '/api/acled/read?event_date=2023-02-30'],
      ['/api/changes', 'get', '/api/changes'],
      ['/api/tallies', 'get', '/api/tallies?since=2023-02-30'],
      ['/api/stats', 'get', '/api/stats?bogus=1'],
      ['/api/export.csv', 'get', '/api/export.csv?bbox=1,2'],
      ['/api/articles', 'post', '/api/articles', { method: 'POST', body: 'x' }],
      ['/api/articles', 'post', '/api/articles?published=2023-02-30', { method: 'POST', headers: auth, body: 'x' }],
      ['/api/articles', 'post', '/api/articles', { method: 'POST', headers: { ...auth, 'content-type': ';;' }, body: 'x' }],
      ['/api/articles', 'post', '/api/articles', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: 'x'.repeat(2000) }],
    ];
    const seen = new Set<number>();
    for (const [path, method, url, init] of cases) {
      const res = await fetch(base + url, init);
      seen.add(res.status);
      expect(Object.keys(served.paths[path]![method]!.responses), `${method.toUpperCase()} ${url}`).toContain(String(res.status));
      expect(res.headers.get('content-type'), url).toMatch(/^application\/json/);
    }
    expect([...seen].sort()).toEqual([400, 401, 404, 413, 415]);
  });
});
