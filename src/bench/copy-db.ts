// `node dist/bench/copy-db.js --from big.db --to postgres://…/db`: a SQLite database of sitrep's copied,
// row for row, into a new PostgreSQL database, to measure reads on PostgreSQL at sizes its own ingest
// would take hours to build on a small machine (event-db.js stores each article through the store: a
// few milliseconds and some twenty round trips each, so a million events is about 800,000 articles).
// The two stores keep the same rows for the same articles (the store suite checks that their exports
// agree; docs/performance.md, "1M events", compares a copy with a database PgStore wrote itself):
// every column is copied as it is, but for what only PostgreSQL keeps, each report's search text,
// which is computed here by the function PgStore stores it with. The schema is PgStore's own: the
// store creates it, the copy drops its secondary indexes, loads the rows, and creates them again from
// their own definitions, which is how PostgreSQL builds an index fastest.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PgStore } from '../store/pg-store.js';
import { SCHEMA_VERSION, searchText } from '../store/sql-common.js';
import type { ExportEvent } from '../types.js';

// the tables in the order their references need: articles before the reports and tallies that name them
const TABLES = ['meta', 'articles', 'reports', 'events', 'merged_events', 'tallies', 'event_counts', 'actor_counts', 'day_counts', 'total_counts'];
const BATCH = 2000;

/** PostgreSQL columns a SQLite database does not hold, and how to make them from its row. */
const DERIVED: Record<string, Record<string, (row: Record<string, unknown>) => unknown>> = {
  reports: { sentences: (row) => searchText(JSON.parse(row.data as string) as ExportEvent) },
};

export async function copyToPg(file: string, url: string, log: (line: string) => void = () => undefined): Promise<Record<string, number>> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const version = Number((sqlite.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined)?.value);
  if (version !== SCHEMA_VERSION) throw new Error(`${file}: schema v${version}, not this sitrep's v${SCHEMA_VERSION} (open it for writing once to upgrade it)`);
  await (await PgStore.open(url)).close(); // the schema, as the store creates it
  const client = new pg.Client({ connectionString: url, options: '-c synchronous_commit=off -c maintenance_work_mem=512MB' });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM articles')).rows as [{ n: number }];
    if (n > 0) throw new Error(`${url}: holds articles already; copy into a new database`);
    // indexes that back no constraint are made again after the load, from their own definitions
    const indexes = (await client.query(`SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`)).rows as Array<{ indexname: string; indexdef: string }>;
    await client.query('BEGIN');
    for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
    await client.query('DELETE FROM meta');
    for (const table of TABLES) {
      const pgColumns = ((await client.query('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1', [table])).rows as Array<{ column_name: string }>).map((r) => r.column_name);
      const liteColumns = (sqlite.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
      const derived = DERIVED[table] ?? {};
      const missing = pgColumns.filter((c) => !liteColumns.includes(c) && !derived[c]);
      const extra = liteColumns.filter((c) => !pgColumns.includes(c));
      if (missing.length || extra.length) throw new Error(`${table}: the two schemas differ (${[...missing.map((c) => `PostgreSQL's ${c}`), ...extra.map((c) => `SQLite's ${c}`)].join(', ')})`);
      const insert = `INSERT INTO ${table} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${table}, $1)`;
      let batch: Array<Record<string, unknown>> = [];
      let count = 0;
      const flush = async () => {
        if (batch.length) await client.query(insert, [JSON.stringify(batch)]);
        count += batch.length;
        batch = [];
      };
      // the explicit columns only: tallies' rowid is a column of its own in both
      for (const row of sqlite.prepare(`SELECT ${liteColumns.join(', ')} FROM ${table}`).iterate() as Iterable<Record<string, unknown>>) {
        for (const [column, make] of Object.entries(derived)) row[column] = make(row);
        batch.push(row);
        if (batch.length === BATCH) {
          await flush();
          if (count % 100_000 === 0) log(`${table}: ${count} rows`);
        }
      }
      await flush();
      copied[table] = count;
      log(`${table}: ${count} rows`);
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
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    return copied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
    sqlite.close();
  }
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
