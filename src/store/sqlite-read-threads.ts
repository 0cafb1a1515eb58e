// Reads of a SQLite store in threads of their own, for a server: better-sqlite3 answers on the thread
// that asks, so on the server's one thread a count over a third of the events held up every other
// request until it ended. Each thread has its own read-only connection; a snapshot takes a free thread
// for its read transaction (or waits for one), sends it its queries one by one and gets the rows back.
// The server's thread only parses rows and writes answers; it keeps its own connection for writes.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { StoreQueries } from './event-store.js';

// The thread's code, given as text rather than as a file of its own, so the same code runs from the
// built files and from the sources the tests run (where no compiled file sits beside this one). It
// answers each { id, sql, args } with the rows, or with the error's message and SQLite's code.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
const statements = new Map();
parentPort.on('message', ({ id, sql, args }) => {
  try {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = db.prepare(sql)));
    parentPort.postMessage({ id, rows: stmt.reader ? stmt.all(...args) : (stmt.run(...args), []) });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: err.message, code: err.code } });
  }
});
`;

type Reply = { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } };

/** One thread and its connection: queries in, rows out, in the order they were sent. */
export class ReadThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (err: Error) => void }>();
  private nextId = 0;
  /** why the thread stopped, once it has: every query after that fails with it */
  private stopped: Error | null = null;

  constructor(file: string, busyTimeoutMs: number) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(THREAD, { eval: true, workerData: { file, driver, busyTimeoutMs } });
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('rows' in reply) waiter?.resolve(reply.rows);
      else waiter?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    });
    this.worker.on('error', (err) => this.stop(err));
    this.worker.on('exit', (code) => this.stop(new Error(`SQLite read thread stopped (exit code ${code})`)));
  }

  get alive(): boolean {
    return this.stopped === null;
  }

  query<T>(sql: string, args: unknown[] = []): Promise<T[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      this.worker.postMessage({ id, sql, args });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private stop(err: Error): void {
    this.stopped ??= err;
    for (const waiter of this.waiting.values()) waiter.reject(this.stopped);
    this.waiting.clear();
  }
}

/**
 * A fixed number of read threads; a snapshot holds one from BEGIN to COMMIT, and later snapshots wait
 * for a free one in turn. A thread that stopped (it should not) is replaced when it is given back.
 */
export class ReadThreads {
  private readonly idle: ReadThread[];
  private readonly queue: Array<(thread: ReadThread) => void> = [];
  private readonly all: Set<ReadThread>;

  constructor(private readonly file: string, size: number, private readonly busyTimeoutMs: number) {
    this.idle = Array.from({ length: size }, () => new ReadThread(file, busyTimeoutMs));
    this.all = new Set(this.idle);
  }

  /** Runs `read` in a read transaction of a free thread, with queries made by `queriesOf` on that thread. */
  async snapshot<T>(queriesOf: (thread: ReadThread) => StoreQueries, read: (q: StoreQueries) => Promise<T>): Promise<T> {
    const thread = await this.take();
    try {
      await thread.query('BEGIN');
      try {
        const result = await read(queriesOf(thread));
        await thread.query('COMMIT');
        return result;
      } catch (err) {
        await thread.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    } finally {
      this.giveBack(thread);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((t) => t.close()));
  }

  private take(): Promise<ReadThread> {
    const thread = this.idle.pop();
    return thread ? Promise.resolve(thread) : new Promise((resolve) => this.queue.push(resolve));
  }

  private giveBack(thread: ReadThread): void {
    let next = thread;
    if (!thread.alive) {
      this.all.delete(thread);
      next = new ReadThread(this.file, this.busyTimeoutMs);
      this.all.add(next);
    }
    const waiter = this.queue.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }
}
