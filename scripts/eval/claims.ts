import { analyze } from '../../src/core';
import { CLAIM_DATASETS, readClaimCases } from '../claims/claimData';
import { meanAveragePrecision, prf } from '../claims/metrics';
import type { EvalRow, EvalTask } from './types';

const DEFAULT_MIN = 0.5;

/**
 * Each sentence is analysed as its own text, with no dateline and every
 * candidate kept: it counts as check-worthy when a claim scoring at least the
 * default 0.5 covers it (exactly the claims[] of default options), and ranks
 * by the best score of its claims for the per-debate MAP of CLEF 2019.
 */
function scoreSentences(sentences: readonly string[]): number[] {
  return sentences.map((s) => analyze(s, { allClaims: true }).claims.reduce((best, c) => Math.max(best, c.checkWorthiness), 0));
}

export const claimsTask: EvalTask = {
  name: 'claims',
  async run(evalDir, limit) {
    const rows: EvalRow[] = [];
    for (const [dataset, file] of Object.entries(CLAIM_DATASETS)) {
      const cases = readClaimCases(evalDir, file).slice(0, limit);
      if (!cases.length) continue;
      const t0 = performance.now();
      const scores = scoreSentences(cases.map((c) => c.sentence));
      const ms = performance.now() - t0;
      const gold = cases.map((c) => c.label);
      const { p, r, f1 } = prf(scores.map((s) => s >= DEFAULT_MIN), gold);
      const n = cases.length;
      rows.push(
        { task: 'claims', dataset, metric: 'precision', value: p, n },
        { task: 'claims', dataset, metric: 'recall', value: r, n },
        { task: 'claims', dataset, metric: 'F1', value: f1, n },
      );
      if (new Set(cases.map((c) => c.group)).size > 1) {
        const map = meanAveragePrecision(scores, gold, cases.map((c) => c.group));
        rows.push({ task: 'claims', dataset, metric: 'MAP (per debate)', value: map, n });
      }
      rows.push({ task: 'claims', dataset, metric: 'ms per sentence', value: ms / n, n });
    }
    return rows;
  },
};
