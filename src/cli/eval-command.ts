// `sitrep eval --gold DIR ARTICLES...`: extracts each article alone, in memory, and scores the result
// with the project's scorer (../shared/eval/score.mjs, or --scorer), printing its figures and every miss.
// With --together it also stores every article in one temporary database, as `sitrep ingest` would, and
// scores cross-article merging from that (the scorer's dedupe_f1), without a process per article.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractToDocument } from '../export/extract-document.js';
import { exportStream } from '../export/stream.js';
import { ingestPaths } from '../pipeline/ingest.js';
import type { EventStore } from '../store/event-store.js';
import { openEventStore } from '../store/open.js';
import type { ExportDocument, ExportEvent } from '../types.js';
import { UsageError } from './errors.js';
import { describeReport, matchMentions, pairMisses, type GoldArticle, type Mention } from './eval-pairs.js';
import { loadArticles } from './shared.js';
import { forTerminal } from './terminal.js';

// the shared scorer beside the project, else the project's own copy of it (eval/score.mjs)
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_SCORER = [resolve(PROJECT, '..', 'shared', 'eval', 'score.mjs'), resolve(PROJECT, 'eval', 'score.mjs')].find((f) => existsSync(f))!;

export async function runEval(paths: string[], o: { gold: string; scorer?: string; quiet?: boolean; verbose?: boolean; together?: boolean }): Promise<void> {
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
    const run = runScorer(scorer, o.gold, pred, o.quiet ? [] : ['--verbose']);
    process.stdout.write(forTerminal(run.stdout));
    if (o.verbose) process.stdout.write(`candidates judged not incidents (${rejections.length}):\n${rejections.map((l) => forTerminal(l) + '\n').join('')}`);
    if (run.status !== 0) throw scorerFailed(run);
    if (o.together) await scoreTogether(paths, dir, scorer, o.gold, !o.quiet);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write(`extracted ${articles.length} article(s) in ${seconds.toFixed(2)} s (${(articles.length / seconds).toFixed(0)} articles/s), ${doc.events.length} event(s), ${doc.tallies.length} tally(ies)\n`);
}

/**
 * Stores every article in one database, in `sitrep ingest`'s order, and prints the scorer's dedupe
 * figures and, unless quiet, the incidents kept apart and the events that joined different ones.
 */
async function scoreTogether(paths: string[], dir: string, scorer: string, gold: string, listPairs: boolean): Promise<void> {
  const store = await openEventStore(join(dir, 'together.db'));
  const pred = join(dir, 'together.json');
  let listing = '';
  try {
    await ingestPaths(paths, store);
    await pipeline(exportStream(await store.reader(), {}, 'json', false), createWriteStream(pred));
    if (listPairs) listing = await pairListing(gold, (JSON.parse(readFileSync(pred, 'utf8')) as ExportDocument).events, store);
  } finally {
    await store.close();
  }
  const run = runScorer(scorer, gold, pred, ['--json']);
  if (run.status !== 0) throw scorerFailed(run);
  // the scorer follows its JSON with its one-line summary
  const { dedupe } = JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1)) as { dedupe: { tp: number; fp: number; fn: number; f1: number } };
  process.stdout.write(forTerminal(listing));
  process.stdout.write(`together (all articles in one database): pairs tp=${dedupe.tp} fp=${dedupe.fp} fn=${dedupe.fn} dedupe_f1=${dedupe.f1.toFixed(2)}\n`);
}

/** Each incident kept apart and each event joining incidents, a line per mention with its article's reports in the event. */
async function pairListing(goldDir: string, events: ExportEvent[], store: EventStore): Promise<string> {
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldArticle);
  const { split, joined } = pairMisses(matchMentions(golds, events));
  const lines = async (groups: Map<string, Mention[]>, head: (m: Mention) => string): Promise<string[]> => {
    const out: string[] = [];
    for (const ms of groups.values()) {
      for (const m of ms) {
        const reports = (await store.reportsOf(m.event.id)).filter((r) => r.report.sources.some((s) => s.article_id === m.article_id));
        out.push(`    ${head(m)} ${m.article_id} "${clip(m.label)}"`, ...reports.map((r) => `        ${describeReport(r.report)}`));
      }
    }
    return out;
  };
  const out = [`incidents kept apart (${split.length}):`];
  for (const byEvent of split) out.push(`  - ${[...byEvent.values()][0]![0]!.incident}:`, ...(await lines(byEvent, (m) => `event ${m.event.id}:`)));
  out.push(`events joining incidents (${joined.length}):`);
  for (const byIncident of joined) out.push(`  - event ${[...byIncident.values()][0]![0]!.event.id}:`, ...(await lines(byIncident, (m) => `${m.incident}:`)));
  return out.join('\n') + '\n';
}

const runScorer = (scorer: string, gold: string, pred: string, flags: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...flags], { encoding: 'utf8' });
const scorerFailed = (run: SpawnSyncReturns<string>): UsageError => new UsageError(`scorer failed: ${run.stderr.trim().split('\n').pop()}`);

const clip = (s: string): string => (s.length > 160 ? s.slice(0, 157) + '...' : s);
