// A PostgreSQL server for the tests, when one is reachable: SITREP_TEST_PG (a URL of a database the
// tests may create databases from, e.g. postgres://postgres:postgres@localhost/postgres), else the
// usual local ones. Without one, the PostgreSQL tests are skipped and say so; `.ci/run` always starts one.
import pg from 'pg';

const CANDIDATES = [
  process.env.SITREP_TEST_PG,
  'postgres://postgres@localhost:5432/postgres',
  'postgres://postgres@localhost/postgres?host=/var/run/postgresql',
].filter((url): url is string => !!url);

/** The first candidate that answers and lets its user create databases, or null. */
async function reachable(): Promise<string | null> {
  for (const url of CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query('SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user');
      if (rows[0]?.can) return url;
    } catch {
      // not this one
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

/** The server's URL (the tests' admin database), or null when none is reachable here. */
export const PG_SERVER: string | null = await reachable();

/** Says once, visibly, why the PostgreSQL half of a test file does not run. */
export function noteSkipped(what: string): void {
  if (!PG_SERVER) console.warn(`PostgreSQL: no server reachable (tried ${CANDIDATES.map(masked).join(', ')}): ${what} skipped. Set SITREP_TEST_PG=postgres://user:password@host/db to run it.`);
}

const masked = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');

let made = 0;

/** A new, empty database on the server, its URL, and how to drop it (every connection to it ended first). */
export async function createDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sitrep_test_${label}_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_SERVER!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_SERVER! });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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
