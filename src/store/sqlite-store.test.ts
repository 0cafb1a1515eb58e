import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toSummary } from '../export/to-summary.js';
import { ingestArticle, newReport } from '../ingest/ingest.js';
import { tmp } from '../../test/helpers.js';
import { SqliteStore } from './sqlite-store.js';

const report = () => newReport(0, []);
const text = 'A drone attack hit a military base near Kirkuk on Monday, wounding two soldiers, police said. On Tuesday, gunmen killed three shepherds near Mosul.';

describe('SqliteStore', () => {
  it('upgrades a v3 database: the map, search and bounding-box columns are filled from each event', () => {
    const file = join(tmp(), 'v3.db');
    const store = new SqliteStore(file);
    ingestArticle({ id: 'a1', title: null, outlet: 'Wire', url: null, published: '2024-05-14', text, hash: 'h1', origin: 'test' }, store, report());
    const before = store.events();
    store.close();
    expect(before.length).toBe(2);
    // take the database back to v3: the columns v4 added did not exist
    const raw = new Database(file);
    for (const col of ['lat', 'lon', 'sentences', 'summary']) raw.exec(`ALTER TABLE events DROP COLUMN ${col}`);
    raw.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
    raw.close();

    // a command that only reads does not upgrade it
    expect(() => new SqliteStore(file, { readonly: true })).toThrow(/v3\.db: database schema v3 is older than this sitrep's \(v4\): any `sitrep ingest` into it upgrades it/);
    const upgraded = new SqliteStore(file);
    try {
      expect(upgraded.events()).toEqual(before);
      expect(upgraded.summaries()).toEqual(before.map(toSummary));
      expect(upgraded.events({ q: 'SHEPHERDS' }).map((e) => e.location.name)).toEqual(['Mosul']);
      const kirkuk = before.find((e) => e.location.name === 'Kirkuk')!;
      const box: [number, number, number, number] = [kirkuk.location.lon! - 0.5, kirkuk.location.lat! - 0.5, kirkuk.location.lon! + 0.5, kirkuk.location.lat! + 0.5];
      expect(upgraded.events({ bbox: box }).map((e) => e.id)).toEqual([kirkuk.id]);
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
    expect(() => new SqliteStore(file)).toThrow(/v9\.db: database schema v9 is not this sitrep's \(v4\)/);
  });
});
