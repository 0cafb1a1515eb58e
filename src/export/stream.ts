// Exports written a batch of events at a time, read from a snapshot of their own, so memory does not
// grow with the database and a long export never holds up the server's other requests. The bytes are
// those of formats.ts for the whole list at once: the same functions make each batch, and the JSON
// around the arrays is JSON.stringify's own, so a change of columns or fields there carries over.
import { Readable } from 'node:stream';
import type { EventFilter, EventReader, StoredEvent } from '../store/event-store.js';
import type { Tally } from '../types.js';
import { toCsv, toGeoJson, toJsonDocument } from './formats.js';

export type ExportFormat = 'json' | 'csv' | 'geojson';

const BATCH = 100;

/**
 * An export read from `reader`'s snapshot as a stream of text: `pretty` is the CLI's file (JSON
 * indented by two spaces and ended by a line feed), otherwise the API's compact JSON. The reader is
 * closed with the stream: read to the end, failed, or destroyed (a client that went away).
 */
export function exportStream(reader: EventReader, filter: EventFilter, format: ExportFormat, pretty: boolean): Readable {
  const stream = Readable.from(turnByTurn(exportText(format, reader.events(filter, BATCH), reader.tallies(BATCH), pretty)), { objectMode: false });
  return stream.once('close', () => reader.close());
}

/**
 * A turn of the event loop after each piece: a stream of a synchronous source read by a fast client
 * would otherwise be read to its end in one go, and the server would answer nothing else meanwhile.
 */
async function* turnByTurn(pieces: Iterable<string>): AsyncGenerator<string> {
  for (const piece of pieces) {
    yield piece;
    await new Promise((next) => setImmediate(next));
  }
}

/**
 * The text of an export, a piece at a time, from batches of events (and of tallies, which only JSON
 * holds); the ACLED id and last change beside each event fill the CSV's and GeoJSON's columns.
 */
export function* exportText(format: ExportFormat, events: Iterable<StoredEvent[]>, tallies: Iterable<Tally[]>, pretty: boolean, now = new Date()): Generator<string> {
  const indent = pretty ? 2 : 0;
  if (format === 'csv') {
    const head = toCsv([]);
    yield head;
    for (const batch of events) if (batch.length) yield toCsv(batch).slice(head.length);
    return;
  }
  if (format === 'geojson') yield* jsonWithArrays(toGeoJson([]), { features: mapped(events, (batch) => toGeoJson(batch).features) }, indent);
  else yield* jsonWithArrays(toJsonDocument([], [], now), { events: mapped(events, (batch) => batch.map((s) => s.event)), tallies }, indent);
  if (pretty) yield '\n';
}

function* mapped<T, U>(batches: Iterable<T[]>, f: (batch: T[]) => U[]): Generator<U[]> {
  for (const batch of batches) yield f(batch);
}

/** JSON.stringify(doc, null, indent) with the arrays under `arrays`' keys filled in from their batches. */
function* jsonWithArrays(doc: object, arrays: Record<string, Iterable<unknown[]>>, indent: number): Generator<string> {
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
function* jsonArray(batches: Iterable<unknown[]>, outer: string, indent: number): Generator<string> {
  const before = indent ? `\n${outer}${' '.repeat(indent)}` : '';
  let empty = true;
  yield '[';
  for (const batch of batches) {
    if (!batch.length) continue;
    yield (empty ? '' : ',') + batch.map((x) => before + JSON.stringify(x, null, indent).replace(/\n/g, before)).join(',');
    empty = false;
  }
  yield empty || !indent ? ']' : `\n${outer}]`;
}
