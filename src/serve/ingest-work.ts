// The work behind POST /api/articles, kept off the thread that answers requests: worker threads read
// the body and extract each article; this thread only stores them, one transaction per article with a
// turn of the event loop between, so reads are answered while a big body is ingested. A bounded number
// of requests may be in progress at once: the server answers the next one 503 instead of stalling.
import { ExtractorPool, type Extracted } from '../pipeline/extractor-pool.js';
import { fileError, newReport, storeReports } from '../pipeline/ingest.js';
import { ArticleIdTaken, type EventStore } from '../store/event-store.js';
import type { ExportEvent } from '../types.js';

export interface IngestLimits {
  /** worker threads that read and extract */
  workers: number;
  /** most POST requests in progress at once */
  queue: number;
  /** most UTF-8 bytes of text one article may have */
  articleBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = { workers: 1, queue: 4, articleBytes: 1024 * 1024 };

// articles of one request out at the workers at a time: enough to keep them busy while this thread
// stores, few enough that a body of thousands of articles does not queue them all ahead of the next request
const AHEAD_PER_WORKER = 16;

export type IngestOutcome =
  | { status: 200; body: Record<string, unknown> }
  /** `body`: what became of each article, when the body was read */
  | { status: 400 | 409 | 413 | 500 | 503; error: string; message: string; body?: Record<string, unknown> };

export class IngestWork {
  // started by the first POST: each worker loads the dictionaries and the gazetteer (a second or two
  // of CPU, and the memory to hold them), which a server that is only read from never needs
  private pool: ExtractorPool | undefined;
  private readonly inProgress = new Set<Promise<IngestOutcome>>();
  private out = 0;
  private abandoned = false;

  constructor(private readonly store: EventStore, readonly limits: IngestLimits) {}

  get requests(): number {
    return this.inProgress.size;
  }

  /** Articles at the workers being extracted, or waiting to be. */
  get extracting(): number {
    return this.out;
  }

  /** The outcome of ingesting a body, or null when `limits.queue` requests are already in progress. */
  run(body: Buffer, contentType: string, published: string | undefined): Promise<IngestOutcome> | null {
    if (this.inProgress.size >= this.limits.queue) return null;
    // a body still arriving when the work was abandoned finds the workers gone
    if (this.abandoned) return Promise.resolve(stopping(0));
    const job = this.ingest(body, contentType, published);
    this.inProgress.add(job);
    const done = () => void this.inProgress.delete(job);
    job.then(done, done);
    return job;
  }

  /** Stops the workers; each request in progress ends at its next article with a 503, nothing half-stored. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.pool?.close();
    await Promise.allSettled(this.inProgress);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private async ingest(body: Buffer, contentType: string, published: string | undefined): Promise<IngestOutcome> {
    const pool = (this.pool ??= new ExtractorPool(this.limits.workers));
    const read = await pool.read(body, { contentType, published, articleBytes: this.limits.articleBytes });
    if (this.abandoned) return stopping(0);
    if ('error' in read) throw new Error(read.error);
    if ('refused' in read) return { status: read.refused === 'too_large' ? 413 : 400, error: read.refused, message: read.message };
    const { articles, errors } = read;
    const report = newReport(1, []);
    const events: ExportEvent[] = [];
    const ahead = this.limits.workers * AHEAD_PER_WORKER;
    // an article already stored is not extracted again; one repeated within the body is found when stored
    const results: Array<Promise<Extracted> | null> = [];
    const send = async (i: number) => {
      if (await this.store.hasArticle(articles[i]!.article.hash)) return void (results[i] = null);
      this.out++;
      results[i] = pool.extract(articles[i]!.article).finally(() => this.out--);
    };
    const items: ItemOutcome[] = [];
    for (let i = 0; i < Math.min(ahead, articles.length); i++) await send(i);
    for (const [i, { article, where }] of articles.entries()) {
      const extracted = await results[i];
      if (i + ahead < articles.length) await send(i + ahead);
      // extractions that were already done resolve without a turn of the event loop: take one
      await new Promise(setImmediate);
      if (this.abandoned) return stopping(report.articles, articles.length);
      if (!extracted) {
        report.duplicates++;
        items.push({ id: article.id, status: 'already_stored' });
        continue;
      }
      if ('error' in extracted) throw new Error(extracted.error);
      // each article is stored or refused on its own: a corrected story does not take its neighbours
      try {
        const written = await storeReports(article, extracted.reports, extracted.tallies, this.store, report);
        events.push(...(written ?? []));
        items.push({ id: article.id, status: written ? 'stored' : 'already_stored' });
      } catch (err) {
        items.push({ id: article.id, status: err instanceof ArticleIdTaken ? 'conflict' : 'failed', message: fileError(where, err).message });
      }
    }
    const refused = items.filter((i) => i.message).map((i) => i.message!);
    const answer = {
      articles: report.articles, duplicates: report.duplicates, created: report.eventsCreated, merged: report.eventsMerged, tallies: report.tallies,
      events, items, errors: [...errors, ...refused],
    };
    // an error status only when no article of the body is in the store; otherwise `items` says which are not
    if (refused.length < items.length) return { status: 200, body: answer };
    const conflict = items.every((i) => i.status === 'conflict');
    return { status: conflict ? 409 : 500, error: conflict ? 'conflict' : 'internal', message: refused.join('; '), body: answer };
  }
}

/** What became of one readable article of a body; unreadable items are named in `errors` only. */
interface ItemOutcome {
  id: string;
  /** conflict: its id is stored with another text; failed: the store could not take it (busy past the wait, disk full) */
  status: 'stored' | 'already_stored' | 'conflict' | 'failed';
  message?: string;
}

const stopping = (stored: number, of?: number): IngestOutcome => ({
  status: 503, error: 'shutting_down',
  message: `the server is stopping: ${of === undefined ? 'nothing was stored' : `${stored} of ${of} articles were stored`}; send the body again once it is back (stored articles are skipped)`,
});
