// An article's events and tallies in the export form the store keeps: all of the ingest work that needs
// no store. Its own module so that extraction workers load the extractor and not the file readers.
import { extractArticle } from './extract-article.js';
import { toExportEvents, toExportTally } from '../model/to-export.js';
import type { Article, ExportEvent, Tally } from '../types.js';

export function extractReports(article: Article): { reports: ExportEvent[]; tallies: Tally[] } {
  const extraction = extractArticle(article);
  return { reports: toExportEvents(article, extraction.events), tallies: extraction.tallies.map((t) => toExportTally(article, t)) };
}
