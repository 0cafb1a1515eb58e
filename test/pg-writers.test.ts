// Several processes writing one PostgreSQL database at once, as ingest workers on several machines
// would: the invariants of test/writers-suite.ts, on a new database per test.
import { PG_SERVER, createDatabase, noteSkipped, pgQuery } from './postgres.js';
import { runWriterTests } from './writers-suite.js';

const made: Array<() => Promise<void>> = [];

noteSkipped('the concurrent writers on PostgreSQL');
runWriterTests('PostgreSQL', PG_SERVER ? {
  fresh: async (name) => {
    const { url, drop } = await createDatabase(name);
    made.push(drop);
    return url;
  },
  query: (db, sql) => pgQuery(db, sql),
  // PostgreSQL checks its own pages and constraints as it writes: nothing to ask it afterwards
  integrity: async () => [],
  cleanup: async () => void (await Promise.all(made.splice(0).map((drop) => drop()))),
} : null);
