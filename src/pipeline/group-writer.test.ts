import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp } from '../../test/helpers.js';
import type { EventStore } from '../store/event-store.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Article } from '../types.js';
import { extractReports } from './extract-reports.js';
import { GroupWriter, newReport, storeReports } from './ingest.js';

const article = (id: string, text: string, hash = `h-${id}`): Article => ({ id, title: null, outlet: `Desk ${id}`, url: null, published: '2023-03-08', text, hash, origin: 'test' });
// two accounts of one incident (they merge), another incident, a text repeated and an id reused for another text
const ARTICLES = [
  article('one', 'Militiamen burned a market in Tawila on Tuesday, killing four traders, local officials said.'),
  article('two', 'Four traders were killed when militiamen set fire to a market in Tawila on Tuesday, a witness said.'),
  article('three', 'An improvised bomb wounded five policemen near Kismayo on Monday, a police officer said.'),
  article('one-again', 'Militiamen burned a market in Tawila on Tuesday, killing four traders, local officials said.', 'h-one'),
  article('three', 'Gunmen abducted a teacher near Kismayo on Sunday, relatives said.', 'h-other'),
  article('four', 'Soldiers shelled a village outside Tawila on Wednesday, wounding two children, residents said.'),
];

/** A store as PostgreSQL's is to the writer: without group commit. */
const withoutGroups = (store: EventStore): EventStore => new Proxy(store, { get: (s, key) => (key === 'writeGroup' ? undefined : Reflect.get(s, key, s)) });

describe('GroupWriter', () => {
  it('stores as storeReports of each in turn would, refusing one article alone, and reports in input order', async () => {
    const dir = tmp();
    const stores = await Promise.all(['serial', 'grouped', 'ungrouped'].map((name) => SqliteStore.open(join(dir, `${name}.db`))));
    try {
      const [serial, grouped, ungrouped] = stores as [SqliteStore, SqliteStore, SqliteStore];
      const items = ARTICLES.map((a) => ({ article: a, ...extractReports(a) }));
      const one = newReport(0, []);
      for (const i of items) await storeReports(i.article, i.reports, i.tallies, serial, one).catch(() => null);
      for (const [store, expectFlushed] of [[grouped, false], [withoutGroups(ungrouped), true]] as const) {
        const report = newReport(0, []);
        const writer = new GroupWriter(store, report);
        for (const [n, i] of items.entries()) {
          await writer.add(i, `file-${n}`);
          writer.then(() => report.errors.push({ name: 'InputError', message: `after ${n}` } as never));
        }
        // a group holds its articles (and what comes after them) until it is full or flushed
        expect(report.errors.length > 0).toBe(expectFlushed);
        await writer.flush();
        expect(report.errors.map((e) => e.message)).toEqual(['after 0', 'after 1', 'after 2', 'after 3', expect.stringMatching(/^file-4: article id "three" is already stored/), 'after 4', 'after 5']);
        expect({ ...report, errors: [] }).toEqual({ ...one, errors: [] });
        expect(report.duplicates).toBe(1);
        expect(report.eventsMerged).toBeGreaterThan(0);
        // the events and their ACLED ids; their last change is the second each store wrote them
        const stored = async (s: EventStore) => (await s.storedEvents()).map((e) => [e.event, e.event_id_cnty]);
        expect(await stored(store)).toEqual(await stored(serial));
        expect(await store.counts()).toEqual(await serial.counts());
      }
    } finally {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
