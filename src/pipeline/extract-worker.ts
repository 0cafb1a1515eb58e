// A worker thread of the extractor pool: extracts the articles the main thread sends and sends back
// their reports and tallies; for `sitrep serve` it also reads request bodies into articles. It never
// touches the database: the main thread is the single writer.
import { parentPort } from 'node:worker_threads';
import { extractReports } from './extract-reports.js';
import type { WorkerJob, WorkerReply } from './extractor-pool.js';

parentPort!.on('message', (job: WorkerJob) => void answer(job));

async function answer(job: WorkerJob): Promise<void> {
  let reply: WorkerReply;
  try {
    // the file readers (linkedom, Readability, the feed parser) are loaded only by a worker that reads a body
    reply = { id: job.id, ...('article' in job ? extractReports(job.article) : (await import('../ingest/read-body.js')).readBody(job.body, job.options)) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
}
