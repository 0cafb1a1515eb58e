// Helpers shared by the integration tests: run the real CLI, score with the project's copy of the shared scorer.
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServe as startServeProcess, type ServeProcess } from '../src/bench/serve-process.js';
import { loadFile } from '../src/ingest/load.js';
import { extractToDocument } from '../src/export/extract-document.js';
import type { Article } from '../src/types.js';

export const ROOT = resolve(__dirname, '..');
/** A frozen copy of the shared dev corpus (real reporting, with gold), so the tests need nothing beside the project. */
export const REAL = join(ROOT, 'test', 'real-corpus');
/** A copy of ../shared/eval/score.mjs, the scorer the project is judged by. */
export const SCORER = join(ROOT, 'eval', 'score.mjs');
export const BIN = join(ROOT, 'bin', 'sitrep.js');

export function tmp(prefix = 'sitrep-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sitrep(args: string[], input?: string | Buffer, options: SpawnSyncOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 120_000, ...options }) as SpawnSyncReturns<string>;
}

export interface Scores {
  events: { f1: number; tp: number; fp: number; fn: number };
  field_accuracy: number;
  tallies: { f1: number };
  dedupe: { tp: number; fp: number; fn: number; f1: number };
}

/** Scores an export document file with the project's copy of the shared scorer. */
export function score(goldDir: string, predFile: string): Scores {
  const run = spawnSync(process.execPath, [SCORER, '--gold', goldDir, '--pred', predFile, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1)) as Scores;
}

/** Every article of a folder's files, read as `sitrep ingest` reads them, in file name order. */
export const loadFolder = (dir: string): Article[] => readdirSync(dir).sort().flatMap((f) => loadFile(join(dir, f)));

/** Extracts every article of a folder in memory, each on its own (as the scorer's isolated mode does). */
export function extractFolder(dir: string): string {
  const articles = loadFolder(dir);
  const file = join(tmp(), 'export.json');
  writeFileSync(file, JSON.stringify(extractToDocument(articles)));
  return file;
}

/** Starts the real `sitrep serve` on a free port of 127.0.0.1 and resolves with its URL once it listens. */
export const startServe = (args: string[]): Promise<ServeProcess> => startServeProcess(BIN, args, ROOT);

/** A seeded shuffle, so a failure can be replayed. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Debian's Chromium, started headless the way every UI test needs it (never a downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
