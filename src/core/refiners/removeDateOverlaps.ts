import type { DateCandidate } from '../extractors/dates/candidate';
import { lowerBound } from '../lowerBound';

/**
 * Keeps one candidate per stretch of text: the longest wins, then the higher
 * priority, then the earlier. `February 14-15` (chrono) beats `February` (months).
 * Returns the survivors in text order.
 */
export function removeDateOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  return ranked.length > MANY ? keepByOccupancy(ranked) : keepBySearch(ranked);
}

/**
 * Above this many candidates (a book-length text), keeping the survivors in
 * order by shifting would grow with the square of their number.
 */
const MANY = 512;

/** Marks each kept candidate's characters; linear in the text the candidates cover. */
function keepByOccupancy(ranked: readonly DateCandidate[]): DateCandidate[] {
  let from = Infinity;
  let to = 0;
  for (const c of ranked) {
    if (c.start < from) from = c.start;
    if (c.end > to) to = c.end;
  }
  const taken = new Uint8Array(Math.max(0, to - from));
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i - from] === 0;
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function keepBySearch(ranked: readonly DateCandidate[]): DateCandidate[] {
  // the survivors never overlap, so sorted by start their ends ascend too: one binary search per candidate
  const kept: DateCandidate[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    const at = lowerBound(starts, c.end);
    if (at > 0 && ends[at - 1] > c.start) continue;
    // a few dozen survivors in an article: shifting by hand beats splice
    kept.push(c);
    starts.push(c.start);
    ends.push(c.end);
    for (let k = kept.length - 1; k > at; k--) {
      kept[k] = kept[k - 1];
      starts[k] = starts[k - 1];
      ends[k] = ends[k - 1];
    }
    kept[at] = c;
    starts[at] = c.start;
    ends[at] = c.end;
  }
  return kept;
}
