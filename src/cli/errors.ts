// Failing the way a command-line tool should: one line on stderr naming what went wrong, an exit code
// that says what happened (README, "Exit codes"), no stack trace.
import { InputError } from '../ingest/input-error.js';
import { forTerminal } from './terminal.js';

/** How sitrep was called: an unknown option, a bad value, a --db it cannot use. Exit code 2. */
export class UsageError extends Error {}

/** What was asked for is not in the database (`show` of an id it does not hold). Exit code 4. */
export class NotFound extends Error {}

/** An output that could not be written whole (a full disk, a closed device): the machine's fault, exit 1. */
export class OutputError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2, someInputsFailed: 3, notFound: 4 } as const;

export function fail(err: unknown): never {
  const known = err instanceof InputError || err instanceof UsageError || err instanceof NotFound || err instanceof OutputError;
  process.stderr.write(`sitrep: ${forTerminal(known ? err.message : `error: ${(err as Error)?.message ?? String(err)}`)}\n`);
  process.exit(err instanceof UsageError ? EXIT.usage : err instanceof NotFound ? EXIT.notFound : EXIT.failed);
}
