import type { Figure } from '../model';
import type { DateCandidate } from '../extractors/dates/candidate';
import { lowerBound } from '../lowerBound';

const MEASURED: ReadonlySet<string> = new Set(['money', 'percent', 'quantity']);

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
