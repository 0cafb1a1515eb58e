// Exports written a batch of events at a time, read from a snapshot of their own, so memory does not
// grow with the database and a long export never holds up the server's other requests. The bytes are
// those of formats.ts for the whole list at once: the same functions make each batch, and the JSON
// around the arrays is JSON.stringify's own, so a change of columns or fields there carries over.
import { Readable } from 'node:stream';
import type { EventFilter, EventReader, StoredEvent } from '../store/event-store.js';
import type { Tally } from '../types.js';
import { acledRow, csvLine, toCsv, toGeoJson, toJsonDocument, type AcledColumn, type AcledRow } from './formats.js';

export type ExportFormat = 'json' | 'csv' | 'geojson';

const BATCH = 100;

/**
 * An export read from `reader`'s snapshot as a stream of text: `pretty` is the CLI's file (JSON
 * indented by two spaces and ended by a line feed), otherwise the API's compact JSON. The reader is
 * closed with the stream: read to the end, failed, or destroyed (a client that went away).
 */
export function exportStream(reader: EventReader, filter: EventFilter, format: ExportFormat, pretty: boolean): Readable {
  return readerStream(reader, exportText(format, reader.events(filter, BATCH), reader.tallies(BATCH), pretty));
}

/** A page of ACLED rows: the events a filter keeps (and `keep`, if given, passes), newest first, `limit` of them from `offset` on, with the columns of `fields`. */
export interface AcledRead {
  filter: EventFilter;
  keep?: (s: StoredEvent) => boolean;
  offset: number;
  limit: number;
  fields: AcledColumn[];
}

/**
 * The ACLED read API's answer, streamed as the exports are: CSV, or ACLED's JSON wrapper with flat
 * rows. `count` (the rows of this page) follows `data`, as it is known only once the rows are written.
 */
export function acledReadStream(reader: EventReader, read: AcledRead, format: 'json' | 'csv'): Readable {
  return readerStream(reader, acledText(read.fields, format, acledRows(reader, read)));
}

/** Text pieces as a stream that closes `reader` with it: read to the end, failed, or destroyed (a client that went away). */
function readerStream(reader: EventReader, pieces: AsyncIterable<string>): Readable {
  return Readable.from(turnByTurn(pieces), { objectMode: false }).once('close', () => void reader.close());
}

/** A page's rows, a batch at a time: the store skips to the page itself, unless `keep` must first see every event before it. */
async function* acledRows(reader: EventReader, { filter, keep, offset, limit }: AcledRead): AsyncGenerator<AcledRow[]> {
  const events = reader.events(filter, BATCH, { newestFirst: true, ...(keep ? {} : { page: { offset, limit } }) });
  let skip = keep ? offset : 0;
  let left = limit;
  for await (const batch of events) {
    const kept = keep ? batch.filter(keep) : batch;
    const rows = kept.slice(skip, skip + left);
    skip = Math.max(0, skip - kept.length);
    left -= rows.length;
    if (rows.length) yield rows.map(acledRow);
    if (left === 0) return;
  }
}

async function* acledText(fields: AcledColumn[], format: 'json' | 'csv', rows: AsyncIterable<AcledRow[]>): AsyncGenerator<string> {
  if (format === 'csv') {
    yield `${fields.join(',')}\n`;
    for await (const batch of rows) yield batch.map((row) => `${csvLine(fields.map((f) => row[f]))}\n`).join('');
    return;
  }
  let count = 0;
  yield '{"status":200,"success":true,"data":[';
  for await (const batch of rows) {
    yield (count ? ',' : '') + batch.map((row) => JSON.stringify(Object.fromEntries(fields.map((f) => [f, row[f]])))).join(',');
    count += batch.length;
  }
  yield `],"count":${count}}`;
}

/**
 * A turn of the event loop after each piece: a stream of a source that answers at once (SQLite) read
 * by a fast client would otherwise be read to its end in one go, and the server would answer nothing
 * else meanwhile.
 */
async function* turnByTurn(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const piece of pieces) {
    yield piece;
    await new Promise((next) => setImmediate(next));
  }
}

/**
 * The text of an export, a piece at a time, from batches of events (and of tallies, which only JSON
 * holds); the ACLED id and last change beside each event fill the CSV's and GeoJSON's columns.
 */
export async function* exportText(format: ExportFormat, events: AsyncIterable<StoredEvent[]>, tallies: AsyncIterable<Tally[]>, pretty: boolean, now = new Date()): AsyncGenerator<string> {
  const indent = pretty ? 2 : 0;
  if (format === 'csv') {
    const head = toCsv([]);
    yield head;
    for await (const batch of events) if (batch.length) yield toCsv(batch).slice(head.length);
    return;
  }
  if (format === 'geojson') yield* jsonWithArrays(toGeoJson([]), { features: mapped(events, (batch) => toGeoJson(batch).features) }, indent);
  else yield* jsonWithArrays(toJsonDocument([], [], now), { events: mapped(events, (batch) => batch.map((s) => s.event)), tallies }, indent);
  if (pretty) yield '\n';
}

async function* mapped<T, U>(batches: AsyncIterable<T[]>, f: (batch: T[]) => U[]): AsyncGenerator<U[]> {
  for await (const batch of batches) yield f(batch);
}

/** JSON.stringify(doc, null, indent) with the arrays under `arrays`' keys filled in from their batches. */
async function* jsonWithArrays(doc: object, arrays: Record<string, AsyncIterable<unknown[]>>, indent: number): AsyncGenerator<string> {
  // each array's place is kept by a string no JSON value of the document can hold
  const marks = Object.keys(arrays).map((key) => [key, `\u0000${key}\u0000`] as const);
  const text = JSON.stringify({ ...doc, ...Object.fromEntries(marks) }, null, indent);
  let at = 0;
  for (const [key, mark] of marks) {
    const quoted = JSON.stringify(mark);
    const start = text.indexOf(quoted, at);
    const line = text.slice(text.lastIndexOf('\n', start) + 1);
    yield text.slice(at, start);
    yield* jsonArray(arrays[key]!, /^ */.exec(line)![0], indent);
    at = start + quoted.length;
  }
  yield text.slice(at);
}

/** An array as JSON.stringify writes it at a key whose line is indented by `outer`. */
async function* jsonArray(batches: AsyncIterable<unknown[]>, outer: string, indent: number): AsyncGenerator<string> {
  const before = indent ? `\n${outer}${' '.repeat(indent)}` : '';
  let empty = true;
  yield '[';
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield (empty ? '' : ',') + batch.map((x) => before + JSON.stringify(x, null, indent).replace(/\n/g, before)).join(',');
    empty = false;
  }
  yield empty || !indent ? ']' : `\n${outer}]`;
}
