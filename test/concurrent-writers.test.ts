// Several processes writing one SQLite database at once: CLI ingests side by side, a server taking
// POSTs while a CLI ingests, a writer killed mid-run. After each, the database must be what one serial
// ingest of the same articles gives: every article once, every event's num_sources equal to the
// articles of its reports, and the same export.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, SqliteStore } from '../src/store/sqlite-store.js';
import { BIN, REAL, ROOT, sitrep, startServe, tmp, shuffled } from './helpers.js';

interface Item { id: string; copy: number; json: string }

// each real article three times, with its own id and last line: the copies merge into the same events.
// Writers given different copies in the same order reach the same story at about the same time, and
// fold it into one event from several sides at once: where a merge read outside the write lock breaks.
const COPIES = 3;

/** Every copy, story by story. */
function corpusItems(): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync(join(REAL, 'articles')).sort()) {
    const article = JSON.parse(readFileSync(join(REAL, 'articles', file), 'utf8'));
    for (let copy = 0; copy < COPIES; copy++) {
      const id = `${article.id}-c${copy}`;
      items.push({ id, copy, json: JSON.stringify({ ...article, id, text: `${article.text}\n\nFiled by desk ${copy}.` }) });
    }
  }
  return items;
}

/** A folder of one file per article, named so that the CLI reads them in the order given. */
function folder(name: string, items: Item[]): string {
  const dir = join(tmp('sitrep-writers-'), name);
  mkdirSync(dir);
  items.forEach((item, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${item.id}.json`), item.json));
  return dir;
}


interface Run { code: number | null; signal: NodeJS.Signals | null; stderr: string }

function ingest(dir: string, db: string): { child: ReturnType<typeof spawn>; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return { child, done: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr }))) };
}

/** What a run must print: its summary and nothing else (no "locked", no false "different text"). */
function expectClean(run: Run): void {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr.trim().split('\n'), run.stderr).toEqual([expect.stringMatching(/^ingested \d+ article\(s\) from \d+ file\(s\)/)]);
}

/** What a run's summary line says it stored, and found already stored. */
function counts(run: Run): { stored: number; already: number } {
  return { stored: Number(/ingested (\d+) article/.exec(run.stderr)?.[1]), already: Number(/(\d+) already stored/.exec(run.stderr)?.[1] ?? 0) };
}

/** The JSON export without its time, events by id and their sources and the tallies in one order: writers interleave, rows do not. */
function exported(db: string): unknown {
  const file = join(tmp(), 'export.json');
  const run = sitrep(['export', '--db', db, '--format', 'json', '-o', file]);
  expect(run.status, run.stderr).toBe(0);
  const { generated: _when, events, tallies } = JSON.parse(readFileSync(file, 'utf8'));
  const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    events: (events as Array<{ id: string; sources: unknown[] }>).map((e) => ({ ...e, sources: [...e.sources].sort(byJson) })).sort((a, b) => a.id.localeCompare(b.id)),
    tallies: [...(tallies as unknown[])].sort(byJson),
  };
}

function query<T>(db: string, read: (conn: Database.Database) => T): T {
  const conn = new Database(db, { readonly: true });
  try {
    return read(conn);
  } finally {
    conn.close();
  }
}

const storedArticles = (db: string): number => query(db, (c) => (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);

const reportsPerArticle = (db: string): Record<string, number> => query(db, (c) => Object.fromEntries(
  (c.prepare('SELECT a.id, count(r.id) AS n FROM articles a LEFT JOIN reports r ON r.article_id = a.id GROUP BY a.id ORDER BY a.id').all() as Array<{ id: string; n: number }>).map((r) => [r.id, r.n])));

/** Rows that disagree with each other, whatever the articles: each one a sign of a merge computed from stale reads or half a write. */
function brokenRows(db: string): string[] {
  return query(db, (c) => {
    const n = (sql: string) => (c.prepare(sql).get() as { n: number }).n;
    const problems: Array<[string, number]> = [
      ['events whose num_sources is not the number of articles of their reports', n(`SELECT count(*) AS n FROM events e
        WHERE num_sources != (SELECT count(DISTINCT article_id) FROM reports r WHERE r.event_id = e.id)
           OR json_extract(data, '$.num_sources') != num_sources`)],
      ['events whose sources name other articles than their reports', n(`SELECT count(*) AS n FROM events e
        WHERE (SELECT group_concat(a, ',') FROM (SELECT DISTINCT json_extract(s.value, '$.article_id') AS a FROM json_each(e.data, '$.sources') s ORDER BY a))
           != (SELECT group_concat(a, ',') FROM (SELECT DISTINCT article_id AS a FROM reports r WHERE r.event_id = e.id ORDER BY a))`)],
      ['reports whose event is missing', n('SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)')],
      ['events without a report', n('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)')],
      ['reports or tallies without their article', n('SELECT (SELECT count(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)) + (SELECT count(*) FROM tallies WHERE article_id NOT IN (SELECT id FROM articles)) AS n')],
    ];
    const integrity = c.pragma('integrity_check', { simple: true });
    return [...(integrity === 'ok' ? [] : [`integrity_check: ${String(integrity)}`]), ...problems.filter(([, k]) => k > 0).map(([what, k]) => `${k} ${what}`)];
  });
}

describe('concurrent writers on one SQLite database', () => {
  const items = corpusItems();
  let serial: { db: string; reports: Record<string, number>; export: unknown };

  /** The invariants every test ends on: the database holds the union of what was written, as one serial ingest of it leaves it. */
  function expectSameAsSerial(db: string): void {
    expect(brokenRows(db)).toEqual([]);
    expect(reportsPerArticle(db)).toEqual(serial.reports); // every article once, each with all of its reports
    expect(exported(db)).toEqual(serial.export);
  }

  beforeAll(() => {
    const db = join(tmp(), 'serial.db');
    const run = sitrep(['ingest', folder('all', items), '--db', db, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    serial = { db, reports: reportsPerArticle(db), export: exported(db) };
    expect(Object.keys(serial.reports)).toHaveLength(items.length);
    expect(brokenRows(db)).toEqual([]);
  }, 60_000);

  const copies = (...wanted: number[]) => items.filter((item) => wanted.includes(item.copy));

  it('two CLI writers on overlapping copies of the same stories', async () => {
    const db = join(tmp(), 'two.db');
    const runs = await Promise.all([ingest(folder('a', copies(0, 1)), db).done, ingest(folder('b', copies(1, 2)), db).done]);
    runs.forEach(expectClean);
    expectSameAsSerial(db);
  }, 60_000);

  it('four CLI writers, one copy each and one with every copy of half the stories, shuffled, on a database none of them found', async () => {
    const db = join(tmp(), 'four.db');
    const runs = await Promise.all([
      ingest(folder('copy0', copies(0)), db).done,
      ingest(folder('copy1', copies(1)), db).done,
      ingest(folder('copy2', copies(2)), db).done,
      ingest(folder('half', shuffled(items.slice(0, Math.floor(items.length / 2)), 7)), db).done,
    ]);
    runs.forEach(expectClean);
    // each article stored by exactly one writer, the others counting it as already stored
    expect(runs.map(counts).reduce((sum, c) => sum + c.stored, 0)).toBe(items.length);
    expectSameAsSerial(db);
  }, 60_000);

  it('three copies of one folder at once: every article is stored once and the others call it already stored, not a different text', async () => {
    const db = join(tmp(), 'same.db');
    const dir = folder('same', items);
    const runs = await Promise.all([ingest(dir, db).done, ingest(dir, db).done, ingest(dir, db).done]);
    runs.forEach(expectClean);
    const stored = runs.map(counts);
    expect(stored.reduce((sum, c) => sum + c.stored, 0)).toBe(items.length);
    for (const c of stored) expect(c.stored + c.already).toBe(items.length);
    expectSameAsSerial(db);
  }, 60_000);

  it('a server taking POSTs while a CLI ingest writes: every POST answered 200, nothing lost or doubled', async () => {
    const db = join(tmp(), 'served.db');
    const server = await startServe(['--db', db, '--token', 'tok-writers']);
    try {
        // the CLI and the POSTs share a copy, three articles a body
      const cli = ingest(folder('cli', copies(0, 1)), db).done;
      const posted = copies(1, 2);
      const bodies: Item[][] = [];
      for (let i = 0; i < posted.length; i += 3) bodies.push(posted.slice(i, i + 3));
      const answers: Array<{ status: number; body: { items: Array<{ status: string }> } }> = [];
      // two clients at a time, as two analysts would post
      const client = async (mine: Item[][]) => {
        for (const body of mine) {
          const res = await fetch(`${server.url}/api/articles`, {
            method: 'POST', headers: { authorization: 'Bearer tok-writers', 'content-type': 'application/json' }, body: `[${body.map((b) => b.json).join(',')}]`,
          });
          answers.push({ status: res.status, body: await res.json() });
        }
      };
      await Promise.all([client(bodies.filter((_, i) => i % 2 === 0)), client(bodies.filter((_, i) => i % 2 === 1)), cli.then(expectClean)]);
      expect(answers.filter((a) => a.status !== 200).map((a) => JSON.stringify(a.body))).toEqual([]);
      expect(answers.flatMap((a) => a.body.items.map((i) => i.status)).filter((s) => s !== 'stored' && s !== 'already_stored')).toEqual([]);
    } finally {
      await server.stop();
    }
    expectSameAsSerial(db);
  }, 60_000);

  it('a writer killed mid-run beside another one leaves whole articles only, and re-running it completes the set', async () => {
    const db = join(tmp(), 'killed.db');
    // the victim has a copy to itself, so its kill leaves articles missing
    const victimDir = folder('victim', copies(0, 1));
    const victim = ingest(victimDir, db);
    const survivor = ingest(folder('survivor', copies(1, 2)), db).done;
    let articles = 0;
    while (articles < items.length / 3 && victim.child.exitCode === null) {
      await sleep(5);
      try {
        articles = storedArticles(db);
      } catch {
        // the database or its tables are not there yet
      }
    }
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');
    expectClean(await survivor);
    expect(brokenRows(db)).toEqual([]);
    const missing = items.length - storedArticles(db);
    expect(missing).toBeGreaterThan(0);

    const rerun = await ingest(victimDir, db).done;
    expectClean(rerun);
    expect(counts(rerun).stored).toBe(missing);
    expectSameAsSerial(db);
  }, 60_000);
});

describe('a writer that finds the write lock taken', () => {
  it('waits past SQLite\'s own wait and writes once the other process lets go, seeing what it wrote', async () => {
    const db = join(tmp(), 'held.db');
    const store = new SqliteStore(db);
    try {
      // another process takes the write lock, stores an article, and holds on longer than SQLite waits
      const holder = spawn(process.execPath, ['-e', `
        const db = new (require('better-sqlite3'))(${JSON.stringify(db)});
        db.prepare('BEGIN IMMEDIATE').run();
        db.prepare("INSERT INTO articles (id, hash, published, ingested_at) VALUES ('held', 'held-hash', '2024-05-14', '')").run();
        process.stdout.write('locked\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${BUSY_TIMEOUT_MS + 1500});
        db.prepare('COMMIT').run();
      `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise((done) => holder.once('exit', done));
      await new Promise((locked) => holder.stdout.once('data', locked));
      expect(store.writeTransaction(() => store.hasArticle('held-hash'))).toBe(true);
      expect(await exited).toBe(0);
    } finally {
      store.close();
    }
  }, 30_000);
});
