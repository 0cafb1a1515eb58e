// A logistic regression over named binary features, small enough to read: deterministic full-batch Adam
// with an L2 penalty, so the same rows always give the same weights.

export interface Example {
  features: string[];
  label: 0 | 1;
}

export type Weights = ReadonlyMap<string, number>;

export interface TrainOptions {
  /** strength of the L2 penalty on every weight but the bias */
  l2: number;
  epochs: number;
  /** features seen in fewer examples are left out */
  minCount: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 1, epochs: 300, minCount: 2 };
const RATE = 0.05;
const [B1, B2] = [0.9, 0.999];

export function train(examples: Example[], o: TrainOptions = TRAIN_DEFAULTS): Weights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= o.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(names.length);
  const [m, v] = [new Float64Array(names.length), new Float64Array(names.length)];
  for (let t = 1; t <= o.epochs; t++) {
    const g = new Float64Array(names.length);
    rows.forEach((xs, n) => {
      const d = sigmoid(xs.reduce((z, i) => z + w[i]!, 0)) - examples[n]!.label;
      for (const i of xs) g[i]! += d;
    });
    for (let i = 0; i < names.length; i++) {
      const gi = (g[i]! + (names[i] === 'bias' ? 0 : o.l2 * w[i]!)) / rows.length;
      m[i] = B1 * m[i]! + (1 - B1) * gi;
      v[i] = B2 * v[i]! + (1 - B2) * gi * gi;
      w[i]! -= (RATE * (m[i]! / (1 - B1 ** t))) / (Math.sqrt(v[i]! / (1 - B2 ** t)) + 1e-8);
    }
  }
  return new Map(names.map((f, i) => [f, w[i]!]));
}

/** The probability the weights give an example's label being 1. */
export const probability = (w: Weights, features: string[]): number => sigmoid(features.reduce((z, f) => z + (w.get(f) ?? 0), 0));

/** The chance that a random positive scores above a random negative (ties half). */
export function auc(scored: Array<{ p: number; label: 0 | 1 }>): number {
  const pos = scored.filter((s) => s.label === 1);
  const neg = scored.filter((s) => s.label === 0);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
