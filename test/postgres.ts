// The PostgreSQL server of the tests, when one is reachable: SITREP_TEST_PG (a URL of a database whose
// user may create databases, e.g. postgres://postgres:postgres@localhost/postgres), else the usual
// local ones. Without one, the PostgreSQL tests are skipped and say so; `.ci/run` always starts one.
import pg from 'pg';
import { createDatabase as createOn, masked, pgCandidates, reachablePg } from '../src/bench/pg-server.js';

const CANDIDATES = pgCandidates(process.env.SITREP_TEST_PG);

/** The server's URL (the tests' admin database), or null when none is reachable here. */
export const PG_SERVER: string | null = await reachablePg(CANDIDATES);

/** Says, visibly, why the PostgreSQL half of a test file does not run. */
export function noteSkipped(what: string): void {
  if (!PG_SERVER) process.stderr.write(`PostgreSQL: no server reachable (tried ${CANDIDATES.map(masked).join(', ')}): ${what} skipped. Set SITREP_TEST_PG=postgres://user:password@host/db to run it.\n`);
}

/** A new, empty database on the test server (named for the test), and how to drop it. */
export const createDatabase = (label: string) => createOn(PG_SERVER!, `test_${label}`);

/** The rows of a query on the database at `url`, on a connection of its own. */
export async function pgQuery<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
