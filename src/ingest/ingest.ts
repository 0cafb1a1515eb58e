// The ingest stage end to end: files → articles → extraction → cross-article merge → store, one
// transaction per article. A bad file is reported and skipped; what was stored stays stored.
import { extractArticle } from '../extract/pipeline.js';
import { toExportEvent, toExportTally } from '../export/to-export.js';
import { candidateWindow, mergeEvents, sameIncident } from '../merge/across-articles.js';
import type { EventStore } from '../store/event-store.js';
import type { Article, ExportEvent } from '../types.js';
import { InputError } from './input-error.js';
import { expandPaths, loadFile, type LoadOptions } from './load.js';

export interface IngestReport {
  files: number;
  articles: number;
  duplicates: number;
  eventsCreated: number;
  eventsMerged: number;
  tallies: number;
  errors: InputError[];
}

export interface IngestHooks {
  onStart?: (files: number) => void;
  onFile?: (file: string) => void;
}

export function ingestPaths(paths: string[], store: EventStore, options: LoadOptions = {}, hooks: IngestHooks = {}): IngestReport {
  const { files, errors } = expandPaths(paths);
  const report: IngestReport = { files: files.length, articles: 0, duplicates: 0, eventsCreated: 0, eventsMerged: 0, tallies: 0, errors };
  hooks.onStart?.(files.length);
  for (const file of files) {
    try {
      for (const article of loadFile(file, options)) ingestArticle(article, store, report);
    } catch (err) {
      report.errors.push(err instanceof InputError ? err : new InputError(file === '-' ? 'stdin' : file, `could not be processed: ${(err as Error).message}`));
    }
    hooks.onFile?.(file);
  }
  return report;
}

export function ingestArticle(article: Article, store: EventStore, report: IngestReport): ExportEvent[] {
  if (store.hasArticle(article.hash)) {
    report.duplicates++;
    return [];
  }
  const extraction = extractArticle(article);
  const touched = new Map<string, ExportEvent>();
  for (const e of extraction.events.map((x) => toExportEvent(article, x))) {
    const [from, to] = candidateWindow(e);
    const candidates = store.eventsBetween(from, to).map((c) => touched.get(c.id) ?? c).filter((c) => sameIncident(c, e));
    const target = candidates.sort((a, b) => b.num_sources - a.num_sources || a.id.localeCompare(b.id))[0];
    if (target) {
      touched.set(target.id, mergeEvents(target, e));
      report.eventsMerged++;
    } else {
      touched.set(e.id, e);
      report.eventsCreated++;
    }
  }
  const tallies = extraction.tallies.map((t) => toExportTally(article, t));
  store.saveArticle(article, [...touched.values()], tallies);
  report.articles++;
  report.tallies += tallies.length;
  return [...touched.values()];
}
