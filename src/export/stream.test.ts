import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL, tmp } from '../../test/helpers.js';
import { ingestPaths } from '../ingest/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { EventFilter } from '../store/event-store.js';
import { toCsv, toGeoJson, toJsonDocument } from './formats.js';
import { exportText, type ExportFormat } from './stream.js';

const now = new Date('2026-01-02T03:04:05Z');

/** The export as it was made before it was streamed: the whole document in memory. */
function whole(store: SqliteStore, format: ExportFormat, filter: EventFilter, pretty: boolean): string {
  const events = store.events(filter);
  if (format === 'csv') return toCsv(events);
  const doc = format === 'json' ? toJsonDocument(events, store.tallies(), now) : toGeoJson(events);
  return pretty ? JSON.stringify(doc, null, 2) + '\n' : JSON.stringify(doc);
}

describe('streamed exports', () => {
  let store: SqliteStore;
  beforeAll(() => {
    store = new SqliteStore(join(tmp(), 'stream.db'));
    ingestPaths([join(REAL, 'articles')], store);
  }, 120_000);
  afterAll(() => store.close());

  it('are byte for byte the whole document, in any batch size, for the CLI and the API', () => {
    for (const format of ['json', 'csv', 'geojson'] as const) {
      for (const filter of [{}, { country: 'SY' }, { country: 'ZZ' }]) {
        for (const pretty of [true, false]) {
          for (const size of [1, 7, 500]) {
            const reader = store.reader();
            try {
              const text = [...exportText(format, reader.events(filter, size), reader.tallies(size), pretty, now)].join('');
              expect(text, `${format} ${JSON.stringify(filter)} pretty=${pretty} size=${size}`).toBe(whole(store, format, filter, pretty));
            } finally {
              reader.close();
            }
          }
        }
      }
    }
    expect(store.tallies().length).toBeGreaterThan(0);
    expect(store.events({ country: 'ZZ' })).toEqual([]);
  });
});
