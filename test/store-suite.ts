// One suite, run over every store (as hono runs one suite over every adapter): what any EventStore must
// do, whatever database is under it. Each store's own test file runs it with a `MakeStore` that gives a
// new, empty database of its kind, and adds what only that kind has (its upgrades, its files, its URLs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSummary } from '../src/model/to-summary.js';
import { compareTally } from '../src/export/tally-comparison.js';
import { ingestArticle, ingestPaths, newReport, storeBatch, storeReports } from '../src/pipeline/ingest.js';
import { extractReports } from '../src/pipeline/extract-reports.js';
import { loadFile } from '../src/ingest/load.js';
import { addVotes, votesOf } from '../src/model/fold.js';
import { matchKey } from '../src/model/match-key.js';
import { ArticleIdTaken, type ColumnFilter, type EventChange, type EventFilter, type EventStore, type StoredEvent } from '../src/store/event-store.js';
import type { Article, ExportEvent } from '../src/types.js';
import { REAL, ROOT } from './helpers.js';

/** A new, empty database of one kind, opened for writing, with what the suite needs beside the store. */
export interface TestDatabase {
  store: EventStore;
  /** another store on the same database, with a connection of its own, as another process would have */
  open: (options?: { readonly?: boolean }) => Promise<EventStore>;
  /** rows of SQL both stores read alike (numbers cast to INTEGER) */
  query: <T = Record<string, unknown>>(sql: string) => Promise<T[]>;
  /** closes the store and deletes the database */
  drop: () => Promise<void>;
}

/** A new database, or null when this kind cannot be reached here (its tests are then skipped). */
export type MakeStore = (() => Promise<TestDatabase>) | null;

const report = () => newReport(0, []);
const article = (id: string, body: string): Article => ({ id, title: null, outlet: `Wire ${id}`, url: null, published: '2024-05-14', text: body, hash: `h-${id}`, origin: 'test' });
export const articlesIn = (dir: string): Article[] => readdirSync(dir).sort().flatMap((f) => loadFile(join(dir, f)));

const kirkuk = (weapon: string) => `A ${weapon} struck a military base near Kirkuk on Monday, wounding two soldiers, police said.`;
const mosul = 'Gunmen killed three shepherds near Mosul on Monday, police said.';
const mosulAgain = 'Gunmen shot dead three shepherds near Mosul on Monday, a police officer said.';
const gao = 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.';

