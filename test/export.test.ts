// `sitrep export` and GET /api/export.*: streamed a batch at a time, yet the same bytes as the whole
// document built in memory; a write that fails is an error, and never leaves a cut-off file in place
// of the old one.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv, toGeoJson, toJsonDocument } from '../src/export/formats.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { BIN, REAL, ROOT, sitrep, tmp } from './helpers.js';

const NOBODY = 65534;
// the generation time is the one thing two exports of one database differ by
const masked = (text: string) => text.replace(/"generated": ?"[^"]*"/, '"generated":"-"');

const dir = tmp();
const db = join(dir, 'export.db');
let whole: Record<'json' | 'csv' | 'geojson' | 'compact' | 'compactGeo', string>;

beforeAll(async () => {
  const store = await SqliteStore.open(db);
  await ingestPaths([join(REAL, 'articles')], store);
  const doc = toJsonDocument(await store.events(), await store.tallies());
  const stored = await store.storedEvents();
  whole = {
    json: JSON.stringify(doc, null, 2) + '\n', csv: toCsv(stored), geojson: JSON.stringify(toGeoJson(stored), null, 2) + '\n',
    compact: JSON.stringify(doc), compactGeo: JSON.stringify(toGeoJson(stored)),
  };
  await store.close();
  // the read-only case runs the CLI as nobody, who must reach the database
  chmodSync(dir, 0o777);
}, 120_000);

/** One line on stderr and nothing else. */
function expectOneLine(run: { status: number | null; stderr: string }, status: number, line: RegExp): void {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stderr.trim().split('\n'), run.stderr).toEqual([expect.stringMatching(line)]);
}

/** The CLI under the shell's file size limit (bash's ulimit -f counts KB): a disk that fills up. */
const withSizeLimit = (blocks: number, args: string[], redirect = '') =>
  spawnSync('bash', ['-c', `ulimit -f ${blocks}; exec "$0" "$@" ${redirect}`, process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('sitrep export', () => {
  it('writes to stdout and to a file the bytes of the whole document', () => {
    for (const format of ['json', 'csv', 'geojson'] as const) {
      const out = join(dir, `out.${format}`);
      const run = sitrep(['export', '--db', db, '--format', format]);
      expect(run.status, run.stderr).toBe(0);
      expect(masked(run.stdout)).toBe(masked(whole[format]));
      expect(sitrep(['export', '--db', db, '--format', format, '-o', out]).status).toBe(0);
      expect(masked(readFileSync(out, 'utf8'))).toBe(masked(whole[format]));
    }
    expect(whole.json.length).toBeGreaterThan(100_000);
  });

  it('-o: a write that fails midway (a full disk) leaves the old file as it was, and no temporary file', () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'the old export\n');
    expectOneLine(withSizeLimit(64, ['export', '--db', db, '--format', 'json', '-o', out]), 1, /^sitrep: cannot write .*kept\.json: file too large$/);
    expect(readFileSync(out, 'utf8')).toBe('the old export\n');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('-o onto a read-only file leaves it as it was', () => {
    const out = join(dir, 'read-only.csv');
    writeFileSync(out, 'the old export\n');
    chmodSync(out, 0o444);
    // root may write any file whatever its mode: run the CLI as nobody
    const as = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    expectOneLine(sitrep(['export', '--db', db, '--format', 'csv', '-o', out], undefined, as), 2, /^sitrep: cannot write .*read-only\.csv: permission denied$/);
    expect(readFileSync(out, 'utf8')).toBe('the old export\n');
  });

  it('stdout: a write that fails is an error with one line, not a quiet exit 0', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expectOneLine(run, 1, /^sitrep: cannot write to stdout: no space left on device$/);
    } finally {
      closeSync(full);
    }
    // a file that stops growing partway: before, the short write was dropped and the export "succeeded"
    const out = join(dir, 'redirected.json');
    expectOneLine(withSizeLimit(64, ['export', '--db', db, '--format', 'json'], `> ${out}`), 1, /^sitrep: cannot write to stdout: file too large$/);
  });

  it('stdout: a reader that goes away (| head) ends the export quietly with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--db', db, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.once('exit', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('GET /api/export.*', () => {
  let store: SqliteStore;
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    store = await SqliteStore.open(db, { readonly: true });
    app = await buildServer({ store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('streams the bytes of the whole document, with the types it had', async () => {
    for (const [path, type, expected] of [
      ['/api/export.json', 'application/json; charset=utf-8', whole.compact],
      ['/api/export.csv', 'text/csv; charset=utf-8', whole.csv],
      ['/api/export.geojson', 'application/geo+json; charset=utf-8', whole.compactGeo],
    ] as const) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(masked(await res.text())).toBe(masked(expected));
    }
    expect((await fetch(`${base}/api/export.json?country=XYZ`)).status).toBe(400);
  });

  it('a client that goes away midway leaves the server answering', async () => {
    const aborted = new AbortController();
    const res = await fetch(base + '/api/export.json', { signal: aborted.signal });
    await res.body!.getReader().read();
    aborted.abort();
    const next = await fetch(base + '/api/events?limit=1');
    expect(next.status).toBe(200);
  });
});
