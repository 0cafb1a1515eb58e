// An article's events and tallies in the export form the store keeps: all of the ingest work that needs
// no store. Its own module so that extraction workers load the extractor and not the file readers.
import { extractArticle } from './extract-article.js';
import { evidenceOf } from '../extract/evidence.js';
import { toExportEvents, toExportTally } from '../model/to-export.js';
import type { Article, Rejection, ReportEvent, Tally } from '../types.js';

/** The article's reports, each with what the extractor read in its sentences, and its tallies. */
export function extractReports(article: Article): { reports: ReportEvent[]; tallies: Tally[] } {
  const { reports, tallies } = explainArticle(article);
  return { reports, tallies };
}

/** The reports and tallies, and the candidates judged not incidents with the rule and reason of each (`sitrep explain`). */
export function explainArticle(article: Article): { reports: ReportEvent[]; tallies: Tally[]; rejected: Rejection[] } {
  const extraction = extractArticle(article);
  const reports = toExportEvents(article, extraction.events).map((r, i) => ({ ...r, evidence: evidenceOf(extraction.events[i]!, extraction.actors) }));
  return { reports, tallies: extraction.tallies.map((t) => toExportTally(article, t)), rejected: extraction.rejected };
}
