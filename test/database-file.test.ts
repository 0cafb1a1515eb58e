// What sitrep does with the file --db names: commands that only read never create, change or lock it
// for writing, and a file that is not a sitrep database is refused in one line by every command.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sitrep, tmp } from './helpers.js';

const NOBODY = 65534;
// root may write any file whatever its mode: the read-only case runs the CLI as nobody
const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** One line on stderr and nothing else. */
function expectOneLine(run: { status: number | null; stderr: string }, status: number, line: RegExp): void {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stderr.trim().split('\n'), run.stderr).toEqual([expect.stringMatching(line)]);
}

/** `sitrep serve` over a database; resolves with its URL, or with its exit code and stderr if it stops first. */
function serve(args: string[], as: object = {}): Promise<{ url?: string; status?: number | null; stderr: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], ...as });
  let stderr = '';
  const stop = () => void child.kill('SIGTERM');
  return new Promise((resolve) => {
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const url = /serving .* at (http:\/\/\S+?)\/? /.exec(stderr)?.[1];
      if (url) resolve({ url, stderr, stop });
    });
    child.once('exit', (status) => resolve({ status, stderr, stop }));
  });
}

describe('the database file', () => {
  it('a command that only reads, given a file that does not exist, says so in one line and creates nothing', async () => {
    const dir = tmp();
    const db = join(dir, 'typo.db');
    const missing = new RegExp(`^sitrep: no database at ${db}: check --db, or create it with \`sitrep ingest FILES --db ${db}\`$`);
    for (const args of [['events'], ['export', '--format', 'json'], ['show', 'ev-123'], ['tally']]) {
      expectOneLine(sitrep([...args, '--db', db]), 2, missing);
    }
    const served = await serve(['--db', db]);
    expect(served.status, served.stderr).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("another program's SQLite file is refused by every command, reading or writing, and left byte for byte as it was", async () => {
    const dir = tmp();
    const db = join(dir, 'other.db');
    const other = new Database(db);
    other.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Ada');");
    other.close();
    const before = sha(db);
    const refused = /^sitrep: cannot open database .*other\.db: is not a sitrep database \(it holds people, not sitrep's tables\): left unchanged$/;
    expectOneLine(sitrep(['ingest', 'samples', '--db', db]), 2, refused);
    for (const args of [['events'], ['export', '--format', 'csv'], ['show', 'ev-123'], ['tally']]) expectOneLine(sitrep([...args, '--db', db]), 2, refused);
    const tokenFile = join(tmp(), 'token');
    writeFileSync(tokenFile, 'tok-other\n', { mode: 0o600 });
    for (const args of [['--db', db], ['--db', db, '--token-file', tokenFile]]) {
      const served = await serve(args);
      served.stop();
      expect(served.status, served.stderr).toBe(2);
      expect(served.stderr.trim()).toMatch(refused);
    }
    expect(sha(db)).toBe(before);
    expect(readdirSync(dir)).toEqual(['other.db']); // no journal left beside it either

    const text = join(dir, 'notes.db');
    writeFileSync(text, 'shopping list: eggs, flour, milk and a few more things to make it longer than a page header');
    expectOneLine(sitrep(['ingest', 'samples', '--db', text]), 2, /^sitrep: cannot open database .*notes\.db: is not a SQLite database$/);
    expectOneLine(sitrep(['events', '--db', text]), 2, /^sitrep: cannot open database .*notes\.db: is not a SQLite database$/);
  });

  it('a read-only database file is read by events, export, show and tally and served, and refused by ingest in one line', async () => {
    const dir = tmp();
    chmodSync(dir, 0o777);
    const db = join(dir, 'archive.db');
    expect(sitrep(['ingest', 'samples', '--db', db, '-q']).status).toBe(0);
    chmodSync(db, 0o444);
    const before = sha(db);

    const events = sitrep(['events', '--db', db, '--format', 'json'], undefined, asUser);
    expect(events.status, events.stderr).toBe(0);
    const ids = JSON.parse(events.stdout).events.map((e: { id: string }) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    const read = (args: string[]): string => {
      const run = sitrep([...args, '--db', db], undefined, asUser);
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(0);
      return run.stdout;
    };
    expect(JSON.parse(read(['export', '--format', 'json'])).events.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(read(['show', ids[0]])).toMatch(new RegExp(`^${ids[0]} `));
    expect(read(['tally'])).toContain('103 attacks against its troops');
    const served = await serve(['--db', db], asUser);
    try {
      expect(served.url, served.stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await (await fetch(`${served.url}/api/events?limit=10000`)).json();
      expect(page.events.map((e: { id: string }) => e.id)).toEqual(ids);
    } finally {
      served.stop();
    }
    expectOneLine(sitrep(['ingest', join(ROOT, 'test', 'fixtures', 'good', 'gao-ambush.txt'), '--db', db], undefined, asUser), 2,
      /^sitrep: cannot open database .*archive\.db: is read-only: it can be read \(events, export, show, tally, serve without a token\) but not written$/);
    expect(sha(db)).toBe(before);
  });
});

describe('names the server answers to', () => {
  const status = (url: string, host: string) => new Promise<number>((resolve, reject) => {
    const u = new URL('/api/status', url);
    request({ hostname: u.hostname, port: u.port, path: u.pathname, headers: { Host: host } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', reject).end();
  });
  it('--allowed-host adds a name (and --allow-host, its earlier spelling, still does); any other is 421', async () => {
    const db = join(tmp(), 'hosts.db');
    expect(sitrep(['ingest', 'samples', '--db', db]).status).toBe(0);
    for (const flag of ['--allowed-host', '--allow-host']) {
      const served = await serve(['--db', db, flag, 'sitrep.lan']);
      try {
        expect(served.url, served.stderr).toBeDefined();
        expect(await status(served.url!, 'sitrep.lan')).toBe(200);
        expect(await status(served.url!, 'evil.example')).toBe(421);
      } finally {
        served.stop();
      }
    }
  });
});
