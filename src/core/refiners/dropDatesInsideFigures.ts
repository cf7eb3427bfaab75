import type { Figure } from '../model';
import type { DateCandidate } from '../extractors/dates/candidate';

const MEASURED: ReadonlySet<string> = new Set(['money', 'percent', 'quantity']);

/**
 * A number that a figure measures is not a date: in `2000 troops` or `$2,014`
 * the figure wins. Durations and rates stay (`two years`, `5% a year`): they are both.
 */
export function dropDatesInsideFigures(candidates: readonly DateCandidate[], figures: readonly Figure[]): DateCandidate[] {
  return candidates.filter(
    (c) =>
      c.type === 'DURATION' ||
      c.type === 'SET' ||
      !figures.some((f) => MEASURED.has(f.kind) && f.start <= c.start && c.end <= f.end && f.end - f.start > c.end - c.start),
  );
}
