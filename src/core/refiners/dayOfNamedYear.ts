import { changed, type DateCandidate } from '../extractors/dates/candidate';
import { mergeNeighbours } from './mergeNeighbours';

/** A day of a month with no year yet: `XXXX-04-01`. */
const YEARLESS_DAY = /^XXXX-\d\d-\d\d$/;
/** The year named right after it: "last year", "this year", "next year". */
const NAMED_YEAR = /^(?:last|this|next)\s+year$/i;
/** What may stand between the two: `April 1 last year`, `April 1, last year`. */
const GAP = /^,?\s+$/;

/** The one DATE a yearless day and the year named after it make; null when they are not such a pair. */
function merge(prev: DateCandidate, c: DateCandidate, text: string): DateCandidate | null {
  // a prefix test spares most pairs the regexes: only a yearless day may take a year
  if (!prev.value.startsWith('XXXX-') || c.type !== 'DATE' || !/^\d{4}$/.test(c.value) || !YEARLESS_DAY.test(prev.value)) return null;
  if (!GAP.test(text.slice(prev.end, c.start)) || !NAMED_YEAR.test(text.slice(c.start, c.end))) return null;
  // "on April 1, last year's rate ended": the year owns what follows it, not the day
  const after = text.charCodeAt(c.end);
  if (after === 39 || after === 8217) return null;
  return changed(prev, { end: c.end, value: c.value + prev.value.slice(4), relative: true });
}

/**
 * A day of a month and the year named right after it are one date, in that year:
 * in 2026, `took effect on April 1 last year` → `2025-04-01`, not the coming April 1,
 * as "March last year" is one month. A text with no such pair passes unchanged, not copied.
 */
export function dayOfNamedYear(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return mergeNeighbours(candidates, text, merge);
}
