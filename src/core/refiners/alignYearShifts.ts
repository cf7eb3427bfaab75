import { type DateCandidate, revalued } from '../extractors/dates/candidate';

const QUARTER = /^(\d{4})-(Q[1-4])$/;
const isShifted = (c: DateCandidate): boolean => c.yearsBack !== undefined || c.quarterOfStory === true;

/**
 * In a story about a quarter, "a year ago" means that quarter a year before and
 * "the quarter" means that quarter: `third-quarter net … up from a year ago` →
 * `2022-Q3`, `2021-Q3`. "a year ago" follows a quarter named within `reach`
 * characters only; "the quarter" follows the story's last one. Without a
 * quarter before it, the finder's value stays.
 */
export function alignYearShifts(candidates: readonly DateCandidate[], reach = 400): readonly DateCandidate[] {
  // most texts hold no "a year ago" nor "the quarter": the list passes unchanged, not copied
  if (!candidates.some(isShifted)) return candidates;
  let quarter: RegExpExecArray | null = null;
  let quarterEnd = -Infinity;
  return candidates.map((c) => {
    if (!isShifted(c)) {
      const q = c.value.length === 7 && c.value.charCodeAt(5) === 81 ? QUARTER.exec(c.value) : null; // `2022-Q3` and nothing longer; most are months, `2022-10`
      if (q) [quarter, quarterEnd] = [q, c.end];
      return c;
    }
    if (!quarter || (!c.quarterOfStory && c.start - quarterEnd > reach)) return c;
    return revalued(c, `${Number(quarter[1]) - (c.yearsBack ?? 0)}-${quarter[2]}`);
  });
}
