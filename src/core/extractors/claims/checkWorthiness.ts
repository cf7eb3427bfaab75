import { DENSE_FEATURES, type ClaimFeatures } from './features';
import trained from '../../lexicon/claimWeights.json';

/** A logistic model: weights by dense feature name, and one weight per hash bucket. */
export interface ClaimModel {
  readonly hashBits: number;
  readonly bias: number;
  readonly dense: Readonly<Record<string, number>>;
  readonly buckets: readonly number[];
}

/** The model's dense weights aligned with DENSE_FEATURES; names it lacks weigh 0. */
export interface CompiledModel {
  readonly bias: number;
  readonly dense: Float64Array;
  readonly buckets: Float64Array;
  readonly mask: number;
}

export function compileModel(model: ClaimModel): CompiledModel {
  const size = 2 ** model.hashBits;
  const buckets = new Float64Array(size);
  for (let i = 0; i < size && i < model.buckets.length; i++) buckets[i] = model.buckets[i];
  return {
    bias: model.bias,
    dense: Float64Array.from(DENSE_FEATURES, (name) => model.dense[name] ?? 0),
    buckets,
    mask: size - 1,
  };
}

/** Each n-gram weighs 1/√n, so that long sentences do not score high on word count alone. */
export const hashWeight = (f: ClaimFeatures): number => (f.hashes.length ? 1 / Math.sqrt(f.hashes.length / 2) : 0);

/** The raw score before the logistic squash; the trainer uses it too. */
export function margin(f: ClaimFeatures, m: CompiledModel): number {
  let z = m.bias;
  for (let i = 0; i < f.dense.length; i++) z += f.dense[i] * m.dense[i];
  let words = 0;
  for (let i = 0; i < f.hashes.length; i++) words += m.buckets[f.hashes[i] & m.mask];
  return z + words * hashWeight(f);
}

const DEFAULT_MODEL = compileModel(trained as ClaimModel);

/**
 * 0..1: how much a claim deserves a fact-check, from the trained weights in
 * lexicon/claimWeights.json (see docs/claims-model.md). A sentence with a
 * figure, a comparison and a named actor scores high; "Thank you." scores low.
 */
export function checkWorthiness(f: ClaimFeatures, m: CompiledModel = DEFAULT_MODEL): number {
  const p = 1 / (1 + Math.exp(-margin(f, m)));
  return Math.round(p * 1000) / 1000;
}
