// N worker threads that extract articles (extract-worker.ts) and read request bodies. Each job goes to
// the worker with the fewest waiting; the answer is a promise that never rejects: an error is a value,
// so the caller can report it against its file in input order.
import { Worker } from 'node:worker_threads';
import type { ReportEvent, Article, Tally } from '../types.js';
import type { BodyOptions, BodyRead } from '../ingest/read-body.js';

export type Extracted = { reports: ReportEvent[]; tallies: Tally[] } | { error: string };
export type Read = BodyRead | { error: string };
export type WorkerJob = { id: number; article: Article } | { id: number; body: Uint8Array; options: BodyOptions };
export type WorkerReply = { id: number } & (Extracted | Read);

interface PooledWorker {
  worker: Worker;
  waiting: Map<number, (reply: WorkerReply) => void>;
}

export class ExtractorPool {
  private readonly workers: PooledWorker[];
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => this.start());
  }

  extract(article: Article): Promise<Extracted> {
    return this.send({ id: this.nextId++, article }) as Promise<Extracted>;
  }

  /** A request body's articles, read as the CLI reads a file (read-body.ts). */
  read(body: Uint8Array, options: BodyOptions): Promise<Read> {
    return this.send({ id: this.nextId++, body, options }) as Promise<Read>;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private send(job: WorkerJob): Promise<WorkerReply> {
    const w = this.workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    return new Promise((resolve) => {
      w.waiting.set(job.id, resolve);
      w.worker.postMessage(job);
    });
  }

  private start(): PooledWorker {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url));
    const pooled: PooledWorker = { worker, waiting: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      pooled.waiting.get(reply.id)?.(reply);
      pooled.waiting.delete(reply.id);
    });
    worker.on('error', (err) => this.replace(pooled, err.message));
    worker.on('exit', (code) => this.replace(pooled, `extraction worker stopped (exit code ${code})`));
    return pooled;
  }

  /** A worker that dies fails what it was given, and a fresh one takes its place. */
  private replace(pooled: PooledWorker, message: string): void {
    for (const [id, resolve] of pooled.waiting) resolve({ id, error: message });
    pooled.waiting.clear();
    const i = this.workers.indexOf(pooled);
    if (!this.closing && i >= 0) this.workers[i] = this.start();
  }
}
