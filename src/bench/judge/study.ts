// `npm run study:judge -- --train DIR,DIR... --held DIR,...`: could a statistical judge over what the rules
// already decided drop the events gold does not hold? Each DIR is a corpus (articles/ and gold/). Every
// article is extracted alone; its events are labelled by the scorer's matching (cli/eval-pairs.ts); two
// logistic regressions are scored: one over each event (keep or drop), one over each later event and an
// earlier one of its article (a retelling of it, to drop). Figures are leave-one-corpus-out over the
// training corpora and, for the held-out corpora, a model trained on all of them: the effect of dropping
// at each threshold on P/R/F1, read from the labels (docs/learned-judge.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { compatible, matchArticle, type GoldArticle, type GoldEvent } from '../../cli/eval-pairs.js';
import { loadArticles } from '../../cli/shared.js';
import { toExportEvents } from '../../model/to-export.js';
import { extractArticle } from '../../pipeline/extract-article.js';
import type { ExportEvent } from '../../types.js';
import { incidentFeatures, pairFeatures } from './features.js';
import { auc, probability, train, type Example, type Weights } from './logistic.js';

interface Scored {
  key: string;
  features: string[];
  /** 1 kept rightly, 0 to drop, null not scored (an optional gold event, or a pair gold says nothing of) */
  label: 0 | 1 | null;
}
interface Corpus {
  name: string;
  /** each event: 1 when it matched a gold event, 0 when it matched none */
  events: Scored[];
  /** each later event with each earlier one: 1 when it retells the earlier one's incident, 0 when both are incidents of their own */
  pairs: Array<Scored & { later: string }>;
  /** gold events no event matched */
  missed: number;
}

function readCorpus(dir: string): Corpus {
  const corpus: Corpus = { name: dir, events: [], pairs: [], missed: 0 };
  for (const article of loadArticles([join(dir, 'articles')])) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold', `${article.id}.json`), 'utf8')) as GoldArticle;
    const x = extractArticle(article);
    const preds = toExportEvents(article, x.events);
    const matched = matchArticle(gold, preds);
    corpus.missed += gold.events.filter((g, gi) => !g.optional && !matched.has(gi)).length;
    const goldOf = new Map([...matched].map(([g, p]) => [p, gold.events[g]!]));
    const label = (i: number): 0 | 1 | null => (!goldOf.has(i) ? 0 : goldOf.get(i)!.optional ? null : 1);
    const shape = { article, sentencesTold: Math.max(0, ...x.events.flatMap((e) => e.mentions.map((m) => m.sentence.index + 1))), events: x.events };
    x.events.forEach((e, i) => {
      const key = `${article.id}#${i}`;
      corpus.events.push({ key, label: label(i), features: incidentFeatures(e, shape) });
      for (let j = 0; j < i; j++) corpus.pairs.push({ key: `${key}<${j}`, later: key, label: pairLabel(goldOf.get(j), label(i), preds[i]!), features: pairFeatures(x.events[j]!, e, x.events) });
    });
  }
  return corpus;
}

/** A later event retells an earlier one when it matched nothing and the earlier one's gold event could stand for it too. */
function pairLabel(earlier: GoldEvent | undefined, later: 0 | 1 | null, p: ExportEvent): 0 | 1 | null {
  if (!earlier || later === null) return null;
  if (later === 1) return 0;
  return compatible(earlier, p) && [earlier.event_type].flat().includes(p.event_type) ? 1 : null;
}

const labelled = (rows: Scored[]): Example[] => rows.filter((r): r is Scored & Example => r.label !== null);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** The scorer's counts once the events in `drop` are left out. */
function countsWithout(c: Corpus, drop: ReadonlySet<string>): Tally {
  const t = { tp: 0, fp: 0, fn: c.missed };
  for (const e of c.events) {
    if (e.label === null) continue;
    if (drop.has(e.key)) t.fn += e.label;
    else if (e.label === 1) t.tp++;
    else t.fp++;
  }
  return t;
}

/** What each judge drops at a threshold: events it doubts, later events it takes for a retelling. */
const JUDGES = {
  event: { rows: (c: Corpus) => c.events, drops: (c: Corpus, w: Weights, th: number) => new Set(c.events.filter((e) => probability(w, e.features) < th).map((e) => e.key)), thresholds: [0, 0.3, 0.4, 0.5, 0.6, 0.7] },
  retelling: { rows: (c: Corpus) => c.pairs, drops: (c: Corpus, w: Weights, th: number) => new Set(c.pairs.filter((p) => probability(w, p.features) >= th).map((p) => p.later)), thresholds: [1.01, 0.9, 0.8, 0.7, 0.6, 0.5] },
};

function study(trainDirs: string[], heldDirs: string[]): string {
  const corpora = [...trainDirs, ...heldDirs].map(readCorpus);
  const [training, held] = [corpora.slice(0, trainDirs.length), corpora.slice(trainDirs.length)];
  const out: string[] = [];
  for (const [name, judge] of Object.entries(JUDGES)) {
    const fit = (cs: Corpus[]) => train(cs.flatMap((c) => labelled(judge.rows(c))));
    const folds = training.map((c) => ({ c, w: fit(training.filter((d) => d !== c)) }));
    const all = fit(training);
    const scoredBy = (pairs: Array<{ c: Corpus; w: Weights }>) => auc(pairs.flatMap(({ c, w }) => labelled(judge.rows(c)).map((r) => ({ p: probability(w, r.features), label: r.label }))));
    out.push(`${name} judge: AUC leave-one-corpus-out ${scoredBy(folds).toFixed(3)}, held-out ${scoredBy(held.map((c) => ({ c, w: all }))).toFixed(3)}`);
    out.push(`  threshold  cross-validated P/R/F1   held-out P/R/F1`);
    for (const th of judge.thresholds) {
      const cv = sum(folds.map(({ c, w }) => countsWithout(c, judge.drops(c, w, th))));
      const ho = sum(held.map((c) => countsWithout(c, judge.drops(c, all, th))));
      out.push(`  ${String(th).padEnd(9)}  ${figures(cv).padEnd(22)} ${figures(ho)}`);
    }
  }
  return out.join('\n') + '\n';
}

const sum = (ts: Tally[]): Tally => ts.reduce((s, t) => ({ tp: s.tp + t.tp, fp: s.fp + t.fp, fn: s.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
const figures = (t: Tally): string => [t.tp / (t.tp + t.fp), t.tp / (t.tp + t.fn), (2 * t.tp) / (2 * t.tp + t.fp + t.fn)].map((x) => x.toFixed(3)).join('/');

const program = new Command('study:judge')
  .requiredOption('--train <dirs>', 'comma-separated corpora (each with articles/ and gold/) to train on')
  .option('--held <dirs>', 'comma-separated corpora to score a model trained on all of --train', '')
  .action((o: { train: string; held: string }) => {
    const list = (s: string) => s.split(',').filter(Boolean);
    process.stdout.write(study(list(o.train), list(o.held)));
  });
program.parse();
