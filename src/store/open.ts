// Which store a --db value names: a postgres:// (or postgresql://) URL is a PostgreSQL database, anything
// else a SQLite file. The PostgreSQL driver is loaded only for a URL, so SQLite commands start as fast.
import type { EventStore, OpenOptions } from './event-store.js';
import { SqliteStore } from './sqlite-store.js';

export const isServerUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

export async function openEventStore(db: string, options: OpenOptions = {}): Promise<EventStore> {
  return isServerUrl(db) ? (await import('./pg-store.js')).PgStore.open(db, options) : SqliteStore.open(db, options);
}

/** A --db value as messages name it: a URL's password masked, a file's path as given. */
export function databaseName(db: string): string {
  if (!isServerUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return db.replace(/:[^:@/]*@/, ':***@');
  }
}
