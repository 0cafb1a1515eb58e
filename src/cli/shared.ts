// What every command shares: opening the store, validating option values, failing with one line.
import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { expandPaths, loadFile, type LoadOptions } from '../ingest/load.js';
import type { Article } from '../types.js';
import { BadParameter, IngestQuery, parseQuery } from '../serve/params.js';
import { DatabaseRefused, type EventStore, type OpenOptions } from '../store/event-store.js';
import { databaseName, isServerUrl, openEventStore } from '../store/open.js';
import { UsageError } from './errors.js';
import { forTerminal } from './terminal.js';

/** The SQLite file or PostgreSQL URL of --db (or SITREP_DB); one that cannot be used is one line naming it. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<EventStore> {
  try {
    return await openEventStore(db, options);
  } catch (err) {
    throw new UsageError(`cannot open database ${err instanceof DatabaseRefused ? '' : `${databaseName(db)}: `}${(err as Error).message}`);
  }
}

/** For commands that only read: the database is opened read-only, so a typo in --db creates nothing. */
export async function withStore<T>(path: string, fn: (store: EventStore) => Promise<T>): Promise<T> {
  if (!isServerUrl(path) && !existsSync(path)) throw new UsageError(`no database at ${path}: check --db, or create it with \`sitrep ingest FILES --db ${path}\``);
  const store = await openStore(path, { readonly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Option values validated by the API's schema for the same parameters (`options` maps each parameter
 * to its option, min_sources to --min-sources): the CLI refuses what the API refuses, for the same
 * reason, naming the option as typed.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: Record<string, { option: string; value: string | undefined }>): z.output<S> {
  const values = Object.fromEntries(Object.entries(options).filter(([, o]) => o.value !== undefined).map(([name, o]) => [name, o.value]));
  try {
    return parseQuery(schema, values);
  } catch (err) {
    if (err instanceof BadParameter) throw new UsageError(err.named(options[err.parameter]?.option ?? err.parameter));
    throw err;
  }
}

/** `--published`, checked as POST /api/articles checks its `?published=`: a real day, YYYY-MM-DD. */
export const publishedOption = (value: string | undefined): string | undefined => parseOptions(IngestQuery, { published: { option: '--published', value } }).published;

export function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number ≥ 1, got "${value}"`);
  return n;
}

/** The articles of files and folders read in memory; a file that cannot be read is one line on stderr, and the rest go on. */
export function loadArticles(paths: string[], options: LoadOptions = {}): Article[] {
  const { files, errors } = expandPaths(paths);
  const articles: Article[] = [];
  for (const file of files) {
    try {
      articles.push(...loadFile(file, options));
    } catch (err) {
      errors.push(err as never);
    }
  }
  for (const e of errors) process.stderr.write(`sitrep: ${forTerminal((e as Error).message)}\n`);
  return articles;
}

/** What a command prints for programs with --json: one JSON document on stdout. */
export const printJson = (value: unknown): void => void process.stdout.write(JSON.stringify(value, null, 2) + '\n');
