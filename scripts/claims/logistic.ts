import { hashWeight, type ClaimModel } from '../../src/core/extractors/claims/checkWorthiness';
import { DENSE_FEATURES, type ClaimFeatures } from '../../src/core/extractors/claims/features';

export interface Example {
  readonly f: ClaimFeatures;
  readonly label: 0 | 1;
  readonly weight: number;
}

export interface TrainOptions {
  readonly hashBits: number;
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
  readonly seed: number;
}

/** Deterministic shuffle (mulberry32), so that a retrain reproduces the same weights. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Weights are rounded to 1/WEIGHT_SCALE, so that the buckets pack into a few bits each (see packedBuckets). */
export const WEIGHT_SCALE = 100;

/** L2-regularised logistic regression by AdaGrad over the dense features and the hash buckets. */
export function trainLogistic(examples: readonly Example[], o: TrainOptions): ClaimModel {
  const nd = DENSE_FEATURES.length;
  const size = 2 ** o.hashBits;
  const mask = size - 1;
  const w = new Float64Array(nd + size + 1); // dense, buckets, bias last
  const g2 = new Float64Array(w.length).fill(1e-8);
  const step = (k: number, grad: number) => {
    g2[k] += grad * grad;
    w[k] -= (o.rate * grad) / Math.sqrt(g2[k]);
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, o.seed + epoch)) {
      let z = w[nd + size];
      for (let i = 0; i < nd; i++) z += ex.f.dense[i] * w[i];
      const hw = hashWeight(ex.f);
      for (const h of ex.f.hashes) z += w[nd + (h & mask)] * hw;
      const err = (1 / (1 + Math.exp(-z)) - ex.label) * ex.weight;
      for (let i = 0; i < nd; i++) if (ex.f.dense[i]) step(i, err * ex.f.dense[i] + o.l2 * w[i]);
      for (const h of ex.f.hashes) step(nd + (h & mask), err * hw + o.l2 * w[nd + (h & mask)]);
      step(nd + size, err);
    }
  }
  const round = (x: number) => Math.round(x * WEIGHT_SCALE) / WEIGHT_SCALE;
  return {
    hashBits: o.hashBits,
    bias: round(w[nd + size]),
    dense: Object.fromEntries(DENSE_FEATURES.map((name, i) => [name, round(w[i])])),
    buckets: Array.from(w.subarray(nd, nd + size), round),
  };
}
