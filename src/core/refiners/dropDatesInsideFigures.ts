import type { Figure } from '../model';
import type { DateCandidate } from '../extractors/dates/candidate';

const MEASURED: ReadonlySet<string> = new Set(['money', 'percent', 'quantity']);

/** The first index in ascending `values` whose value is not below `x`. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A number that a figure measures is not a date: in `2000 troops` or `$2,014`
 * the figure wins. Durations and rates stay (`two years`, `5% a year`): they are both.
 * Figures sorted by start, with the farthest end so far, make each test a binary search.
 */
export function dropDatesInsideFigures(candidates: readonly DateCandidate[], figures: readonly Figure[]): DateCandidate[] {
  const measured = figures.filter((f) => MEASURED.has(f.kind)).sort((a, b) => a.start - b.start);
  const starts = measured.map((f) => f.start);
  const farthest: number[] = [-Infinity];
  measured.forEach((f, i) => farthest.push(Math.max(farthest[i], f.end)));
  // strictly longer and around it: starts earlier and ends no sooner, or starts with it and ends later
  const inside = (c: DateCandidate): boolean => {
    const before = lowerBound(starts, c.start);
    if (farthest[before] >= c.end) return true;
    for (let i = before; i < measured.length && measured[i].start === c.start; i++) if (measured[i].end > c.end) return true;
    return false;
  };
  return candidates.filter((c) => c.type === 'DURATION' || c.type === 'SET' || !inside(c));
}
