// `node dist/bench/search-db.js --out s300k.db [--events 300000]`: a made-up SQLite store to time searches
// at scale in seconds rather than the hours an ingest takes: events written as rows (no articles are
// extracted), each with a report whose search text holds chosen words, then the pages of a common, a
// less common and a rare word timed through the store, with their counts and stats as the API reads them
// (docs/performance.md, "Schema v9", "v10" and "Search counts capped").
// The store suite's tests build smaller ones with words of their own.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { EventFilter } from '../store/event-store.js';
import { SEARCH_CAP } from '../serve/params.js';
import { SqliteStore } from '../store/sqlite-store.js';

/** What a made-up store holds: event i's day (from 2015-01-01 on), country, type, number of reports and each report's words. */
export interface MadeUpEvents {
  n: number;
  day(i: number): number;
  country(i: number): string;
  type(i: number): string;
  reports(i: number): number;
  words(i: number, day: number, report: number): string[];
  /** characters of padding in each event's JSON, as wide as a real event's */
  filler?: number;
}

/**
 * Writes the events of `spec` into a new SQLite store at `file`, as rows: ids in an order unlike their
 * days', each report's text "gunmen <words> near the market" in the search index, its seq in storing order.
 */
export async function writeMadeUpStore(file: string, spec: MadeUpEvents): Promise<void> {
  await (await SqliteStore.open(file)).close();
  const raw = new Database(file);
  try {
    raw.pragma('synchronous = OFF');
    const event = raw.prepare(`INSERT INTO events (id, date, date_earliest, date_latest, event_type, sub_event_type, country_code, status, num_sources, actors, data, summary, id_cnty)
      VALUES (?, ?, ?, ?, ?, 'Armed clash', ?, 'confirmed', 1, '', ?, ?, ?)`);
    const report = raw.prepare("INSERT INTO reports (id, article_id, event_id, country_code, date_earliest, date_latest, long_span, geo_precision, data, links, seq, match_key) VALUES (?, 'a', ?, ?, ?, ?, 0, 1, '{}', '[]', ?, '')");
    const text = raw.prepare('INSERT INTO reports_text (rowid, sentences) VALUES (?, ?)');
    raw.prepare("INSERT INTO articles (id, hash, published, ingested_at) VALUES ('a', 'h', '2015-01-01', '2015-01-01')").run();
    const filler = 'x'.repeat(spec.filler ?? 0);
    let seq = 0;
    const write = raw.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const day = spec.day(i);
        const date = new Date(Date.UTC(2015, 0, 1) + day * 86400000).toISOString().slice(0, 10);
        const id = `ev-${((i * 2654435761) % 4294967296).toString(36)}-${i}`;
        const cc = spec.country(i);
        event.run(id, date, date, date, spec.type(i), cc, JSON.stringify({ id, date, related: [], filler }), JSON.stringify({ id, date }), `${cc}${i}`);
        for (let r = 0; r < spec.reports(i); r++) {
          report.run(`${id}-r${r}`, id, cc, date, date, ++seq);
          text.run(seq, ['gunmen', ...spec.words(i, day, r), 'near the market'].join(' '));
        }
      }
    });
    for (let at = 0; at < spec.n; at += 10_000) write(at, Math.min(spec.n, at + 10_000));
  } finally {
    raw.close();
  }
}

const TYPES = ['Battles', 'Explosions/Remote violence', 'Protests', 'Riots'];
const COUNTRIES = ['IQ', 'SY', 'UA', 'NG', 'ML', 'SD'];

/** The file of docs/performance.md: ten years of days, one report an event, "killed" in a third, "drone" in a tenth, "zeppelin" in a thousandth. */
export const wordsAtScale = (n: number): MadeUpEvents => ({
  n, day: (i) => i % 3650, country: (i) => COUNTRIES[i % 6]!, type: (i) => TYPES[i % 4]!, reports: () => 1, filler: 1500,
  words: (i) => [i % 3 === 0 ? 'killed' : 'wounded', i % 10 === 0 ? 'drone' : 'rifle', i % 1000 === 0 ? 'zeppelin' : 'town'],
});

/** The median of five runs of `read`, in ms. */
async function median(read: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    await read();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[2]!;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '300000' }, out: { type: 'string' } } });
  const n = Number(values.events);
  if (!values.out || !Number.isInteger(n) || n < 1) {
    console.error('usage: node dist/bench/search-db.js --out FILE [--events N]   (an existing FILE is timed as it is)');
    process.exit(2);
  }
  if (!existsSync(values.out)) await writeMadeUpStore(values.out, wordsAtScale(n));
  const store = await SqliteStore.open(values.out, { readonly: true });
  try {
    for (const q of ['killed', 'drone', 'zeppelin']) {
      for (const narrowed of [{}, { since: '2020-01-01' }, { country: 'IQ' }, { type: 'Battles' }] as EventFilter[]) {
        const filter = { q, ...narrowed };
        const ms = async (read: () => Promise<unknown>) => `${(await median(read)).toFixed(0)} ms`;
        // what /api/events and /api/stats read: a page, the count up to the cap, the counts of the newest matches past it
        console.log(`${JSON.stringify(filter)}: page of 100 ${await ms(() => store.summaries(filter, { limit: 100 }))}, count ${await ms(() => store.countCapped(filter, SEARCH_CAP))}, stats ${await ms(() => store.eventCounts(filter, SEARCH_CAP))}`);
      }
    }
  } finally {
    await store.close();
  }
}
