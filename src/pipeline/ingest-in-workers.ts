// `sitrep ingest --workers N`: the same run as ingestPaths, with extraction spread over N worker
// threads. Files are read and articles stored by this thread alone, in input order (in groups, as a
// serial run stores them), so the database ends exactly as a serial run leaves it; a bounded number
// of articles is out at the workers at a time.
import type { EventStore } from '../store/event-store.js';
import type { Article } from '../types.js';
import { ExtractorPool, type Extracted } from './extractor-pool.js';
import { InputError } from '../ingest/input-error.js';
import { fileError, GroupWriter, newReport, type IngestHooks, type IngestReport } from './ingest.js';
import { expandPaths, loadFileItems, type LoadOptions } from '../ingest/load.js';

// articles sent ahead per worker: enough to keep workers busy while this thread stores, few enough to keep memory flat
const AHEAD_PER_WORKER = 16;

interface LoadedFile {
  file: string;
  error?: InputError;
  /** items of the file that could not be articles; the others go on */
  badItems: InputError[];
  articles: Array<{ article: Article; where: string; result: Promise<Extracted> | null }>;
}

export async function ingestPathsInWorkers(paths: string[], store: EventStore, workers: number, options: LoadOptions = {}, hooks: IngestHooks = {}): Promise<IngestReport> {
  const { files, errors } = expandPaths(paths);
  const report = newReport(files.length, errors);
  hooks.onStart?.(files.length);
  const pool = new ExtractorPool(workers);
  const queue: LoadedFile[] = [];
  let next = 0;
  let ahead = 0;
  // read files and send their articles out until enough are ahead of the writer
  const sendAhead = async (): Promise<void> => {
    while (next < files.length && ahead < workers * AHEAD_PER_WORKER) {
      const loaded = load(files[next++]!, options);
      for (const a of loaded.articles) {
        // an article already stored is skipped without extraction; one repeated within the run is found when stored
        a.result = (await store.hasArticle(a.article.hash)) ? null : pool.extract(a.article);
        ahead++;
      }
      queue.push(loaded);
    }
  };
  const writer = new GroupWriter(store, report);
  try {
    await sendAhead();
    for (let loaded = queue.shift(); loaded; loaded = queue.shift()) {
      const { error, badItems, file } = loaded;
      writer.then(() => report.errors.push(...(error ? [error] : []), ...badItems));
      for (const { article, where, result } of loaded.articles) {
        const extracted = await result;
        ahead--;
        await sendAhead();
        // as in a serial run, each article is stored or refused on its own
        if (!extracted) report.duplicates++;
        else if ('error' in extracted) writer.then(() => report.errors.push(fileError(where, new Error(extracted.error))));
        else await writer.add({ article, ...extracted }, where);
      }
      writer.then(() => hooks.onFile?.(file));
    }
    await writer.flush();
  } finally {
    await pool.close();
  }
  return report;
}

function load(file: string, options: LoadOptions): LoadedFile {
  try {
    const { articles, errors } = loadFileItems(file, options);
    return { file, badItems: errors, articles: articles.map((a) => ({ ...a, result: null })) };
  } catch (err) {
    return { file, error: fileError(file, err), badItems: [], articles: [] };
  }
}
