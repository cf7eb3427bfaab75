import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { tenseAt } from '../extractors/dates/tense';

const QUARTER = /^(\d{4})-(Q[1-4])$/;
const isShifted = (c: DateCandidate): boolean => c.yearsBack !== undefined || c.quarterOfStory === true;
const isPast = (text: string, c: DateCandidate): boolean => tenseAt(text, c.start, c.end).endsWith('past');

/**
 * In a story about a quarter, "a year ago" means that quarter a year before and
 * "the quarter" means that quarter: `third-quarter net … up from a year ago` →
 * `2022-Q3`, `2021-Q3`. "a year ago" follows a quarter named within `reach`
 * characters only; "the quarter" follows the story's last one. Without a
 * quarter before it, the finder's value stays. A past verb ("the deficit
 * amounted to 2% in the quarter") tells of a quarter reported, not of one a
 * forecast looked ahead to ("we expect a contraction in the third quarter"):
 * it follows the last quarter told in the past or with no tense.
 */
export function alignYearShifts(candidates: readonly DateCandidate[], text: string, reach = 400): readonly DateCandidate[] {
  // most texts hold no "a year ago" nor "the quarter": the list passes unchanged, not copied
  if (!candidates.some(isShifted)) return candidates;
  let quarter: RegExpExecArray | null = null;
  let quarterEnd = -Infinity;
  // the last quarter no future verb looked ahead to
  let told: RegExpExecArray | null = null;
  let toldEnd = -Infinity;
  return candidates.map((c) => {
    if (!isShifted(c)) {
      const q = c.value.length === 7 && c.value.charCodeAt(5) === 81 ? QUARTER.exec(c.value) : null; // `2022-Q3` and nothing longer; most are months, `2022-10`
      if (!q) return c;
      [quarter, quarterEnd] = [q, c.end];
      if (!tenseAt(text, c.start, c.end).includes('future')) [told, toldEnd] = [q, c.end];
      return c;
    }
    const [from, fromEnd] = quarter !== told && told && isPast(text, c) ? [told, toldEnd] : [quarter, quarterEnd];
    if (!from || (!c.quarterOfStory && c.start - fromEnd > reach)) return c;
    return revalued(c, `${Number(from[1]) - (c.yearsBack ?? 0)}-${from[2]}`);
  });
}
