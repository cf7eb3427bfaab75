import type { DateMention, Figure } from '../model';
import { lowerBound } from '../lowerBound';

/** The dates of a kind as a sorted list with, at each index, the farthest end among those before it. */
interface Spans {
  readonly starts: readonly number[];
  readonly farthest: readonly number[];
}

function spansOf(dates: readonly DateMention[], stretch: boolean): Spans {
  const kept = dates.filter((d) => (d.type === 'DURATION' || d.type === 'SET') === stretch).sort((a, b) => a.start - b.start);
  const farthest: number[] = [-Infinity];
  kept.forEach((d, i) => farthest.push(Math.max(farthest[i], d.end)));
  return { starts: kept.map((d) => d.start), farthest };
}

/** Does [start, end) overlap one of the spans? One binary search: the spans starting before `end`, and the farthest of their ends. */
function overlaps({ starts, farthest }: Spans, start: number, end: number): boolean {
  return farthest[lowerBound(starts, end)] > start;
}

/**
 * Up to this many pairs of a figure and a date, as in an article, each
 * figure is compared with each date: no sorted copies to build.
 */
const FEW = 1024;

/** Does the figure overlap a DATE or TIME, or, a count, a DURATION or SET? What the searches below tell, pair by pair. */
function overlapsAny(dates: readonly DateMention[], f: Figure): boolean {
  for (const d of dates) {
    if (d.start >= f.end || d.end <= f.start) continue;
    if (f.kind === 'count' || (d.type !== 'DURATION' && d.type !== 'SET')) return true;
  }
  return false;
}

/** The figures that overlap no date, each by a binary search: for a book's thousands of both. */
function keptBySearch(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  const points = spansOf(dates, false);
  const stretches = spansOf(dates, true);
  return figures.filter((f) => !overlaps(points, f.start, f.end) && !(f.kind === 'count' && overlaps(stretches, f.start, f.end)));
}

/**
 * Years and day numbers are parts of dates, not figures: a figure overlapping
 * a DATE or TIME is dropped (`2023`, `14-15` in `February 14-15`). Durations
 * and sets keep the figures that measure them, which are figures too
 * (`two-and-a-half years`, `5% a year`), but not a bare count read the other
 * way: `for a quarter` is three months, not 0.25. So no span is read both as
 * a count and as a date. The kept figures are renumbered `f1`, `f2`, … when they used that scheme.
 */
export function dropFiguresInsideDates(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  const kept = figures.length * dates.length <= FEW ? figures.filter((f) => !overlapsAny(dates, f)) : keptBySearch(figures, dates);
  if (kept.length === figures.length || !kept.every((f) => /^f\d+$/.test(f.id))) return kept;
  return kept.map((f, i) => ({ ...f, id: `f${i + 1}` }));
}
