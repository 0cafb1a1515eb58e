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
  /** CPU seconds (user and system) of the processes and their threads (0 without GNU time): on a shared machine the wall clock also counts waiting for a core */
  cpu: number;
}

/** `processes` runs of `sitrep ingest` over `files` (split between them) into `db`, timed until the last ends. */
export async function cliIngest(bin: string, files: string[], db: string, options: { workers?: number; processes?: number } = {}): Promise<IngestRun> {
  const processes = options.processes ?? 1;
  const started = process.hrtime.bigint();
  const runs = await Promise.all(Array.from({ length: processes }, (_, p) => ingestProcess(bin, files.filter((_, i) => i % processes === p), db, options.workers ?? 1)));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakKb: Math.max(...runs.map((r) => r.peakKb)), cpu: runs.reduce((n, r) => n + r.cpu, 0) };
}

function ingestProcess(bin: string, files: string[], db: string, workers: number): Promise<{ peakKb: number; cpu: number }> {
  const command = [process.execPath, bin, 'ingest', ...files, '--db', db, '-q', '--workers', String(workers)];
  // GNU time prints the child's user and system CPU seconds and peak RSS (KB) as the last line of stderr
  const gnuTime = existsSync('/usr/bin/time');
  const child = gnuTime ? spawn('/usr/bin/time', ['-f', '%U %S %M', ...command]) : spawn(command[0]!, command.slice(1));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => child.once('exit', (code) => {
    if (code !== 0) reject(new Error(`sitrep ingest failed: ${stderr}`));
    else {
      const [, user, system, kb] = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr) ?? [];
      resolve(gnuTime ? { peakKb: Number(kb), cpu: Number(user) + Number(system) } : { peakKb: 0, cpu: 0 });
    }
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
