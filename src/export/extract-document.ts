// Articles → an export document, in memory, each article extracted on its own (no store, no merging
// across articles): what `sitrep eval` and the gold tests score.
import { extractArticle } from '../pipeline/extract-article.js';
import type { Article, ExportDocument, Rejection } from '../types.js';
import { toJsonDocument } from './formats.js';
import { toExportEvents, toExportTally } from '../model/to-export.js';

export function extractToDocument(articles: Article[], onRejected?: (article: Article, rejected: Rejection[]) => void): ExportDocument {
  const events = [];
  const tallies = [];
  for (const article of articles) {
    const x = extractArticle(article);
    events.push(...toExportEvents(article, x.events));
    tallies.push(...x.tallies.map((t) => toExportTally(article, t)));
    onRejected?.(article, x.rejected);
  }
  return toJsonDocument(events, tallies);
}
