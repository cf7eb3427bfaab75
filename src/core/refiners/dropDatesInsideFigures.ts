import type { Figure } from '../model';
import type { DateCandidate } from '../extractors/dates/candidate';
import { lowerBound } from '../lowerBound';
import { filtered } from './unchangedOr';

const MEASURED: ReadonlySet<string> = new Set(['money', 'percent', 'quantity']);
/** A year, or a list of years, and `and`/`or` right before a year: `2004 and ` in `the 2004 and 2008 conventions`. */
const YEARS_BEFORE = /\b(?:19|20)\d\d(?:,\s*(?:19|20)\d\d)*,?\s+(?:and|or|&)\s+$/;
const BARE_YEAR = /^\d{4}$/;

/** Is the year at [start, end) the last of years joined by `and`/`or`, so that the noun after counts none of them? */
function joinedYear(c: DateCandidate, text: string): boolean {
  return c.end - c.start === 4 && BARE_YEAR.test(c.value) && YEARS_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
}

/** Up to this many pairs of a figure and a candidate, as in an article, the pairs are compared one by one. */
const FEW = 1024;

/**
 * A test of whether a candidate lies strictly inside one of the figures: starts
 * earlier and ends no sooner, or starts with it and ends later. Figures sorted
 * by start, with the farthest end so far, make each test a binary search.
 */
function insideOf(figures: readonly Figure[], candidates: number): (c: DateCandidate) => boolean {
  if (figures.length === 0) return () => false;
  // an article's few figures are each compared with each candidate: no sorted copies to build
  if (figures.length * candidates <= FEW) return (c) => figures.some((f) => (f.start < c.start && f.end >= c.end) || (f.start === c.start && f.end > c.end));
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const starts = sorted.map((f) => f.start);
  const farthest: number[] = [-Infinity];
  sorted.forEach((f, i) => farthest.push(Math.max(farthest[i], f.end)));
  return (c) => {
    const before = lowerBound(starts, c.start);
    if (farthest[before] >= c.end) return true;
    for (let i = before; i < sorted.length && sorted[i].start === c.start; i++) if (sorted[i].end > c.end) return true;
    return false;
  };
}

/**
 * A number that a figure measures is not a date: in `2000 troops` or `$2,014`
 * the figure wins. Durations and rates stay (`two years`, `5% a year`): they are both,
 * and so does the last of joined years: `the 2004 and 2008 conventions` are two dates.
 * A stretch inside a longer count is a part of the number: `a quarter` in `five and a quarter`.
 */
export function dropDatesInsideFigures(candidates: readonly DateCandidate[], figures: readonly Figure[], text: string): readonly DateCandidate[] {
  const measured = figures.filter((f) => MEASURED.has(f.kind));
  const counts = figures.filter((f) => f.kind === 'count');
  // a text with no such figure drops nothing: the list passes unchanged, not copied
  if (measured.length === 0 && counts.length === 0) return candidates;
  const inMeasure = insideOf(measured, candidates.length);
  const inCount = insideOf(counts, candidates.length);
  return filtered(candidates, (c) => (c.type === 'DURATION' || c.type === 'SET' ? !inCount(c) : !inMeasure(c) || joinedYear(c, text)));
}
