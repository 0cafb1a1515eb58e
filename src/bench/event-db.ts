// `node dist/bench/event-db.js --events 250000 --articles 2000 --out big.db`: a large database (a SQLite
// file, or a PostgreSQL database when --out is a postgres:// URL) to
// measure reads on. Generated articles (seed 7) are read as `sitrep ingest` reads them, extracted once,
// and their reports stored again and again, re-dated by ten days a round, through the same
// link-and-store path as an ingest (docs/reliability.md, "Reads at a quarter of a million events").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadFile } from '../ingest/load.js';
import { databaseName } from '../store/open.js';
import { writeCorpus } from './generate.js';
import { buildEventDb } from './serve-bench.js';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '250000' }, articles: { type: 'string', default: '2000' }, out: { type: 'string' } } });
  const [events, count] = [Number(values.events), Number(values.articles)];
  if (!values.out || !Number.isInteger(events) || events < 1 || !Number.isInteger(count) || count < 1) {
    console.error('usage: node dist/bench/event-db.js --events N --articles M --out FILE|URL');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-event-db-'));
  const articles = writeCorpus(dir, count, 7).flatMap((file) => loadFile(file));
  rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  const built = await buildEventDb(values.out, articles, events, (round, report) => {
    if (round % 10 === 9) console.error(`round ${round + 1}: ${report.articles} articles stored, ${report.eventsCreated} events created, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  console.error(`${databaseName(values.out)}: ${built.events} events from ${built.articles} articles in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
