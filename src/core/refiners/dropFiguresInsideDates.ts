import type { DateMention, Figure } from '../model';

/**
 * Years and day numbers are parts of dates, not figures: a figure overlapping
 * a DATE or TIME is dropped (`2023`, `14-15` in `February 14-15`). Durations
 * and sets keep their numbers, which are figures too (`two-and-a-half years`).
 * The kept figures are renumbered `f1`, `f2`, … when they used that scheme.
 */
export function dropFiguresInsideDates(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  const points = dates.filter((d) => d.type === 'DATE' || d.type === 'TIME').sort((a, b) => a.start - b.start);
  // the farthest end among the points starting before each index: one binary search per figure
  const farthest: number[] = [-Infinity];
  points.forEach((d, i) => farthest.push(Math.max(farthest[i], d.end)));
  const overlapped = (f: Figure): boolean => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid].start < f.end) lo = mid + 1;
      else hi = mid;
    }
    return farthest[lo] > f.start;
  };
  const kept = figures.filter((f) => !overlapped(f));
  if (kept.length === figures.length || !kept.every((f) => /^f\d+$/.test(f.id))) return kept;
  return kept.map((f, i) => ({ ...f, id: `f${i + 1}` }));
}
