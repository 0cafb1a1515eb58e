// An article's events and tallies in the export form the store keeps: all of the ingest work that needs
// no store. Its own module so that extraction workers load the extractor and not the file readers.
import { extractArticle } from './extract-article.js';
import { evidenceOf } from '../extract/evidence.js';
import { toExportEvents, toExportTally } from '../model/to-export.js';
import type { Article, ReportEvent, Tally } from '../types.js';

/** The article's reports, each with what the extractor read in its sentences, and its tallies. */
export function extractReports(article: Article): { reports: ReportEvent[]; tallies: Tally[] } {
  const extraction = extractArticle(article);
  const reports = toExportEvents(article, extraction.events).map((r, i) => ({ ...r, evidence: evidenceOf(extraction.events[i]!, extraction.actors) }));
  return { reports, tallies: extraction.tallies.map((t) => toExportTally(article, t)) };
}
