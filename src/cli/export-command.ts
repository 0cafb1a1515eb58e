// `sitrep export`: events streamed from a snapshot a batch at a time, so memory stays flat however many
// there are. A file is written beside its target and renamed over it once complete, so a failed write
// (a full disk) leaves the old file as it was; a failed write to stdout is an error, never a quiet 0.
import { accessSync, closeSync, constants, fchmodSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { isatty } from 'node:tty';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportStream, type ExportFormat } from '../export/stream.js';
import { parseFilter, type FilterOptions } from './events-command.js';
import { OutputError, UsageError } from './errors.js';
import { withStore } from './shared.js';

export async function runExport(o: FilterOptions & { format: string; output?: string }): Promise<void> {
  if (!['json', 'csv', 'geojson'].includes(o.format)) throw new UsageError(`--format must be json, csv or geojson, got "${o.format}"`);
  const filter = parseFilter(o);
  const target = o.output === undefined ? undefined : checkTarget(o.output);
  const text = exportStream(withStore(o.db, (store) => store.reader()), filter, o.format as ExportFormat, true);
  try {
    if (o.output === undefined) await toStdout(text);
    else await toFile(o.output, target, text);
  } finally {
    text.destroy(); // lets the snapshot go if the output failed before the export was read
  }
}

/** What -o names, when it exists: refused before anything is read if it cannot be replaced. */
function checkTarget(path: string): Stats | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) throw new UsageError(`cannot write ${path}: is a directory`);
  try {
    // a file made read-only is kept from being replaced, as writing into it would have been
    accessSync(path, constants.W_OK);
  } catch (err) {
    throw new UsageError(`cannot write ${path}: ${reason(err)}`);
  }
  return stats;
}

async function toFile(path: string, existing: Stats | undefined, text: Readable): Promise<void> {
  // a device or a pipe (-o /dev/stdout) is written into: renaming over it would replace it
  const direct = existing !== undefined && !existing.isFile();
  // the file a symbolic link points to is the one replaced, as writing through the link would have done
  const final = existing && !direct ? realpathSync(path) : path;
  const temp = direct ? path : join(dirname(final), `.${basename(final)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, direct ? 'w' : 'wx');
  } catch (err) {
    // the folder is named: it must take a new file even where the old one could be written into
    throw new UsageError(`cannot write ${path}: ${direct ? '' : `${dirname(final)}: `}${reason(err)}`);
  }
  try {
    if (!direct && existing) fchmodSync(fd, existing.mode & 0o7777);
    await writeAll(text, fd);
    // on disk before it takes the old file's place: a crash then leaves one or the other, whole
    if (!direct) fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    if (!direct) rmSync(temp, { force: true });
    throw new OutputError(`cannot write ${path}: ${reason(err)}`);
  }
  closeSync(fd);
  if (!direct) renameSync(temp, final);
}

async function toStdout(text: Readable): Promise<void> {
  const s = fstatSync(1);
  try {
    // process.stdout writes files and devices with writeSync and drops what a short write left out (a
    // full disk then ends the export early with exit 0), so they are written here; a pipe's or a
    // terminal's errors reach main.ts's handler, where a reader that went away is a quiet exit 0
    if (s.isFile() || s.isBlockDevice() || (s.isCharacterDevice() && !isatty(1))) await writeAll(text, 1);
    else await pipeline(text, process.stdout);
  } catch (err) {
    throw new OutputError(`cannot write to stdout: ${reason(err)}`);
  }
}

/** Every byte, or an error: a short write (the disk filling up) is followed by one that fails. */
async function writeAll(text: Readable, fd: number): Promise<void> {
  for await (const chunk of text as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
  }
}

/** "no space left on device" out of "ENOSPC: no space left on device, write". */
const reason = (err: unknown): string => (err as Error).message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
