// Several processes writing one SQLite database at once (test/writers-suite.ts), and a writer that
// finds SQLite's write lock held longer than SQLite itself waits.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, SqliteStore } from '../src/store/sqlite-store.js';
import { ROOT, tmp } from './helpers.js';
import { runWriterTests } from './writers-suite.js';

runWriterTests('SQLite', {
  fresh: async (name) => join(tmp(), `${name}.db`),
  query: async <T>(db: string, sql: string) => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare(sql).all() as T[];
    } finally {
      conn.close();
    }
  },
  integrity: async (db) => {
    const conn = new Database(db, { readonly: true });
    try {
      const result = conn.pragma('integrity_check', { simple: true });
      return result === 'ok' ? [] : [`integrity_check: ${String(result)}`];
    } finally {
      conn.close();
    }
  },
  cleanup: async () => undefined,
});

describe('a writer that finds the write lock taken', () => {
  it('waits past SQLite\'s own wait and writes once the other process lets go, seeing what it wrote', async () => {
    const db = join(tmp(), 'held.db');
    const store = await SqliteStore.open(db);
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
      expect(await store.writeTransaction((tx) => tx.hasArticle('held-hash'))).toBe(true);
      expect(await exited).toBe(0);
    } finally {
      await store.close();
    }
  }, 30_000);
});
