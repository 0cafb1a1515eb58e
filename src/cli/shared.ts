// What every command shares: opening the store, validating option values, failing with one line.
import { existsSync } from 'node:fs';
import { UsageError } from './errors.js';
import { SqliteStore, type OpenOptions } from '../store/sqlite-store.js';
import { DatabaseRefused, type EventStore } from '../store/event-store.js';
import { STATUSES } from '../types.js';

export function openStore(path: string, options: OpenOptions = {}): EventStore {
  try {
    return new SqliteStore(path, options);
  } catch (err) {
    throw new UsageError(`cannot open database ${err instanceof DatabaseRefused ? '' : `${path}: `}${(err as Error).message}`);
  }
}

/** For commands that only read: the database is opened read-only, so a typo in --db creates nothing. */
export function withStore<T>(path: string, fn: (store: EventStore) => T): T {
  if (!existsSync(path)) throw new UsageError(`no database at ${path}: check --db, or create it with \`sitrep ingest FILES --db ${path}\``);
  const store = openStore(path, { readonly: true });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export function day(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`${option} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function status(value: string | undefined): string | undefined {
  if (value !== undefined && !(STATUSES as readonly string[]).includes(value)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${value}"`);
  return value;
}

export function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number ≥ 1, got "${value}"`);
  return n;
}

