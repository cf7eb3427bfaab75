import type { DateCandidate } from '../extractors/dates/candidate';

/**
 * Each run of neighbours that `merge` joins, as one candidate, in text order:
 * `merge(previous, next, text)` gives the joined candidate or null. A list with
 * no such pair, as most are, passes unchanged, not copied.
 * ([Thursday, 1 p.m.], day-and-time merge) → [Thursday at 1 p.m.]
 */
export function mergeNeighbours(
  candidates: readonly DateCandidate[],
  text: string,
  merge: (previous: DateCandidate, next: DateCandidate, text: string) => DateCandidate | null,
): readonly DateCandidate[] {
  // up to the first pair, the list is its own result
  let first = 1;
  while (first < candidates.length && !merge(candidates[first - 1], candidates[first], text)) first++;
  if (first >= candidates.length) return candidates;
  const out = candidates.slice(0, first);
  for (let i = first; i < candidates.length; i++) {
    const merged = merge(out[out.length - 1], candidates[i], text);
    if (merged) out[out.length - 1] = merged;
    else out.push(candidates[i]);
  }
  return out;
}
