// A CLI ingest writing while `sitrep serve` answers queries (and takes a POST) on the same database:
// no SQLITE_BUSY reaches anyone, and no reader ever sees half of an article's write.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ExportDocument } from '../src/types.js';
import { BIN, ROOT, REAL, sitrep, startServe, tmp } from './helpers.js';

/** Invariants that a half-written article would break, read in one snapshot by an outside connection. */
function brokenInvariants(db: Database.Database): string[] {
  return db.transaction(() => {
    const q = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const problems: Array<[string, number]> = [
      ['reports whose event is missing', q('SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)')],
      ['events without a report', q('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)')],
      ['reports whose article is missing', q('SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)')],
      ['tallies whose article is missing', q('SELECT count(*) AS n FROM tallies t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)')],
    ];
    return problems.filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`);
  }).deferred();
}

describe('serve and ingest on one database', () => {
  it('answers every query while a CLI ingest and a POST write, and never shows a half-written article', async () => {
    const dir = tmp();
    const db = join(dir, 'shared.db');
    expect(sitrep(['ingest', 'samples', '--db', db, '-q']).status).toBe(0);
    // many small files, so the ingest commits many times while the server reads
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const src of [join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles'), join(ROOT, 'test', 'merge-corpus', 'articles')]) {
      for (const f of readdirSync(src)) cpSync(join(src, f), join(corpus, `${src.split('/').at(-2)}-${f}`));
    }
    const server = await startServe(['--db', db, '--token', 'tok-concurrency']);
    const reader = new Database(db, { readonly: true });
    const failures: string[] = [];
    let queries = 0;
    const seenCounts = new Set<number>(); // article counts seen mid-ingest: proof the reads overlapped writes
    try {
      const ingest = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '-q'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let ingestErr = '';
      ingest.stderr.setEncoding('utf8').on('data', (d: string) => (ingestErr += d));
      const done = new Promise<number | null>((resolve) => ingest.once('exit', resolve));
      let finished = false;
      void done.then(() => (finished = true));

      const post = fetch(`${server.url}/api/articles`, {
        method: 'POST', headers: { authorization: 'Bearer tok-concurrency', 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'posted-during-ingest', published: '2024-04-02', text: 'A car bomb exploded near a market in Kirkuk on Monday, killing four people, police said.' }),
      });
      while (!finished || queries < 20) {
        for (const path of ['/api/events?limit=10000', '/api/stats', '/api/export.json', '/api/tallies']) {
          const res = await fetch(server.url + path);
          const body = await res.json();
          queries++;
          if (res.status !== 200) failures.push(`${path}: ${res.status} ${JSON.stringify(body)}`);
          else if (path === '/api/events?limit=10000' && body.count !== body.events.length) failures.push(`count ${body.count} ≠ ${body.events.length} listed`);
          else if (path === '/api/export.json') ExportDocument.parse(body);
        }
        failures.push(...brokenInvariants(reader));
        if (!finished) seenCounts.add((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
      }
      const postRes = await post;
      expect(postRes.status, await postRes.clone().text()).toBe(200);
      expect(await done, ingestErr).toBe(0);
      expect(ingestErr).not.toMatch(/SQLITE_BUSY|locked/i);
    } finally {
      reader.close();
      await server.stop();
    }
    expect(failures).toEqual([]);
    expect(queries).toBeGreaterThanOrEqual(20);
    expect(seenCounts.size).toBeGreaterThanOrEqual(3);
    // the same articles as a quiet serial run, once each, plus the posted one
    const serial = join(dir, 'serial.db');
    expect(sitrep(['ingest', 'samples', corpus, '--db', serial, '-q']).status).toBe(0);
    const articles = (file: string) => {
      const conn = new Database(file, { readonly: true });
      const n = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      conn.close();
      return n;
    };
    expect(articles(db)).toBe(articles(serial) + 1);
  }, 180_000);
});
