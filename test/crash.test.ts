// Crash safety: an ingest killed with SIGKILL at any point leaves a database that opens, passes
// `PRAGMA integrity_check` and holds only whole articles; re-running the ingest then completes the set
// exactly as one uninterrupted run does.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, REAL, sitrep, tmp } from './helpers.js';

const KILLS = 16;
const COPIES = 5;

/** The dev corpus, each article copied with its own id and a distinct last line so every copy is a new article that merges into the same events. */
function buildCorpus(): string {
  const dir = join(tmp('sitrep-crash-'), 'articles');
  mkdirSync(dir);
  const devDir = join(REAL, 'articles');
  for (const file of readdirSync(devDir).sort()) {
    const article = JSON.parse(readFileSync(join(devDir, file), 'utf8'));
    for (let copy = 0; copy < COPIES; copy++) {
      writeFileSync(join(dir, `c${copy}-${file}`), JSON.stringify({ ...article, id: `${article.id}-c${copy}`, text: `${article.text}\n\nFiled by desk ${copy}.` }));
    }
  }
  return dir;
}

function ingest(corpus: string, db: string) {
  return spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
}

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0; // the schema is not created yet
  } finally {
    conn.close();
  }
}

/** Starts an ingest and kills it once the database exists and `target` articles are stored (plus a varying few milliseconds, to land inside a transaction or between two); true if the kill interrupted it. */
async function ingestAndKill(corpus: string, db: string, target: number, extraMs: number): Promise<boolean> {
  const child = ingest(corpus, db);
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    if (existsSync(db) && storedArticles(db) >= target) break;
    await sleep(5);
  }
  if (running) {
    await sleep(extraMs);
    child.kill('SIGKILL');
  }
  return (await exited) === 'SIGKILL';
}

function tablesOf(conn: Database.Database): string[] {
  return (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
}

/** Rows that betray a half-written article: reports, tallies or events missing or orphaned. */
function brokenRows(db: string, clean: { tables: string[]; reportsPerArticle: Map<string, number> }): string[] {
  // opened read-write, as sitrep opens it: a run killed in its first write leaves a hot journal that only a writer may roll back
  const conn = new Database(db);
  try {
    const problems: string[] = [];
    const integrity = conn.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    // a run killed while it creates the schema (one statement at a time, re-run by the next open) may
    // leave some of the tables: whole as long as they are all empty
    const tables = tablesOf(conn);
    if (tables.join() !== clean.tables.join()) {
      const filled = tables.filter((t) => t !== 'meta' && (conn.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n > 0);
      return filled.length ? [...problems, `rows in ${filled.join(', ')} before the schema was complete`] : problems;
    }
    for (const [id, n] of reportCounts(db)) {
      const expected = clean.reportsPerArticle.get(id);
      if (n !== expected) problems.push(`article ${id} has ${n} report(s), a clean run stores ${expected}`);
    }
    const orphans = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    if (orphans('SELECT count(*) AS n FROM reports WHERE article_id NOT IN (SELECT id FROM articles)')) problems.push('reports without their article');
    if (orphans('SELECT count(*) AS n FROM tallies WHERE article_id NOT IN (SELECT id FROM articles)')) problems.push('tallies without their article');
    if (orphans('SELECT count(*) AS n FROM reports WHERE event_id NOT IN (SELECT id FROM events)')) problems.push('reports whose event is missing');
    if (orphans('SELECT count(*) AS n FROM events WHERE id NOT IN (SELECT event_id FROM reports)')) problems.push('events with no report');
    return problems;
  } finally {
    conn.close();
  }
}

function reportCounts(db: string): Map<string, number> {
  const conn = new Database(db);
  try {
    const rows = conn.prepare('SELECT a.id, count(r.id) AS n FROM articles a LEFT JOIN reports r ON r.article_id = a.id GROUP BY a.id').all() as Array<{ id: string; n: number }>;
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    conn.close();
  }
}

// to a file: the export of the real corpus, five times over, is larger than a pipe buffer spawnSync keeps
function exported(db: string): unknown {
  const file = join(tmp(), 'export.json');
  const run = sitrep(['export', '--db', db, '--format', 'json', '-o', file]);
  expect(run.status, run.stderr).toBe(0);
  const { generated: _when, ...doc } = JSON.parse(readFileSync(file, 'utf8'));
  return doc;
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during ingest and a re-run completes the set as one clean run does`, async () => {
    const corpus = buildCorpus();
    const total = readdirSync(corpus).length;
    const cleanDb = join(tmp(), 'clean.db');
    const cleanRun = sitrep(['ingest', corpus, '--db', cleanDb, '--quiet']);
    expect(cleanRun.status, cleanRun.stderr).toBe(0);
    const conn = new Database(cleanDb, { readonly: true });
    const clean = { tables: tablesOf(conn), reportsPerArticle: reportCounts(cleanDb) };
    conn.close();
    expect(clean.reportsPerArticle.size).toBe(total);

    const db = join(tmp(), 'killed.db');
    let interrupted = 0;
    for (let k = 0; k < KILLS; k++) {
      // the first run dies as the database is created, each later one after a few more articles
      const target = k * Math.floor(total / (KILLS + 4));
      if (await ingestAndKill(corpus, db, target, (k * 13) % 40)) interrupted++;
      expect(brokenRows(db, clean), `after kill ${k + 1}`).toEqual([]);
    }
    expect(interrupted).toBe(KILLS);
    expect(storedArticles(db)).toBeLessThan(total);

    const rerun = sitrep(['ingest', corpus, '--db', db]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/already stored/);
    expect(brokenRows(db, clean)).toEqual([]);
    expect(storedArticles(db)).toBe(total);
    expect(exported(db)).toEqual(exported(cleanDb));
  }, 240_000);
});
