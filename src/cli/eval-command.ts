// `sitrep eval --gold DIR ARTICLES...`: extracts each article alone, in memory, and scores the result
// with the project's scorer (../shared/eval/score.mjs, or --scorer), printing its figures and every miss.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractToDocument } from '../export/extract-document.js';
import { UsageError } from './errors.js';
import { loadArticles } from './shared.js';
import { forTerminal } from './terminal.js';

// the shared scorer beside the project, else the project's own copy of it (eval/score.mjs)
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_SCORER = [resolve(PROJECT, '..', 'shared', 'eval', 'score.mjs'), resolve(PROJECT, 'eval', 'score.mjs')].find((f) => existsSync(f))!;

export function runEval(paths: string[], o: { gold: string; scorer?: string; quiet?: boolean; verbose?: boolean }): void {
  const scorer = o.scorer ?? DEFAULT_SCORER;
  if (!existsSync(scorer)) throw new UsageError(`scorer not found at ${scorer}: pass --scorer PATH`);
  if (!existsSync(o.gold)) throw new UsageError(`gold folder not found: ${o.gold}`);
  const articles = loadArticles(paths);
  const started = process.hrtime.bigint();
  const rejections: string[] = [];
  const doc = extractToDocument(articles, (article, rejected) => {
    for (const r of rejected) rejections.push(`  - ${article.id}: not an incident (${r.rule}: ${r.reason}): "${r.act}" in "${clip(r.sentence.text)}"`);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  try {
    const pred = join(dir, 'export.json');
    writeFileSync(pred, JSON.stringify(doc));
    const run = spawnSync(process.execPath, [scorer, '--gold', o.gold, '--pred', pred, ...(o.quiet ? [] : ['--verbose'])], { encoding: 'utf8' });
    process.stdout.write(forTerminal(run.stdout));
    if (o.verbose) process.stdout.write(`candidates judged not incidents (${rejections.length}):\n${rejections.map((l) => forTerminal(l) + '\n').join('')}`);
    if (run.status !== 0) throw new UsageError(`scorer failed: ${run.stderr.trim().split('\n').pop()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`extracted ${articles.length} article(s) in ${seconds.toFixed(2)} s (${(articles.length / seconds).toFixed(0)} articles/s), ${doc.events.length} event(s), ${doc.tallies.length} tally(ies)\n`);
}

const clip = (s: string): string => (s.length > 160 ? s.slice(0, 157) + '...' : s);
