import type { DateCandidate } from '../extractors/dates/candidate';

/**
 * Keeps one candidate per stretch of text: the longest wins, then the higher
 * priority, then the earlier. `February 14-15` (chrono) beats `February` (months).
 * Returns the survivors in text order.
 */
export function removeDateOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  // one flag per character already claimed: linear in the text, whatever the number of candidates
  const taken = new Uint8Array(ranked.reduce((max, c) => Math.max(max, c.end), 0));
  for (const c of ranked) {
    if (c.end <= c.start || taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
