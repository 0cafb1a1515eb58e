// What both stores share above their queries: a read or write asked of the store itself, outside any
// transaction of the caller's, runs in a session the store chooses (SQLite: its one connection, once
// no transaction holds it; PostgreSQL: any connection of its pool); a write is its own transaction.
import type { ArticleWrite, EventReader, EventStore, StoreQueries, WriteScope } from './event-store.js';

export abstract class SessionStore implements EventStore {
  abstract readonly name: string;
  protected abstract session<T>(use: (q: StoreQueries) => Promise<T>): Promise<T>;
  abstract writeTransaction<T>(write: (tx: StoreQueries) => Promise<T>, scope?: WriteScope): Promise<T>;
  abstract snapshot<T>(read: (tx: StoreQueries) => Promise<T>): Promise<T>;
  abstract reader(): Promise<EventReader>;
  abstract close(): Promise<void>;

  saveArticle(write: ArticleWrite): Promise<void> {
    return this.writeTransaction((tx) => tx.saveArticle(write));
  }

  hasArticle: StoreQueries['hasArticle'] = (...a) => this.session((q) => q.hasArticle(...a));
  reportsBetween: StoreQueries['reportsBetween'] = (...a) => this.session((q) => q.reportsBetween(...a));
  reportsOf: StoreQueries['reportsOf'] = (...a) => this.session((q) => q.reportsOf(...a));
  votes: StoreQueries['votes'] = (...a) => this.session((q) => q.votes(...a));
  events: StoreQueries['events'] = (...a) => this.session((q) => q.events(...a));
  storedEvents: StoreQueries['storedEvents'] = (...a) => this.session((q) => q.storedEvents(...a));
  summaries: StoreQueries['summaries'] = (...a) => this.session((q) => q.summaries(...a));
  mapRows: StoreQueries['mapRows'] = (...a) => this.session((q) => q.mapRows(...a));
  countEvents: StoreQueries['countEvents'] = (...a) => this.session((q) => q.countEvents(...a));
  countCapped: StoreQueries['countCapped'] = (...a) => this.session((q) => q.countCapped(...a));
  eventCounts: StoreQueries['eventCounts'] = (...a) => this.session((q) => q.eventCounts(...a));
  event: StoreQueries['event'] = (...a) => this.session((q) => q.event(...a));
  mergedInto: StoreQueries['mergedInto'] = (...a) => this.session((q) => q.mergedInto(...a));
  changes: StoreQueries['changes'] = (...a) => this.session((q) => q.changes(...a));
  tallies: StoreQueries['tallies'] = () => this.session((q) => q.tallies());
  countViolent: StoreQueries['countViolent'] = (...a) => this.session((q) => q.countViolent(...a));
  counts: StoreQueries['counts'] = () => this.session((q) => q.counts());
}
