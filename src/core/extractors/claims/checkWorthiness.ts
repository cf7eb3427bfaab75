import { DENSE_FEATURES, denseFeatures, type ClaimContext, type ClaimFeatures } from './features';
import { codeUnits } from './codeUnits';
import { HashWeights, RARE, hashWeights } from './hashWeights';
import { type ClaimScan, claimScan } from './claimScan';
import { Surface, surfaceScan } from './surfaceScan';
import { type PackedBuckets, unpackBuckets } from './packedBuckets';
import trained from '../../lexicon/claimWeights.json';

/** A logistic model: weights by dense feature name, and one weight per hash bucket. */
export interface ClaimModel {
  readonly hashBits: number;
  readonly bias: number;
  readonly dense: Readonly<Record<string, number>>;
  readonly buckets: ArrayLike<number>;
}

/** A model as lexicon/claimWeights.json holds it: its buckets packed (see packedBuckets). */
export type StoredClaimModel = Omit<ClaimModel, 'buckets'> & { readonly buckets: PackedBuckets };

/**
 * The model's dense weights aligned with DENSE_FEATURES (names it lacks weigh 0),
 * and its bucket weights; `buckets[b]` is also `weights[index[b]]`, or, where
 * index[b] is RARE, `buckets[b]` itself: the trainer rounds weights to a few
 * hundred values, so one byte a bucket names all but a handful of them, and the
 * table a claim's words read at random is an eighth of `buckets`.
 */
export interface CompiledModel {
  readonly bias: number;
  readonly dense: Float64Array;
  readonly buckets: Float64Array;
  readonly mask: number;
  readonly index: Uint8Array;
  readonly weights: Float64Array;
}

/** The commonest 255 values of `buckets`, and each bucket's place among them (RARE for the rest). */
function shrink(buckets: Float64Array): { index: Uint8Array; weights: Float64Array } {
  const counts = new Map<number, number>();
  for (const w of buckets) counts.set(w, (counts.get(w) ?? 0) + 1);
  // by count, then by value, so that the same model always compiles the same way
  const common = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, RARE).map(([w]) => w);
  const places = new Map(common.map((w, place) => [w, place]));
  const index = Uint8Array.from(buckets, (w) => places.get(w) ?? RARE);
  return { index, weights: Float64Array.from(common) };
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
    ...shrink(buckets),
  };
}

/** Each n-gram weighs 1/√n, so that long sentences do not score high on word count alone. */
export const hashWeight = (f: ClaimFeatures): number => weightOf(f.hashes.length);
const weightOf = (hashCount: number): number => (hashCount ? 1 / Math.sqrt(hashCount / 2) : 0);

/** The raw score before the logistic squash; the trainer uses it too. */
export function margin(f: ClaimFeatures, m: CompiledModel): number {
  return marginOf(f.dense, f.hashes, f.hashes.length, m);
}

/** margin over the first `hashCount` of `hashes`. */
function marginOf(dense: Float64Array, hashes: Uint32Array, hashCount: number, m: CompiledModel): number {
  let z = m.bias;
  for (let i = 0; i < dense.length; i++) z += dense[i] * m.dense[i];
  let words = 0;
  for (let i = 0; i < hashCount; i++) words += m.buckets[hashes[i] & m.mask];
  return z + words * weightOf(hashCount);
}

const stored: StoredClaimModel = trained;
const DEFAULT_MODEL = compileModel({ ...stored, buckets: unpackBuckets(stored.buckets) });

/**
 * 0..1: how much a claim deserves a fact-check, from the trained weights in
 * lexicon/claimWeights.json (see docs/claims-model.md). A sentence with a
 * figure, a comparison and a named actor scores high; "Thank you." scores low.
 */
export function checkWorthiness(f: ClaimFeatures, m: CompiledModel = DEFAULT_MODEL): number {
  return squash(margin(f, m));
}

function squash(z: number): number {
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(p * 1000) / 1000;
}

const dense = new Float64Array(DENSE_FEATURES.length);
const hashed = new HashWeights();
const surface = new Surface();

/**
 * What the scorer reads of a claim's characters, in one pass when claimScan
 * can read them all: surfaceScan's flags, capitals and word count, and
 * hashWeights' sum and count under the trained model. "Taxes rose 40%." →
 * flags digit | percentSign, 3 words, 6 hashes.
 */
export function scanClaim(doc: string, start: number, end: number): ClaimScan {
  const units = codeUnits(doc);
  if (!claimScan(units, start, end, DEFAULT_MODEL, surface, hashed)) {
    surfaceScan(units, start, end, surface);
    hashWeights(units, start, end, DEFAULT_MODEL, hashed);
  }
  return { flags: surface.flags, capitals: surface.capitals, words: surface.words, hashSum: hashed.sum, hashCount: hashed.count };
}

/**
 * checkWorthiness(claimFeatures(c)) with the features computed into buffers
 * kept from claim to claim instead of new arrays: the same features, the same
 * score. Its characters are read by scanClaim, unless the context holds that already.
 */
export function contextWorthiness(c: ClaimContext): number {
  const m = DEFAULT_MODEL;
  const scan = c.scan ?? scanClaim(c.doc, c.start, c.start + c.text.length);
  denseFeatures(c, dense, scan);
  let z = m.bias;
  for (let i = 0; i < dense.length; i++) z += dense[i] * m.dense[i];
  return squash(z + scan.hashSum * weightOf(scan.hashCount));
}
