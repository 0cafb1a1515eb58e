import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toSummary } from '../export/to-summary.js';
import { ingestArticle, newReport } from '../ingest/ingest.js';
import type { Article } from '../types.js';
import { tmp } from '../../test/helpers.js';
import { SqliteStore } from './sqlite-store.js';

const report = () => newReport(0, []);
const text = 'A drone attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said. On Tuesday, gunmen killed three shepherds near Mosul.';
const article = (id: string, body: string): Article => ({ id, title: null, outlet: `Wire ${id}`, url: null, published: '2024-05-14', text: body, hash: `h-${id}`, origin: 'test' });

/** A database taken back to an older schema: the columns and index later versions added dropped. */
function downgrade(file: string, version: 3 | 4): void {
  const raw = new Database(file);
  raw.exec('DROP INDEX events_id_cnty');
  for (const col of ['id_cnty', 'updated_at', ...(version === 3 ? ['lat', 'lon', 'sentences', 'summary'] : [])]) raw.exec(`ALTER TABLE events DROP COLUMN ${col}`);
  raw.prepare("DELETE FROM meta WHERE key LIKE 'last_id_cnty:%'").run();
  raw.prepare('UPDATE meta SET value = ? WHERE key = ?').run(String(version), 'schema_version');
  raw.close();
}

describe('SqliteStore', () => {
  it('upgrades a v3 database: the map, search and bounding-box columns are filled from each event', () => {
    const file = join(tmp(), 'v3.db');
    const store = new SqliteStore(file);
    ingestArticle({ id: 'a1', title: null, outlet: 'Wire', url: null, published: '2024-05-14', text, hash: 'h1', origin: 'test' }, store, report());
    const before = store.events();
    store.close();
    expect(before.length).toBe(2);
    downgrade(file, 3);

    // a command that only reads does not upgrade it
    expect(() => new SqliteStore(file, { readonly: true })).toThrow(/v3\.db: database schema v3 is older than this sitrep's \(v5\): any `sitrep ingest` into it upgrades it/);
    const upgraded = new SqliteStore(file);
    try {
      expect(upgraded.events()).toEqual(before);
      expect(upgraded.summaries()).toEqual(before.map(toSummary));
      expect(upgraded.events({ q: 'SHEPHERDS' }).map((e) => e.location.name)).toEqual(['Mosul']);
      const kirkuk = before.find((e) => e.location.name === 'Kirkuk')!;
      const box: [number, number, number, number] = [kirkuk.location.lon! - 0.5, kirkuk.location.lat! - 0.5, kirkuk.location.lon! + 0.5, kirkuk.location.lat! + 0.5];
      expect(upgraded.events({ bbox: box }).map((e) => e.id)).toEqual([kirkuk.id]);
      expect(upgraded.storedEvents().map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2']);
    } finally {
      upgraded.close();
    }
  });

  it('upgrades a v4 database: events are numbered per country in the order they were stored and stamped with their last article', () => {
    const file = join(tmp(), 'v4.db');
    const store = new SqliteStore(file);
    ingestArticle(article('iq', text), store, report());
    ingestArticle(article('ml', 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.'), store, report());
    const before = store.storedEvents();
    store.close();
    downgrade(file, 4);
    expect(() => new SqliteStore(file, { readonly: true })).toThrow(/database schema v4 is older than this sitrep's \(v5\)/);
    const upgraded = new SqliteStore(file);
    try {
      const after = upgraded.storedEvents();
      expect(after.map((s) => s.event)).toEqual(before.map((s) => s.event));
      // the Iraqi article was stored first; within it, either of its events may be the first
      expect(after.map((s) => s.event_id_cnty).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // one article each: the second it was stored is the second the event last changed
      expect(after.map((s) => s.timestamp)).toEqual(before.map((s) => s.timestamp));
      // the counters were rebuilt: the next Iraqi event is IRQ3
      ingestArticle(article('iq2', 'Gunmen killed two farmers near Basra on Friday, police said.'), upgraded, report());
      expect(upgraded.storedEvents().find((s) => s.event.location.name === 'Basra')?.event_id_cnty).toBe('IRQ3');
    } finally {
      upgraded.close();
    }
  });

  it('refuses a database of another schema version with a message naming the file', () => {
    const file = join(tmp(), 'v9.db');
    new SqliteStore(file).close();
    const raw = new Database(file);
    raw.prepare("UPDATE meta SET value = '9' WHERE key = 'schema_version'").run();
    raw.close();
    expect(() => new SqliteStore(file)).toThrow(/v9\.db: database schema v9 is not this sitrep's \(v5\)/);
  });
});

describe('ACLED ids and timestamps', () => {
  const kirkuk = (weapon: string) => `A ${weapon} struck a military base near Kirkuk on Monday, wounding two soldiers, police said.`;
  const mosul = 'Gunmen killed three shepherds near Mosul on Monday, police said.';
  const ids = (store: SqliteStore) => Object.fromEntries(store.storedEvents().map((s) => [s.event.id, s.event_id_cnty]));

  it('numbers events per country in the order they are stored; the event that survives a merge keeps its id', () => {
    const store = new SqliteStore(join(tmp(), 'ids.db'));
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('d', mosul), store, report());
      ingestArticle(article('ml', 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.'), store, report());
      const before = ids(store);
      expect(Object.values(before).sort()).toEqual(['IRQ1', 'IRQ2', 'MLI1']);
      // another account of the Mosul killing: it joins the stored event, whose id is the smaller one and stays
      ingestArticle(article('f', 'Gunmen shot dead three shepherds near Mosul on Monday, a police officer said.'), store, report());
      expect(ids(store)).toEqual(before);
      expect(store.storedEvents().find((s) => s.event.location.name === 'Mosul')!.event.num_sources).toBe(2);
    } finally {
      store.close();
    }
  });

  it('an event that absorbs stored events under a new id takes the oldest of their ids; a merged-away id is never given again', () => {
    const store = new SqliteStore(join(tmp(), 'merge.db'));
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('b', kirkuk('rocket')), store, report());
      expect(Object.values(ids(store)).sort()).toEqual(['IRQ1', 'IRQ2']);
      // a drone and a rocket are not one weapon, but an attack with none named can be either: one incident
      ingestArticle(article('c', 'An attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said.'), store, report());
      const [merged] = store.storedEvents();
      expect(store.storedEvents()).toHaveLength(1);
      expect(merged!.event.num_sources).toBe(3);
      expect(merged!.event_id_cnty).toBe('IRQ1');
      ingestArticle(article('d', mosul), store, report());
      expect(Object.values(ids(store)).sort()).toEqual(['IRQ1', 'IRQ3']);
    } finally {
      store.close();
    }
  });

  it('stamps an event with the second it last changed; an event no article touched keeps its stamp', () => {
    const file = join(tmp(), 'stamps.db');
    const store = new SqliteStore(file);
    try {
      ingestArticle(article('a', kirkuk('drone')), store, report());
      ingestArticle(article('d', mosul), store, report());
      const raw = new Database(file);
      raw.prepare('UPDATE events SET updated_at = 1000').run();
      raw.close();
      const started = Math.floor(Date.now() / 1000);
      ingestArticle(article('f', 'Gunmen shot dead three shepherds near Mosul on Monday, a police officer said.'), store, report());
      const stamps = Object.fromEntries(store.storedEvents().map((s) => [s.event.location.name, s.timestamp]));
      expect(stamps.Kirkuk).toBe(1000);
      expect(stamps.Mosul).toBeGreaterThanOrEqual(started);
      expect(stamps.Mosul).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    } finally {
      store.close();
    }
  });
});
