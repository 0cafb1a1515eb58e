import { SingleBar, Presets } from 'cli-progress';
import { ingestPaths } from '../pipeline/ingest.js';
import { ingestPathsInWorkers } from '../pipeline/ingest-in-workers.js';
import { EXIT } from './errors.js';
import { databaseName } from '../store/open.js';
import { openStore, positiveInt, printJson, publishedOption } from './shared.js';
import { forTerminal } from './terminal.js';

export async function runIngest(paths: string[], opts: { db: string; published?: string; workers: string; quiet?: boolean; json?: boolean }): Promise<void> {
  const published = publishedOption(opts.published);
  const workers = positiveInt(opts.workers, '--workers');
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} files', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  const hooks = {
    onStart: (n: number) => n > 3 && process.stderr.isTTY && !opts.quiet && bar.start(n, 0),
    onFile: () => bar.isActive && bar.increment(),
  };
  const store = await openStore(opts.db);
  let report;
  try {
    report = workers > 1 ? await ingestPathsInWorkers(paths, store, workers, { published }, hooks) : await ingestPaths(paths, store, { published }, hooks);
  } finally {
    await store.close();
  }
  bar.stop();
  for (const e of report.errors) process.stderr.write(`sitrep: ${forTerminal(e.message)}\n`);
  if (opts.json) {
    // the names POST /api/articles answers with
    printJson({ db: databaseName(opts.db), files: report.files, articles: report.articles, duplicates: report.duplicates, created: report.eventsCreated,
      merged: report.eventsMerged, tallies: report.tallies, errors: report.errors.map((e) => e.message) });
  } else if (!opts.quiet) {
    process.stderr.write(`ingested ${report.articles} article(s) from ${report.files} file(s) into ${databaseName(opts.db)}: ${report.eventsCreated} new event(s), ` +
      `${report.eventsMerged} merged into existing, ${report.tallies} tally(ies)` +
      `${report.duplicates ? `, ${report.duplicates} already stored` : ''}${report.errors.length ? `, ${report.errors.length} input(s) failed` : ''}\n`);
  }
  if (report.errors.length) process.exitCode = report.articles + report.duplicates === 0 ? EXIT.failed : EXIT.someInputsFailed;
}
