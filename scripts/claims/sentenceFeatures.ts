import { analyze } from '../../src/core';
import { claimContext } from '../../src/core/extractors/claims/claimContext';
import { candidates } from '../../src/core/extractors/claims/candidates';
import { withSegments } from '../../src/core/extractors/claims/fallbackSegments';
import { claimFeatures, type ClaimFeatures } from '../../src/core/extractors/claims/features';

/**
 * The feature vectors of a sentence's claim candidates, exactly as the claims
 * stage computes them (the whole engine runs, so figures, dates and entities count).
 */
export function sentenceFeatures(sentence: string): ClaimFeatures[] {
  const a = withSegments(analyze(sentence, { allClaims: true }));
  return candidates(a).map((c) => claimFeatures(claimContext(a, c)));
}
