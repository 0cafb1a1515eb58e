// What every command shares: opening the store, validating option values, failing with one line.
import { UsageError } from './errors.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { EventStore } from '../store/event-store.js';
import { STATUSES } from '../types.js';


export function openStore(path: string): EventStore {
  try {
    return new SqliteStore(path);
  } catch (err) {
    throw new UsageError(`cannot open database ${path}: ${(err as Error).message}`);
  }
}

export function withStore<T>(path: string, fn: (store: EventStore) => T): T {
  const store = openStore(path);
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

