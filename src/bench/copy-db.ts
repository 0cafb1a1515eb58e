// `node dist/bench/copy-db.js --from big.db --to postgres://…/db`: a SQLite database of sitrep's copied,
// row for row, into a new PostgreSQL database, to measure reads on PostgreSQL at sizes its own ingest
// would take hours to build on a small machine (event-db.js stores each article through the store: a
// few milliseconds and some twenty round trips each, and a million events is about 900,000 articles).
// The two stores keep the same rows for the same articles (the store suite checks that their exports
// agree; docs/performance.md, "A million events", compares a copy with a database PgStore wrote
// itself): every column is copied as it is, but for what only PostgreSQL keeps, each report's search
// text, which is computed here by the function PgStore stores it with. The schema is PgStore's own: the
// store creates it, the copy drops its secondary indexes, loads each table with COPY (through psql,
// which must be on the PATH), and creates the indexes again from their own definitions, which is how
// PostgreSQL builds an index fastest. A copy that fails leaves a partial database: drop it.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PgStore } from '../store/pg-store.js';
import { SCHEMA_VERSION, searchText } from '../store/sql-common.js';
import type { ExportEvent } from '../types.js';

// the tables in the order their references need: articles before the reports and tallies that name them
const TABLES = ['meta', 'articles', 'reports', 'events', 'merged_events', 'tallies', 'event_counts', 'actor_counts', 'day_counts', 'total_counts'];

/** PostgreSQL columns a SQLite database does not hold, and how to make them from its row. */
const DERIVED: Record<string, Record<string, (row: Record<string, unknown>) => unknown>> = {
  reports: { sentences: (row) => searchText(JSON.parse(row.data as string) as ExportEvent) },
};

/** A value as a CSV field of COPY: NULL unquoted and empty, text always quoted (so '' is an empty text). */
const field = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);

export async function copyToPg(file: string, url: string, log: (line: string) => void = () => undefined): Promise<Record<string, number>> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const version = Number((sqlite.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value);
  if (version !== SCHEMA_VERSION) throw new Error(`${file}: schema v${version}, not this sitrep's v${SCHEMA_VERSION} (open it for writing once to upgrade it)`);
  await (await PgStore.open(url)).close(); // the schema, as the store creates it
  const client = new pg.Client({ connectionString: url, options: '-c maintenance_work_mem=512MB' });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM articles')).rows as [{ n: number }];
    if (n > 0) throw new Error(`${url}: holds articles already; copy into a new database`);
    // indexes that back no constraint are made again after the load, from their own definitions
    const indexes = (await client.query(`SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`)).rows as Array<{ indexname: string; indexdef: string }>;
    for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
    await client.query('DELETE FROM meta');
    for (const table of TABLES) {
      const pgColumns = ((await client.query('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1', [table])).rows as Array<{ column_name: string }>).map((r) => r.column_name);
      const liteColumns = (sqlite.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      const derived = DERIVED[table] ?? {};
      const missing = pgColumns.filter((c) => !liteColumns.includes(c) && !derived[c]);
      const extra = liteColumns.filter((c) => !pgColumns.includes(c));
      if (missing.length || extra.length) throw new Error(`${table}: the two schemas differ (${[...missing.map((c) => `PostgreSQL's ${c}`), ...extra.map((c) => `SQLite's ${c}`)].join(', ')})`);
      // the explicit columns only (tallies' rowid is a column of its own in both); COPY writes identity columns as given
      const rows = sqlite.prepare(`SELECT ${liteColumns.join(', ')} FROM ${table}`).safeIntegers(false).iterate() as Iterable<Record<string, unknown>>;
      copied[table] = await copyTable(url, table, [...liteColumns, ...Object.keys(derived)], derived, rows, log);
      log(`${table}: ${copied[table]} rows`);
    }
    // identity columns go on after the largest number copied, as after the store's own inserts
    for (const { table, column } of (await client.query(`SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_identity = 'YES'`)).rows as Array<{ table: string; column: string }>) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(${column}) FROM ${table}), 1), (SELECT max(${column}) IS NOT NULL FROM ${table}))`, [table, column]);
    }
    for (const { indexname, indexdef } of indexes) {
      const t = Date.now();
      await client.query(indexdef);
      log(`index ${indexname}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    await client.query('VACUUM ANALYZE');
    return copied;
  } finally {
    await client.end();
    sqlite.close();
  }
}

/** Rows into a table through `psql`'s `\copy … FROM STDIN` as CSV, written as psql takes them: how many. */
async function copyTable(url: string, table: string, columns: string[], derived: Record<string, (row: Record<string, unknown>) => unknown>, rows: Iterable<Record<string, unknown>>, log: (line: string) => void): Promise<number> {
  const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  psql.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<void>((resolve, reject) => psql.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql \\copy ${table} exited with ${code}: ${stderr.trim()}`)))));
  done.catch(() => undefined);
  let count = 0;
  let chunk = '';
  const write = async (text: string) => {
    if (!psql.stdin.write(text)) await new Promise<void>((resolve, reject) => {
      psql.stdin.once('drain', resolve);
      done.catch(reject);
    });
  };
  for (const row of rows) {
    for (const [column, make] of Object.entries(derived)) row[column] = make(row);
    chunk += columns.map((c) => field(row[c] as string | number | null)).join(',') + '\n';
    if (++count % 1000 === 0) {
      await write(chunk);
      chunk = '';
      if (count % 200_000 === 0) log(`${table}: ${count} rows`);
    }
  }
  await write(chunk);
  psql.stdin.end();
  await done;
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
    console.error('usage: node dist/bench/copy-db.js --from FILE.db --to postgres://…/new-database');
    process.exit(2);
  }
  const started = Date.now();
  const copied = await copyToPg(values.from, values.to, (line) => console.error(`${((Date.now() - started) / 1000).toFixed(0)} s: ${line}`));
  console.error(`copied ${Object.entries(copied).map(([t, n]) => `${n} ${t}`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
