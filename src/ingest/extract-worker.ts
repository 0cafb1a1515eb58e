// A worker thread of `sitrep ingest --workers N`: extracts the articles the main thread sends and sends
// back their reports and tallies. It never touches the database: the main thread is the single writer.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../types.js';
import { extractReports } from './extract-reports.js';
import type { WorkerReply } from './extractor-pool.js';

parentPort!.on('message', ({ id, article }: { id: number; article: Article }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ...extractReports(article) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
