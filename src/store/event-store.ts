// The store interface: what the pipeline needs from a database. SQLite (better-sqlite3) implements it
// today; a server backend would implement the same interface and pass the same shared test suite.
import type { ExportEvent, Tally } from '../types.js';

export interface StoredArticle {
  id: string;
  hash: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string;
  origin: string;
}

export interface EventFilter {
  since?: string;
  until?: string;
  country?: string;
  actor?: string;
  type?: string;
  status?: string;
  minSources?: number;
}

export interface EventStore {
  hasArticle(hash: string): boolean;
  /** Stores an article with its new and changed events and its tallies, all or nothing. */
  saveArticle(article: StoredArticle, events: ExportEvent[], tallies: Tally[]): void;
  /** Events whose day span overlaps [earliest, latest]: the candidates a new event could merge with. */
  eventsBetween(earliest: string, latest: string): ExportEvent[];
  events(filter?: EventFilter): ExportEvent[];
  event(id: string): ExportEvent | undefined;
  tallies(): Tally[];
  counts(): { articles: number; events: number; tallies: number };
  close(): void;
}
