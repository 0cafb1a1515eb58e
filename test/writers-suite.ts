// Several processes writing one database at once: CLI ingests side by side, a server taking POSTs while
// a CLI ingests, a writer killed mid-run. After each, the database must be what one serial ingest of
// the same articles gives: every article once, every event's num_sources equal to the articles of its
// reports, and the same export. Run over SQLite (concurrent-writers.test.ts) and PostgreSQL
// (pg-writers.test.ts): the processes reach either by --db alone.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Everything a test needs of a kind of database beside the CLI, which reaches it by its --db value alone. */
export interface WriterTarget {
  /** a new database's --db value (a file not yet there, or a URL of an empty database) */
  fresh(name: string): Promise<string>;
  /** rows of SQL that both kinds read alike */
  query<T>(db: string, sql: string): Promise<T[]>;
  /** what the database itself finds wrong with its own structure, if it can look */
  integrity(db: string): Promise<string[]>;
  /** drops what `fresh` made */
  cleanup(): Promise<void>;
}

/** Rows that disagree with each other, whatever the articles: each one a sign of a merge computed from stale reads or half a write. */
async function brokenRows(target: WriterTarget, db: string): Promise<string[]> {
  const events = await target.query<{ id: string; num_sources: number; data: string }>(db, 'SELECT id, num_sources, data FROM events');
  const reports = await target.query<{ event_id: string; article_id: string }>(db, 'SELECT event_id, article_id FROM reports');
  const articles = new Set((await target.query<{ id: string }>(db, 'SELECT id FROM articles')).map((a) => a.id));
  const tallies = await target.query<{ article_id: string }>(db, 'SELECT article_id FROM tallies');
  const articlesOf = new Map<string, Set<string>>();
  for (const r of reports) articlesOf.set(r.event_id, (articlesOf.get(r.event_id) ?? new Set()).add(r.article_id));
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort().join(',');
  const problems: Array<[string, number]> = [
    ['events whose num_sources is not the number of articles of their reports', events.filter((e) => {
      const json = JSON.parse(e.data) as { num_sources: number };
      return e.num_sources !== (articlesOf.get(e.id)?.size ?? 0) || json.num_sources !== e.num_sources;
    }).length],
    ['events whose sources name other articles than their reports', events.filter((e) =>
      sorted((JSON.parse(e.data) as { sources: Array<{ article_id: string }> }).sources.map((s) => s.article_id)) !== sorted(articlesOf.get(e.id) ?? [])).length],
    ['reports whose event is missing', reports.filter((r) => !events.some((e) => e.id === r.event_id)).length],
    ['events without a report', events.filter((e) => !articlesOf.has(e.id)).length],
    ['reports or tallies without their article', [...reports, ...tallies].filter((r) => !articles.has(r.article_id)).length],
  ];
  return [...(await target.integrity(db)), ...problems.filter(([, k]) => k > 0).map(([what, k]) => `${k} ${what}`)];
}

/** The concurrent-writer tests on databases of one kind (skipped, with the suite's name, when it is null). */
export function runWriterTests(kind: string, target: WriterTarget | null): void {
  (target ? describe : describe.skip)(`concurrent writers on one ${kind} database`, () => {
    const t = target!;
    const items = corpusItems();
    let serial: { db: string; reports: Record<string, number>; export: unknown };

    const storedArticles = async (db: string): Promise<number> => (await t.query<{ n: number }>(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM articles'))[0]!.n;
    const reportsPerArticle = async (db: string): Promise<Record<string, number>> => Object.fromEntries(
      (await t.query<{ id: string; n: number }>(db, 'SELECT a.id, CAST(count(r.id) AS INTEGER) AS n FROM articles a LEFT JOIN reports r ON r.article_id = a.id GROUP BY a.id')).map((r) => [r.id, r.n]));

    /** The invariants every test ends on: the database holds the union of what was written, as one serial ingest of it leaves it. */
    async function expectSameAsSerial(db: string): Promise<void> {
      expect(await brokenRows(t, db)).toEqual([]);
      expect(await reportsPerArticle(db)).toEqual(serial.reports); // every article once, each with all of its reports
      expect(exported(db)).toEqual(serial.export);
    }

    afterAll(() => t.cleanup());

    beforeAll(async () => {
      const db = await t.fresh('serial');
      const run = sitrep(['ingest', folder('all', items), '--db', db, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      serial = { db, reports: await reportsPerArticle(db), export: exported(db) };
      expect(Object.keys(serial.reports)).toHaveLength(items.length);
      expect(await brokenRows(t, db)).toEqual([]);
    }, 120_000);

    const copies = (...wanted: number[]) => items.filter((item) => wanted.includes(item.copy));

    it('two CLI writers on overlapping copies of the same stories', async () => {
      const db = await t.fresh('two');
      const runs = await Promise.all([ingest(folder('a', copies(0, 1)), db).done, ingest(folder('b', copies(1, 2)), db).done]);
      runs.forEach(expectClean);
      await expectSameAsSerial(db);
    }, 120_000);

    it('four CLI writers, one copy each and one with every copy of half the stories, shuffled, on a database none of them found', async () => {
      const db = await t.fresh('four');
      const runs = await Promise.all([
        ingest(folder('copy0', copies(0)), db).done,
        ingest(folder('copy1', copies(1)), db).done,
        ingest(folder('copy2', copies(2)), db).done,
        ingest(folder('half', shuffled(items.slice(0, Math.floor(items.length / 2)), 7)), db).done,
      ]);
      runs.forEach(expectClean);
      // each article stored by exactly one writer, the others counting it as already stored
      expect(runs.map(counts).reduce((sum, c) => sum + c.stored, 0)).toBe(items.length);
      await expectSameAsSerial(db);
    }, 120_000);

    it('three copies of one folder at once: every article is stored once and the others call it already stored, not a different text', async () => {
      const db = await t.fresh('same');
      const dir = folder('same', items);
      const runs = await Promise.all([ingest(dir, db).done, ingest(dir, db).done, ingest(dir, db).done]);
      runs.forEach(expectClean);
      const stored = runs.map(counts);
      expect(stored.reduce((sum, c) => sum + c.stored, 0)).toBe(items.length);
      for (const c of stored) expect(c.stored + c.already).toBe(items.length);
      await expectSameAsSerial(db);
    }, 120_000);

    it('a server taking POSTs while a CLI ingest writes: every POST answered 200, nothing lost or doubled', async () => {
      const db = await t.fresh('served');
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
      await expectSameAsSerial(db);
    }, 120_000);

    it('a writer killed mid-run beside another one leaves whole articles only, and re-running it completes the set', async () => {
      const db = await t.fresh('killed');
      // the victim has a copy to itself, so its kill leaves articles missing
      const victimDir = folder('victim', copies(0, 1));
      const victim = ingest(victimDir, db);
      const survivor = ingest(folder('survivor', copies(1, 2)), db).done;
      let articles = 0;
      while (articles < items.length / 3 && victim.child.exitCode === null) {
        await sleep(5);
        try {
          articles = await storedArticles(db);
        } catch {
          // the database or its tables are not there yet
        }
      }
      victim.child.kill('SIGKILL');
      expect((await victim.done).signal).toBe('SIGKILL');
      expectClean(await survivor);
      expect(await brokenRows(t, db)).toEqual([]);
      const missing = items.length - (await storedArticles(db));
      expect(missing).toBeGreaterThan(0);

      const rerun = await ingest(victimDir, db).done;
      expectClean(rerun);
      expect(counts(rerun).stored).toBe(missing);
      await expectSameAsSerial(db);
    }, 120_000);
  });
}
