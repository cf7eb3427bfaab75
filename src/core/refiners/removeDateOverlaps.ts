import type { DateCandidate } from '../extractors/dates/candidate';

/** Whether any character in [start, end) is claimed; a loop, not a subarray view per candidate. */
function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

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
    if (c.end <= c.start || isTaken(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
