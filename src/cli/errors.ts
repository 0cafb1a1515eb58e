// Failing the way a command-line tool should: one line on stderr naming what went wrong, an exit code
// that says whose fault it was (2: how sitrep was called; 1: the input or the machine), no stack trace.
import { InputError } from '../ingest/input-error.js';
import { forTerminal } from './terminal.js';

export class UsageError extends Error {}

/** An output that could not be written whole (a full disk, a closed device): the machine's fault, exit 1. */
export class OutputError extends Error {}

export function fail(err: unknown): never {
  const message = err instanceof InputError || err instanceof UsageError || err instanceof OutputError ? err.message : `error: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`sitrep: ${forTerminal(message)}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
}
