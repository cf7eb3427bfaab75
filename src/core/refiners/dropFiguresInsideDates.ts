import type { DateMention, Figure } from '../model';

/**
 * Years and day numbers are parts of dates, not figures: a figure overlapping
 * a DATE or TIME is dropped (`2023`, `14-15` in `February 14-15`). Durations
 * and sets keep their numbers, which are figures too (`two-and-a-half years`).
 * The kept figures are renumbered `f1`, `f2`, … when they used that scheme.
 */
export function dropFiguresInsideDates(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  const points = dates.filter((d) => d.type === 'DATE' || d.type === 'TIME');
  const kept = figures.filter((f) => !points.some((d) => d.start < f.end && f.start < d.end));
  if (kept.length === figures.length || !kept.every((f) => /^f\d+$/.test(f.id))) return kept;
  return kept.map((f, i) => ({ ...f, id: `f${i + 1}` }));
}
