// `sitrep ingest` end to end, as a user runs it: process start, reading, extraction, merging, storing.
// One run, or several processes side by side on one database (as ingest workers on several machines
// would be), each given every n-th file.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../types.js';

export interface IngestRun {
  seconds: number;
  /** the largest peak resident set of the processes, in KB (0 without GNU time) */
  peakKb: number;
}

/** `processes` runs of `sitrep ingest` over `files` (split between them) into `db`, timed until the last ends. */
export async function cliIngest(bin: string, files: string[], db: string, options: { workers?: number; processes?: number } = {}): Promise<IngestRun> {
  const processes = options.processes ?? 1;
  const started = process.hrtime.bigint();
  const peaks = await Promise.all(Array.from({ length: processes }, (_, p) => ingestProcess(bin, files.filter((_, i) => i % processes === p), db, options.workers ?? 1)));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakKb: Math.max(...peaks) };
}

function ingestProcess(bin: string, files: string[], db: string, workers: number): Promise<number> {
  const command = [process.execPath, bin, 'ingest', ...files, '--db', db, '-q', '--workers', String(workers)];
  // GNU time prints the child's peak RSS (KB) as the last line of stderr
  const gnuTime = existsSync('/usr/bin/time');
  const child = gnuTime ? spawn('/usr/bin/time', ['-f', '%M', ...command]) : spawn(command[0]!, command.slice(1));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => child.once('exit', (code) => {
    if (code !== 0) reject(new Error(`sitrep ingest failed: ${stderr}`));
    else resolve(gnuTime ? Number(/(\d+)\s*$/.exec(stderr)?.[1]) : 0);
  }));
}

/**
 * The real-reporting mix: `articles` `rounds` times over as JSON Lines files, each copy with an id and
 * a last line of its own, so every incident is reported again in every round and its events gain
 * sources, merge and are relabelled as a stream of real reporting makes them.
 */
export function writeRounds(dir: string, articles: Article[], rounds: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: rounds }, (_, r) => {
    const file = join(dir, `round-${String(r).padStart(3, '0')}.jsonl`);
    writeFileSync(file, articles.map((a) => JSON.stringify({ id: `${a.id}-r${r}`, title: a.title, outlet: a.outlet, url: a.url, published: a.published, text: `${a.text}\n\nFiled by desk ${r}.` })).join('\n') + '\n');
    return file;
  });
}
