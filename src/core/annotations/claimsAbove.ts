import type { Analysis } from '../model';
import { matchItem } from './matchItem';
import type { Annotation } from './model';

/**
 * The claims that reach the check-worthiness threshold, plus every claim a
 * person reviewed, whatever its score: the threshold is a display setting,
 * and a decision or a note must never turn into an orphan because of it.
 * `analysis` holds every candidate (analyze with allClaims); the kept claims
 * keep their ids, as the claims stage leaves a gap for each candidate below
 * the threshold, so an id names the same claim whatever the threshold.
 * claimsAbove(all claims [c1 0.8, c2 0.3, c3 0.2], 0.5, [review of c3]) → [c1 0.8, c3 0.2]
 */
export function claimsAbove(analysis: Analysis, min: number, reviews: readonly Annotation[] = []): Analysis {
  const reviewed = new Set<string>();
  const lifted: string[] = [];
  for (const r of reviews) {
    if (r.kind !== 'claim' || r.status === 'added') continue;
    const claim = matchItem(analysis.claims, r);
    if (claim) reviewed.add(claim.id);
    if (claim && claim.checkWorthiness < min) lifted.push(claim.id);
  }
  // Only reviews of claims below the threshold change what is kept: each review of a long report
  // would otherwise copy its tens of thousands of claims again.
  const key = `${min} ${[...new Set(lifted)].sort().join(' ')}`;
  const cached = lastKept.get(analysis);
  if (cached?.key === key) return cached.shown;
  // A claim that already carries a review (merged earlier) is kept too, so a second pass drops nothing.
  const kept = analysis.claims.filter((c) => c.checkWorthiness >= min || reviewed.has(c.id) || c.review);
  const shown = kept.length === analysis.claims.length ? analysis : { ...analysis, claims: kept };
  lastKept.set(analysis, { key, shown });
  return shown;
}

/** The last result for each analysis (analyses are never changed in place), by threshold and the reviewed claims below it. */
const lastKept = new WeakMap<Analysis, { readonly key: string; readonly shown: Analysis }>();