export function runStoreTests(kind: string, makeStore: MakeStore): void {
  const suite = makeStore ? describe : describe.skip;

  /** A test on a database of its own, dropped after it. */
  const withDatabase = (test: (db: TestDatabase) => Promise<void>) => async () => {
    const db = await makeStore!();
    try {
      await test(db);
    } finally {
      await db.drop();
    }
  };

  suite(`${kind} store: articles and transactions`, () => {
    it('stores an article once: the same text again is a duplicate, another text under its id is refused', withDatabase(async ({ store }) => {
      const counts = report();
      expect(await ingestArticle(article('a', mosul), store, counts)).toHaveLength(1);
      expect(await store.hasArticle('h-a')).toBe(true);
      expect(await ingestArticle(article('a', mosul), store, counts)).toBeNull();
      await expect(ingestArticle({ ...article('a', kirkuk('drone')), hash: 'h-other' }, store, counts)).rejects.toThrow(ArticleIdTaken);
      expect(counts).toMatchObject({ articles: 1, duplicates: 1, eventsCreated: 1 });
      expect(await store.counts()).toEqual({ articles: 1, events: 1, reports: 1, tallies: 0 });
    }));

    it('a write that fails midway stores nothing of it', withDatabase(async ({ store }) => {
      await ingestArticle(article('a', mosul), store, report());
      const before = await store.events();
      await expect(store.writeTransaction(async (tx) => {
        await tx.saveArticle({ article: { id: 'b', hash: 'h-b', title: null, outlet: null, url: null, published: '2024-05-14', origin: 'test' }, reports: [], relabel: new Map(), events: [], votes: new Map(), removed: [], tallies: [] });
        expect(await tx.hasArticle('h-b')).toBe(true); // seen inside the transaction
        throw new Error('stopped');
      })).rejects.toThrow('stopped');
      expect(await store.hasArticle('h-b')).toBe(false);
      expect(await store.events()).toEqual(before);
      expect((await store.counts()).articles).toBe(1);
    }));

    it('a snapshot reads the database as it was when it began, while another connection writes', withDatabase(async ({ store, open }) => {
      await ingestArticle(article('a', mosul), store, report());
      const other = await open();
      try {
        const seen = await store.snapshot(async (s) => {
          const first = await s.countEvents();
          await ingestArticle(article('b', gao), other, report());
          return [first, await s.countEvents(), (await s.events()).length];
        });
        expect(seen).toEqual([1, 1, 1]);
        expect(await store.countEvents()).toBe(2);
      } finally {
        await other.close();
      }
    }));

    it('a reader keeps its snapshot across writes, and a read-only store reads and refuses to write', withDatabase(async ({ store, open }) => {
      await ingestArticle(article('a', mosul), store, report());
      const reader = await store.reader();
      await ingestArticle(article('b', gao), store, report());
      const batches: StoredEvent[][] = [];
      for await (const batch of reader.events({}, 10)) batches.push(batch);
      await reader.close();
      expect(batches.flat().map((s) => s.event.location.name)).toEqual(['Mosul']);
      const readOnly = await open({ readonly: true });
      try {
        expect(await readOnly.events()).toEqual(await store.events());
        await expect(ingestArticle(article('c', kirkuk('drone')), readOnly, report())).rejects.toThrow();
      } finally {
        await readOnly.close();
      }
      expect((await store.counts()).articles).toBe(2);
    }));

    it('a reader let go midway, as by a client that went away, is closed and leaves the store as it was', withDatabase(async ({ store }) => {
      await ingestArticle(article('a', mosul), store, report());
      await ingestArticle(article('b', gao), store, report());
      const reader = await store.reader();
      const batches = reader.events({}, 1)[Symbol.asyncIterator]();
      expect((await batches.next()).value).toHaveLength(1);
      await reader.close();
      expect(await store.countEvents()).toBe(2);
      const again = await store.reader();
      const tallies: unknown[] = [];
      for await (const batch of again.tallies(5)) tallies.push(...batch);
      await again.close();
      expect(tallies).toEqual(await store.tallies());
    }));
  });

  suite(`${kind} store: ACLED ids and timestamps`, () => {
    const ids = async (store: EventStore) => Object.fromEntries((await store.storedEvents()).map((s) => [s.event.id, s.event_id_cnty]));

    it('numbers events per country in the order they are stored; the event that survives a merge keeps its id', withDatabase(async ({ store }) => {
      await ingestArticle(article('a', kirkuk('drone')), store, report());
      await ingestArticle(article('d', mosul), store, report());
      await ingestArticle(article('ml', gao), store, report());
      const before = await ids(store);
      expect(Object.values(before).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // another account of the Mosul killing: it joins the stored event, whose id is the smaller one and stays
      await ingestArticle(article('f', mosulAgain), store, report());
      expect(await ids(store)).toEqual(before);
      expect((await store.storedEvents()).find((s) => s.event.location.name === 'Mosul')!.event.num_sources).toBe(2);
    }));

    it('an event that absorbs stored events under a new id takes the oldest of their ids; a merged-away id is never given again', withDatabase(async ({ store }) => {
      await ingestArticle(article('a', kirkuk('drone')), store, report());
      await ingestArticle(article('b', kirkuk('rocket')), store, report());
      expect(Object.values(await ids(store)).sort()).toEqual(['IRQ1', 'IRQ2']);
      // a drone and a rocket are not one weapon, but an attack with none named can be either: one incident
      await ingestArticle(article('c', 'An attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said.'), store, report());
      const stored = await store.storedEvents();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.event.num_sources).toBe(3);
      expect(stored[0]!.event_id_cnty).toBe('IRQ1');
      await ingestArticle(article('d', mosul), store, report());
      expect(Object.values(await ids(store)).sort()).toEqual(['IRQ1', 'IRQ3']);
    }));

    it('stamps an event with the second it last changed; an event no article touched keeps its stamp', withDatabase(async ({ store, query }) => {
      await ingestArticle(article('a', kirkuk('drone')), store, report());
      await ingestArticle(article('d', mosul), store, report());
      await query('UPDATE events SET updated_at = 1000');
      const started = Math.floor(Date.now() / 1000);
      await ingestArticle(article('f', mosulAgain), store, report());
      const stamps = Object.fromEntries((await store.storedEvents()).map((s) => [s.event.location.name, s.timestamp]));
      expect(stamps.Kirkuk).toBe(1000);
      expect(stamps.Mosul).toBeGreaterThanOrEqual(started);
      expect(stamps.Mosul).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    }));
  });

  suite(`${kind} store: merges and changes`, () => {
    /** Every change at or after `since`, read `size` at a time. */
    async function allChanges(store: EventStore, since: number, size: number): Promise<EventChange[]> {
      const all: EventChange[] = [];
      for (let page = await store.changes(since, { limit: size }); page.length; ) {
        all.push(...page);
        const last = page[page.length - 1]!;
        page = await store.changes(since, { limit: size, after: { timestamp: last.timestamp, removed: last.change === 'removed', id: last.id } });
      }
      return all;
    }

    it('records, in the write that merges them, the events merged away and the event they are part of now', withDatabase(async ({ store }) => {
      await ingestArticle(article('a', kirkuk('drone')), store, report());
      await ingestArticle(article('b', kirkuk('rocket')), store, report());
      const before = await store.storedEvents();
      expect((await allChanges(store, 0, 10)).map((c) => [c.change, c.id]).sort()).toEqual(before.map((s) => ['new', s.event.id]).sort());
      await ingestArticle(article('c', 'An attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said.'), store, report());
      const [survivor] = await store.storedEvents();
      const gone = before.filter((s) => s.event.id !== survivor!.event.id);
      expect(gone.length).toBeGreaterThan(0);
      const changes = await allChanges(store, 0, 10);
      expect(changes.filter((c) => c.change === 'removed').map((c) => c.id).sort()).toEqual(gone.map((s) => s.event.id).sort());
      for (const s of gone) {
        const into = { id: survivor!.event.id, event_id_cnty: survivor!.event_id_cnty };
        expect(changes.find((c) => c.id === s.event.id)).toMatchObject({ event_id_cnty: s.event_id_cnty, merged_into: into });
        expect(await store.mergedInto(s.event.id)).toEqual(into);
      }
      expect(changes.find((c) => c.id === survivor!.event.id)).toMatchObject({ change: expect.stringMatching(/^(new|changed)$/), merged_into: null });
      expect(await store.mergedInto(survivor!.event.id)).toBeUndefined();
      expect(await store.mergedInto('no-such-event')).toBeUndefined();
    }));

    it('points an event merged away to the survivor of every later merge', withDatabase(async ({ store }) => {
      for (const [id, text] of [['a', kirkuk('drone')], ['d', mosul], ['ml', gao]] as const) await ingestArticle(article(id, text), store, report());
      const [x, y, z] = (await store.events()).map((e) => e.id);
      // two merges written as a store is asked to write them: x into y, then y into z
      const merge = (from: string, into: string, articleId: string) => store.writeTransaction(async (tx) => tx.saveArticle({
        article: { id: articleId, hash: `h-${articleId}`, title: null, outlet: null, url: null, published: '2024-05-14', origin: 'test' },
        reports: [], relabel: new Map([[from, into]]), events: [(await tx.event(into))!], votes: await tx.votes([into]), removed: [from], tallies: [],
      }));
      await merge(x!, y!, 'm1');
      expect((await store.mergedInto(x!))?.id).toBe(y);
      await merge(y!, z!, 'm2');
      const survivor = (await store.storedEvents()).find((s) => s.event.id === z)!;
      for (const id of [x!, y!]) expect(await store.mergedInto(id), id).toEqual({ id: z, event_id_cnty: survivor.event_id_cnty });
      expect((await allChanges(store, 0, 1)).filter((c) => c.change === 'removed').map((c) => c.merged_into?.id)).toEqual([z, z]);
    }));

    it('tells new from changed events since a moment, each once, a page at a time in one order', withDatabase(async ({ store, query }) => {
      await ingestArticle(article('a', kirkuk('drone')), store, report());
      await ingestArticle(article('d', mosul), store, report());
      await query('UPDATE events SET updated_at = 1000, created_at = 1000');
      await ingestArticle(article('f', mosulAgain), store, report());
      await ingestArticle(article('ml', gao), store, report());
      const byPlace = async (since: number) => Object.fromEntries(await Promise.all((await allChanges(store, since, 10)).map(async (c) => [(await store.event(c.id))!.location.name, c.change])));
      expect(await byPlace(2000)).toEqual({ Mosul: 'changed', Gao: 'new' });
      expect(await byPlace(0)).toEqual({ Kirkuk: 'new', Mosul: 'new', Gao: 'new' });
      const whole = await allChanges(store, 0, 100);
      expect(await allChanges(store, 0, 1)).toEqual(whole);
      expect(whole.map((c) => c.timestamp)).toEqual(whole.map((c) => c.timestamp).sort((a, b) => a - b));
      expect(await allChanges(store, Math.ceil(Date.now() / 1000) + 5, 10)).toEqual([]);
    }));
  });

  suite(`${kind} store: reads over the dev corpus, ingested twice`, () => {
    let db: TestDatabase;
    it('a batch stores articles in one transaction as a storeReports of each in turn would, duplicates and merges alike', withDatabase(async ({ store }) => {
      const real = articlesIn(join(REAL, 'articles'));
      // the corpus, again under new ids (every incident gains a source), and one text a second time
      const items = [...real, ...real.map((a) => ({ ...a, id: `${a.id}-again`, hash: `${a.hash}-again` })), real[0]!].map((a) => {
        const { reports, tallies } = extractReports(a);
        return { article: { id: a.id, hash: a.hash, title: a.title, outlet: a.outlet, url: a.url, published: a.published, origin: 'test' }, reports, tallies };
      });
      const one = report();
      for (const i of items) await storeReports(i.article, i.reports, i.tallies, store, one);
      const other = await makeStore!();
      try {
        const batched = report();
        for (let i = 0; i < items.length; i += 7) await storeBatch(items.slice(i, i + 7), other.store, batched);
        expect(batched).toEqual(one);
        expect(one.duplicates).toBe(1);
        expect(one.eventsMerged).toBeGreaterThan(0);
        const ids = async (s: EventStore) => (await s.storedEvents()).map((e) => [e.event, e.event_id_cnty]);
        expect(await ids(other.store)).toEqual(await ids(store));
        expect(await other.store.counts()).toEqual(await store.counts());
        // as sets: a store may give the rows of a count in any order
        const sorted = (c: Awaited<ReturnType<EventStore['eventCounts']>>) => Object.values(c).map((rows: object[]) => rows.map((r) => JSON.stringify(r)).sort());
        expect(sorted(await other.store.eventCounts())).toEqual(sorted(await store.eventCounts()));
        expect(await other.store.votes((await store.events()).map((e) => e.id))).toEqual(await store.votes((await store.events()).map((e) => e.id)));
      } finally {
        await other.drop();
      }
    }), 300_000);

    let store: EventStore;
    let events: ExportEvent[];

    beforeAll(async () => {
      db = await makeStore!();
      store = db.store;
      await ingestPaths([join(REAL, 'articles'), join(ROOT, 'test', 'corpus', 'articles')], store);
      // the dev corpus again under new ids: every incident gains sources, events merge and are relabelled
      for (const a of articlesIn(join(REAL, 'articles'))) await ingestArticle({ ...a, id: `${a.id}-again`, hash: `${a.hash}-again` }, store, report());
      events = await store.events();
    }, 300_000);
    afterAll(async () => db?.drop());

    it('lists events by (date, id); pages follow one another; summaries and counts are of the same events', async () => {
      expect(events.length).toBeGreaterThan(50);
      expect(events.some((e) => e.num_sources > 2)).toBe(true);
      const key = (e: { date: string; id: string }) => `${e.date} ${e.id}`;
      expect(events.map(key)).toEqual(events.map(key).sort());
      const paged: ExportEvent[] = [];
      for (let page = await store.events({}, { limit: 17 }); page.length; page = await store.events({}, { limit: 17, after: paged[paged.length - 1]! })) paged.push(...page);
      expect(paged).toEqual(events);
      expect(await store.summaries()).toEqual(events.map(toSummary));
      expect(await store.summaries({ country: 'SY' }, { limit: 5 })).toEqual(events.filter((e) => e.location.country_code === 'SY').slice(0, 5).map(toSummary));
      // the map view's rows: each summary's text as stored, the bytes JSON.stringify writes for it
      const mapRow = (e: ExportEvent) => ({ date: e.date, id: e.id, summary: JSON.stringify(toSummary(e)) });
      expect(await store.mapRows()).toEqual(events.map(mapRow));
      expect(await store.mapRows({ country: 'SY' }, { limit: 5, after: events.find((e) => e.location.country_code === 'SY')! })).toEqual(events.filter((e) => e.location.country_code === 'SY').slice(1, 6).map(mapRow));
      expect(await store.countEvents()).toBe(events.length);
      for (const e of events.slice(0, 20)) expect(await store.event(e.id)).toEqual(e);
      expect(await store.event('no-such-event')).toBeUndefined();
    });

    it('keeps the events each filter asks for, and counts them', async () => {
      const iq = events.find((e) => e.location.country_code === 'IQ' && e.location.lat !== null)!;
      const box: [number, number, number, number] = [iq.location.lon! - 1, iq.location.lat! - 1, iq.location.lon! + 1, iq.location.lat! + 1];
      const actor = events.find((e) => e.actor1)!.actor1!.name;
      const cases: Array<[EventFilter, (e: ExportEvent) => boolean]> = [
        [{ country: 'iq' }, (e) => e.location.country_code === 'IQ'],
        [{ since: '2024-01-01', until: '2024-03-31' }, (e) => e.date >= '2024-01-01' && e.date <= '2024-03-31'],
        [{ type: 'battles' }, (e) => e.event_type === 'Battles'],
        [{ type: 'air/drone strike' }, (e) => e.sub_event_type === 'Air/drone strike'],
        [{ status: 'claimed' }, (e) => e.status === 'claimed'],
        [{ minSources: 2 }, (e) => e.num_sources >= 2],
        [{ actor: actor.slice(2, 9).toUpperCase() }, (e) => [e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].some((a) => a?.name.toLowerCase().includes(actor.slice(2, 9).toLowerCase()))],
        [{ bbox: box }, (e) => e.location.lat !== null && e.location.lon !== null && e.location.lat >= box[1] && e.location.lat <= box[3] && e.location.lon >= box[0] && e.location.lon <= box[2]],
        [{ country: 'SY', type: 'Explosions/Remote violence', minSources: 1 }, (e) => e.location.country_code === 'SY' && e.event_type === 'Explosions/Remote violence'],
      ];
      for (const [filter, keeps] of cases) {
        const expected = events.filter(keeps);
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(expected.length, JSON.stringify(filter)).toBeLessThan(events.length);
        expect((await store.events(filter)).map((e) => e.id), JSON.stringify(filter)).toEqual(expected.map((e) => e.id));
        expect(await store.countEvents(filter)).toBe(expected.length);
        // pages of a few: each filter's index gives its matches in (date, id) order, or they are sorted
        const paged: ExportEvent[] = [];
        for (let page = await store.events(filter, { limit: 4 }); page.length; page = await store.events(filter, { limit: 4, after: paged[paged.length - 1]! })) paged.push(...page);
        expect(paged.map((e) => e.id), JSON.stringify(filter)).toEqual(expected.map((e) => e.id));
      }
    });

    it('counts by day, country and actor the events a filter the counts tables cannot answer keeps, as the events themselves give', async () => {
      const iq = events.find((e) => e.location.country_code === 'IQ' && e.location.lat !== null)!;
      const box: [number, number, number, number] = [iq.location.lon! - 3, iq.location.lat! - 3, iq.location.lon! + 3, iq.location.lat! + 3];
      const actor = events.find((e) => e.actor1)!.actor1!.name;
      const filters: EventFilter[] = [{ actor: actor.slice(0, 6) }, { bbox: box }, { q: 'drone' }, { minSources: 2 }, { country: 'IQ', q: 'killed' }, { type: 'battles', minSources: 1 }];
      const tally = (keys: string[]) => keys.reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});
      const byKey = <T extends { n: number }>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), Number(r.n)]));
      for (const f of filters) {
        const matching = await store.events(f);
        expect(matching.length, JSON.stringify(f)).toBeGreaterThan(0);
        const counts = await store.eventCounts(f);
        expect(byKey(counts.byDay, (r) => `${r.date} ${r.event_type}`), JSON.stringify(f)).toEqual(tally(matching.map((e) => `${e.date} ${e.event_type}`)));
        expect(byKey(counts.byCountry, (r) => r.country_code), JSON.stringify(f)).toEqual(tally(matching.flatMap((e) => (e.location.country_code ? [e.location.country_code] : []))));
        const actorsOf = (e: ExportEvent) => [...new Set([e.actor1, e.actor2, ...e.assoc_actors1, ...e.assoc_actors2].flatMap((a) => (a ? [a.name] : [])))];
        expect(byKey(counts.byActor, (r) => r.actor), JSON.stringify(f)).toEqual(tally(matching.flatMap(actorsOf)));
      }
    });

    it("keeps the events ACLED's column filters ask for: any of the values, text in any case, LIKE patterns and ranges", async () => {
      const stored = await store.storedEvents();
      const named = stored.find((s) => s.event.actor1?.name.startsWith('Military Forces of'))!.event.actor1!.name;
      const admin1 = stored.find((s) => s.event.location.admin1)!.event.location.admin1!;
      const [early, late] = ['2023-10-01', '2024-03-31'];
      const toll = (s: StoredEvent) => s.event.fatalities.best ?? s.event.fatalities.low ?? 0;
      const cases: Array<[ColumnFilter[], (s: StoredEvent) => boolean]> = [
        [[{ column: 'date', op: 'BETWEEN', values: [early, late] }], (s) => s.event.date >= early && s.event.date <= late],
        [[{ column: 'date', op: '<', values: [early, '2023-01-01'] }], (s) => s.event.date < early],
        [[{ column: 'date', op: '=', values: [stored[0]!.event.date, stored[5]!.event.date] }], (s) => [stored[0]!.event.date, stored[5]!.event.date].includes(s.event.date)],
        [[{ column: 'country_code', op: '=', values: ['IQ', 'SY'] }], (s) => ['IQ', 'SY'].includes(s.event.location.country_code ?? '')],
        [[{ column: 'event_type', op: '=', values: ['battles', 'RIOTS'] }], (s) => ['Battles', 'Riots'].includes(s.event.event_type)],
        [[{ column: 'actor1', op: '=', values: [named.toUpperCase()] }], (s) => s.event.actor1?.name === named],
        [[{ column: 'actor1', op: 'LIKE', values: ['military forces of%'] }], (s) => !!s.event.actor1?.name.startsWith('Military Forces of')],
        [[{ column: 'actor2', op: 'LIKE', values: ['%civilians%', '%protesters%'] }], (s) => /civilians|protesters/i.test(s.event.actor2?.name ?? '')],
        [[{ column: 'admin1', op: '=', values: [admin1] }], (s) => s.event.location.admin1 === admin1],
        [[{ column: 'fatalities', op: '>', values: [0] }], (s) => toll(s) > 0],
        [[{ column: 'fatalities', op: 'BETWEEN', values: [2, 10] }, { column: 'country_code', op: '=', values: ['SY', 'IQ', 'UA'] }], (s) => toll(s) >= 2 && toll(s) <= 10 && ['SY', 'IQ', 'UA'].includes(s.event.location.country_code ?? '')],
      ];
      for (const [columns, keeps] of cases) {
        const expected = stored.filter(keeps).map((s) => s.event.id);
        expect(expected.length, JSON.stringify(columns)).toBeGreaterThan(0);
        expect(expected.length, JSON.stringify(columns)).toBeLessThan(stored.length);
        expect((await store.events({ columns })).map((e) => e.id), JSON.stringify(columns)).toEqual(expected);
        expect(await store.countEvents({ columns }), JSON.stringify(columns)).toBe(expected.length);
      }
      expect(await store.events({ columns: [{ column: 'country_code', op: '=', values: [] }] })).toEqual([]);
      const newest = Math.max(...stored.map((s) => s.timestamp));
      expect((await store.storedEvents({ columns: [{ column: 'updated_at', op: '>=', values: [newest] }] })).map((s) => s.event.id))
        .toEqual(stored.filter((s) => s.timestamp >= newest).map((s) => s.event.id));
    });

    it('a reader gives the newest first and a page of them from an offset, as the read API asks', async () => {
      const reader = await store.reader();
      try {
        const read = async (slice: Parameters<typeof reader.events>[2]) => {
          const got: string[] = [];
          for await (const batch of reader.events({ country: 'SY' }, 4, slice)) got.push(...batch.map((s) => s.event.id));
          return got;
        };
        const oldestFirst = (await store.events({ country: 'SY' })).map((e) => e.id);
        expect(oldestFirst.length).toBeGreaterThan(12);
        const newestFirst = [...oldestFirst].reverse();
        expect(await read({ newestFirst: true })).toEqual(newestFirst);
        expect(await read({ newestFirst: true, page: { offset: 5, limit: 6 } })).toEqual(newestFirst.slice(5, 11));
        expect(await read({ page: { offset: oldestFirst.length - 2, limit: 6 } })).toEqual(oldestFirst.slice(-2));
      } finally {
        await reader.close();
      }
    });

    it('searches the source sentences for text, in any case, as a scan of every sentence would', async () => {
      const queries = ['drone', 'Drone', 'DRONES', 'killed', 'said', 'al-', 'Houthi', 'strike on', 'the ', '"', "'s ", '100', 'per cent', '50%', 'a_b', 'zzqx', 'ab', 'x'];
      for (const q of queries) {
        const found = events.filter((e) => e.sources.some((s) => s.sentence.toLowerCase().includes(q.toLowerCase()))).map((e) => e.id);
        expect((await store.events({ q })).map((e) => e.id), q).toEqual(found);
        expect(await store.countEvents({ q }), q).toBe(found.length);
      }
      expect((await store.events({ q: 'drone' })).length).toBeGreaterThan(5);
      expect((await store.events({ q: 'drone', country: 'IQ' })).every((e) => e.location.country_code === 'IQ')).toBe(true);
    });

    it('counts a search only up to a cap, and past it counts only its newest matches, saying so; a rarer word exactly', async () => {
      const matching = (q: string) => events.filter((e) => e.sources.some((s) => s.sentence.toLowerCase().includes(q)));
      const newestFirst = (found: ExportEvent[]) => [...found].sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
      const byDay = (found: Array<{ date: string; event_type: string }>) => found.reduce<Record<string, number>>((n, e) => ({ ...n, [`${e.date} ${e.event_type}`]: (n[`${e.date} ${e.event_type}`] ?? 0) + 1 }), {});
      const counted = (rows: Array<{ date: string; event_type: string; n: number }>) => Object.fromEntries(rows.map((r) => [`${r.date} ${r.event_type}`, Number(r.n)]));
      const common: Array<[EventFilter, ExportEvent[]]> = [
        [{ q: 'killed' }, matching('killed')],
        [{ q: 'drone', since: '2023-01-01' }, matching('drone').filter((e) => e.date >= '2023-01-01')],
        [{ q: 'said', country: 'IQ' }, matching('said').filter((e) => e.location.country_code === 'IQ')],
        [{ q: 'e', minSources: 2 }, matching('e').filter((e) => e.num_sources >= 2)], // too short for the search index: a scan of the sentences
      ];
      for (const [filter, found] of common) {
        const what = JSON.stringify(filter);
        const cap = Math.floor(found.length / 2);
        expect(cap, what).toBeGreaterThan(2);
        expect(await store.countCapped(filter, cap), what).toEqual({ n: cap, capped: true });
        // the newest `cap` matches, counted three ways, and the days they cover
        const newest = newestFirst(found).slice(0, cap);
        const stats = await store.eventCounts(filter, cap);
        expect(stats.newest, what).toEqual({ n: cap, since: newest.at(-1)!.date, until: newest[0]!.date });
        expect(counted(stats.byDay), what).toEqual(byDay(newest));
        expect(stats.byCountry.reduce((n, c) => n + Number(c.n), 0), what).toBe(newest.filter((e) => e.location.country_code).length);
        // a cap as large as the matches, or none, leaves the count and the counts exact
        expect(await store.countCapped(filter, found.length), what).toEqual({ n: found.length, capped: false });
        const whole = await store.eventCounts(filter, found.length);
        expect(whole.newest, what).toBeUndefined();
        expect(counted(whole.byDay), what).toEqual(byDay(found));
        expect(await store.eventCounts(filter)).toEqual(whole);
      }
      // a rare word, and any filter without a search, are counted exactly whatever the cap
      const rare = matching('houthi');
      expect(rare.length).toBeGreaterThan(0);
      expect(await store.countCapped({ q: 'Houthi' }, rare.length + 1)).toEqual({ n: rare.length, capped: false });
      expect(await store.countCapped({ country: 'IQ' }, 1)).toEqual({ n: events.filter((e) => e.location.country_code === 'IQ').length, capped: false });
      expect((await store.eventCounts({ country: 'IQ' }, 1)).newest).toBeUndefined();
    });

    it('the counts kept as events are written equal the counts of the events themselves', async () => {
      const filters: EventFilter[] = [{}, { country: 'iq' }, { since: '2024-01-01', until: '2024-03-31' }, { type: 'battles' }, { type: 'Air/drone strike' }, { status: 'claimed' }, { country: 'SY', type: 'Explosions/Remote violence' }];
      const byKey = <T extends { n: number }>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), Number(r.n)]));
      for (const f of filters) {
        // min_sources 1 keeps every event but is not counted ahead: the store counts the events' rows
        const [kept, counted] = [await store.eventCounts(f), await store.eventCounts({ ...f, minSources: 1 })];
        expect(byKey(kept.byDay, (r) => `${r.date} ${r.event_type}`), JSON.stringify(f)).toEqual(byKey(counted.byDay, (r) => `${r.date} ${r.event_type}`));
        expect(byKey(kept.byCountry, (r) => r.country_code)).toEqual(byKey(counted.byCountry, (r) => r.country_code));
        expect(byKey(kept.byActor, (r) => r.actor)).toEqual(byKey(counted.byActor, (r) => r.actor));
        const matching = await store.events(f);
        expect(Object.values(byKey(kept.byDay, (r) => `${r.date} ${r.event_type}`)).reduce((a, b) => a + b, 0), JSON.stringify(f)).toBe(matching.length);
      }
      for (const table of ['event_counts', 'actor_counts', 'day_counts', 'total_counts']) {
        expect(await db.query(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE n <= 0`), table).toEqual([{ n: 0 }]);
      }
    });

    it("each event keeps its reports' votes, and each report its match key", async () => {
      const reports = await db.query<{ event_id: string; data: string; match_key: string }>('SELECT event_id, data, match_key FROM reports');
      const byEvent = new Map<string, ExportEvent[]>();
      for (const r of reports) {
        const data = JSON.parse(r.data) as ExportEvent;
        expect(r.match_key).toBe(matchKey(data));
        byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), data]);
      }
      const stored = await db.query<{ id: string; votes: string }>('SELECT id, votes FROM events');
      expect(stored).toHaveLength(events.length);
      for (const { id, votes } of stored) expect(JSON.parse(votes), id).toEqual(byEvent.get(id)!.map(votesOf).reduce(addVotes));
    });

    it("every event's num_sources is the number of articles of its reports, which it names", async () => {
      for (const e of events) {
        const articles = new Set((await store.reportsOf(e.id)).map((r) => r.report.sources[0]!.article_id));
        expect(e.num_sources, e.id).toBe(articles.size);
        expect(new Set(e.sources.map((s) => s.article_id)), e.id).toEqual(articles);
      }
    });

    it('counts the violent events and their articles in a tally\'s scope', async () => {
      const tallies = await store.tallies();
      expect(tallies.length).toBeGreaterThan(0);
      for (const t of tallies) {
        const own = await compareTally(store, t);
        const kept = events.filter((e) => e.event_type !== 'Protests' && (!t.since || e.date >= t.since) && (!t.until || e.date <= t.until) &&
          (!t.scope_countries.length || t.scope_countries.includes(e.location.country_code ?? '')) && (!own.party || e[own.party.role]?.name === own.party.name));
        const articles = new Set(kept.flatMap((e) => e.sources.map((s) => s.article_id)));
        expect({ events: own.events, articles: own.articles }, t.source.article_id).toEqual({ events: kept.length, articles: articles.size });
      }
    });
  });
}
