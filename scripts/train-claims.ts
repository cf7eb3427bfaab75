/**
 * Trains the check-worthiness model offline and writes only numbers to
 * src/core/lexicon/claimWeights.json, its buckets packed (see packedBuckets).
 * Reads the dev splits from ../shared/eval (or POLICY_LENS_EVAL_DIR) at run
 * time; see docs/claims-model.md.
 * `npm run train:claims` (add `-- --grid` to re-run the settings search).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileModel, margin, type ClaimModel, type StoredClaimModel } from '../src/core/extractors/claims/checkWorthiness';
import { packBuckets } from '../src/core/extractors/claims/packedBuckets';
import type { ClaimFeatures } from '../src/core/extractors/claims/features';
import { CLAIM_DATASETS, readClaimCases, type ClaimCase } from './claims/claimData';
import { WEIGHT_SCALE, shuffled, trainLogistic, type Example, type TrainOptions } from './claims/logistic';
import { meanAveragePrecision, prf } from './claims/metrics';
import { sentenceFeatures } from './claims/sentenceFeatures';

interface Setting extends TrainOptions {
  readonly clefWeight: number;
}
interface Featured extends ClaimCase {
  readonly features: ClaimFeatures[];
}

const FOLDS = 5;
const CHOSEN: Setting = { hashBits: 14, l2: 3e-3, epochs: 6, rate: 0.14, seed: 7, clefWeight: 0 };

const examples = (cases: readonly Featured[], weight: number): Example[] =>
  cases.flatMap((c) => c.features.map((f) => ({ f, label: c.label, weight })));
/** A sentence's score: its best candidate's probability, 0 without any candidate. */
const scoreOf = (model: ClaimModel) => {
  const m = compileModel(model);
  return (c: Featured) => c.features.reduce((best, f) => Math.max(best, 1 / (1 + Math.exp(-margin(f, m)))), 0);
};
const bestThreshold = (scores: number[], gold: (0 | 1)[]) => {
  let best = { t: 0.5, f1: 0, p: 0, r: 0 };
  for (let t = 0.05; t <= 0.9; t += 0.01) {
    const m = prf(scores.map((s) => s >= t), gold);
    if (m.f1 > best.f1) best = { t, ...m };
  }
  return best;
};

/** Out-of-fold scores: ClaimBuster by random folds, CLEF by whole debates, each trained with all of the other set. */
function crossValidate(cb: Featured[], clef: Featured[], s: Setting) {
  const cbFold = new Map(shuffled(cb.map((c) => c.id), 1).map((id, i) => [id, i % FOLDS]));
  const debates = shuffled([...new Set(clef.map((c) => c.group))], 2);
  const clefFold = new Map(debates.map((d, i) => [d, i % FOLDS]));
  const cbScores = new Array<number>(cb.length).fill(0);
  const clefScores = new Array<number>(clef.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const cbModel = trainLogistic([...examples(cb.filter((c) => cbFold.get(c.id) !== k), 1), ...(s.clefWeight ? examples(clef, s.clefWeight) : [])], s);
    const cbScore = scoreOf(cbModel);
    cb.forEach((c, i) => cbFold.get(c.id) === k && (cbScores[i] = cbScore(c)));
    const clefModel = trainLogistic([...examples(cb, 1), ...examples(clef.filter((c) => clefFold.get(c.group) !== k), s.clefWeight)], s);
    const clefScore = scoreOf(clefModel);
    clef.forEach((c, i) => clefFold.get(c.group) === k && (clefScores[i] = clefScore(c)));
  }
  const gold = cb.map((c) => c.label);
  return {
    cbAt05: prf(cbScores.map((x) => x >= 0.5), gold),
    cbBest: bestThreshold(cbScores, gold),
    clefMap: meanAveragePrecision(clefScores, clef.map((c) => c.label), clef.map((c) => c.group)),
  };
}

function main(): void {
  const evalDir = resolve(process.env.POLICY_LENS_EVAL_DIR ?? resolve(__dirname, '..', '..', 'shared', 'eval'));
  const t0 = Date.now();
  const load = (file: string): Featured[] => readClaimCases(evalDir, file).map((c) => ({ ...c, features: sentenceFeatures(c.sentence) }));
  const cb = load(CLAIM_DATASETS.claimbuster);
  const clef = load(CLAIM_DATASETS.clef2019);
  if (!cb.length) throw new Error(`No ClaimBuster data under ${evalDir}`);
  process.stdout.write(`features for ${cb.length} + ${clef.length} sentences in ${Date.now() - t0} ms\n`);
  const grid: Setting[] = process.argv.includes('--grid')
    ? [14, 16].flatMap((hashBits) => [0.035, 0.14].flatMap((rate) => [0, 0.1].map((clefWeight) => ({ ...CHOSEN, hashBits, rate, clefWeight }))))
    : [CHOSEN];
  let chosen = { s: CHOSEN, t: 0.5 };
  let bestF1 = -1;
  for (const s of grid) {
    const cv = crossValidate(cb, clef, s);
    process.stdout.write(
      `cv bits=${s.hashBits} l2=${s.l2} epochs=${s.epochs} rate=${s.rate} clef=${s.clefWeight}: claimbuster F1@0.5 ${cv.cbAt05.f1.toFixed(3)} (P ${cv.cbAt05.p.toFixed(3)} R ${cv.cbAt05.r.toFixed(3)}), ` +
        `best F1 ${cv.cbBest.f1.toFixed(3)} (P ${cv.cbBest.p.toFixed(3)} R ${cv.cbBest.r.toFixed(3)}) at ${cv.cbBest.t.toFixed(2)}; clef MAP ${cv.clefMap.toFixed(3)}\n`,
    );
    if (cv.cbBest.f1 + cv.clefMap > bestF1) {
      bestF1 = cv.cbBest.f1 + cv.clefMap;
      chosen = { s, t: cv.cbBest.t };
    }
  }
  const model = trainLogistic([...examples(cb, 1), ...examples(clef, chosen.s.clefWeight)], chosen.s);
  // Move the F1-best threshold found by cross-validation to 0.5, the stage's default cut.
  const shifted: ClaimModel = { ...model, bias: Math.round((model.bias - Math.log(chosen.t / (1 - chosen.t))) * 1000) / 1000 };
  const cbScores = cb.map(scoreOf(shifted));
  const dev = prf(cbScores.map((x) => x >= 0.5), cb.map((c) => c.label));
  const devMap = meanAveragePrecision(clef.map(scoreOf(shifted)), clef.map((c) => c.label), clef.map((c) => c.group));
  process.stdout.write(`full dev (trained on it): claimbuster F1 ${dev.f1.toFixed(3)} (P ${dev.p.toFixed(3)} R ${dev.r.toFixed(3)}); clef MAP ${devMap.toFixed(3)}\n`);
  const out = resolve(__dirname, '..', 'src', 'core', 'lexicon', 'claimWeights.json');
  const stored: StoredClaimModel = { ...shifted, buckets: packBuckets(Array.from(shifted.buckets), WEIGHT_SCALE) };
  writeFileSync(out, `${JSON.stringify(stored)}\n`);
  process.stdout.write(`wrote ${out} (bits ${chosen.s.hashBits}, threshold ${chosen.t.toFixed(2)} → 0.5) in ${Date.now() - t0} ms\n`);
}

main();
