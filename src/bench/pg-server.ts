// A PostgreSQL server to measure and test against, when one is reachable: the URL given (BENCH_PG or
// SITREP_TEST_PG: a database of a user who may create databases), else the usual local ones. Each run
// works in a database of its own, created and dropped here.
import pg from 'pg';

/** The URLs tried, in order: the one given, then the local server by TCP and by its socket. */
export const pgCandidates = (given: string | undefined): string[] =>
  [given, 'postgres://postgres@localhost:5432/postgres', 'postgres://postgres@localhost/postgres?host=/var/run/postgresql'].filter((url): url is string => !!url);

/** The first candidate that answers and lets its user create databases, or null. */
export async function reachablePg(candidates: string[]): Promise<string | null> {
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ can: boolean }>('SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user');
      if (rows[0]?.can) return url;
    } catch {
      // not this one
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

let made = 0;

/** A new, empty database on `server`, its URL, and how to drop it (every connection to it ended first). */
export async function createDatabase(server: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sitrep_${label}_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A URL with its password masked. */
export const masked = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');
