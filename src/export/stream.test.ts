import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL, tmp } from '../../test/helpers.js';
import { ingestPaths } from '../pipeline/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { EventFilter } from '../store/event-store.js';
import { toCsv, toGeoJson, toJsonDocument } from './formats.js';
import { exportText, type ExportFormat } from './stream.js';

const now = new Date('2026-01-02T03:04:05Z');

/** The export as it was made before it was streamed: the whole document in memory. */
async function whole(store: SqliteStore, format: ExportFormat, filter: EventFilter, pretty: boolean): Promise<string> {
  if (format === 'csv') return toCsv(await store.storedEvents(filter));
  const doc = format === 'json' ? toJsonDocument(await store.events(filter), await store.tallies(), now) : toGeoJson(await store.storedEvents(filter));
  return pretty ? JSON.stringify(doc, null, 2) + '\n' : JSON.stringify(doc);
}

describe('streamed exports', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = await SqliteStore.open(join(tmp(), 'stream.db'));
    await ingestPaths([join(REAL, 'articles')], store);
  }, 120_000);
  afterAll(() => store.close());

  /** An export as streamed from a reader of its own, in batches of `size`. */
  async function streamed(format: ExportFormat, filter: EventFilter, pretty: boolean, size: number): Promise<string> {
    const reader = await store.reader();
    try {
      let text = '';
      for await (const piece of exportText(format, reader.events(filter, size), reader.tallies(size), pretty, now)) text += piece;
      return text;
    } finally {
      await reader.close();
    }
  }

  it('are byte for byte the whole document, in any batch size, for the CLI and the API', async () => {
    for (const format of ['json', 'csv', 'geojson'] as const) {
      for (const filter of [{}, { country: 'SY' }, { country: 'ZZ' }]) {
        for (const pretty of [true, false]) {
          for (const size of [1, 7, 500]) {
            expect(await streamed(format, filter, pretty, size), `${format} ${JSON.stringify(filter)} pretty=${pretty} size=${size}`).toBe(await whole(store, format, filter, pretty));
          }
        }
      }
    }
    expect((await store.tallies()).length).toBeGreaterThan(0);
    expect(await store.events({ country: 'ZZ' })).toEqual([]);
  });

  it("carry the store's ACLED id and last change of each event in the CSV and GeoJSON", async () => {
    const rows = (await streamed('csv', { country: 'SY' }, true, 7)).trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatch(/^SYR\d+,.*,\d{10}$/);
    const geo = JSON.parse(await streamed('geojson', {}, false, 7)) as { features: Array<{ properties: { event_id_cnty: string; timestamp: number } }> };
    expect(geo.features.length).toBeGreaterThan(10);
    expect(new Set(geo.features.map((f) => f.properties.event_id_cnty)).size).toBe(geo.features.length);
    expect(geo.features.every((f) => /^[A-Z]{3}\d+$/.test(f.properties.event_id_cnty) && f.properties.timestamp > 1.7e9)).toBe(true);
  });
});
