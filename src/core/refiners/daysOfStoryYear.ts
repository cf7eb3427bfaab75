import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { isDigitCode } from '../charCodes';

/** `of` right before a year: `Sept. 29 of that year`, `Sept. 2 of 2016`. */
const OF = /(?:^|\s)of\s+$/i;
/** What joins the days of one stretch: `from Sept. 29 to Oct. 3 of that year`, `May 2 and 9`. */
const JOIN = /^\s*(?:[-–]|to|and|through|until|or)\s*$/i;
/** A resolved month or day whose year the text did not write: `2026-09-29` from `Sept. 29`. */
const DAY_OR_MONTH = /^\d{4}-\d\d(?:-\d\d)?(?:T|$)/;

/** Did the text write a year of four digits in the mention: `Sept. 29, 2025`? */
function writesYear(text: string, c: DateCandidate): boolean {
  let run = 0;
  for (let k = c.start; k < c.end; k++) if ((run = isDigitCode(text.charCodeAt(k)) ? run + 1 : 0) === 4) return true;
  return false;
}

/**
 * A month or day with no year written, before "of 2016", "of that year" or "of the following year", takes the
 * year those words give, with the days joined to it: "a bid collapsed on Oct. 14, 2025, after strikes from Sept. 29
 * to Oct. 3 of that year" → `2025-09-29`, `2025-10-03`, not the dateline's year.
 */
export function daysOfStoryYear(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  let out: DateCandidate[] | null = null;
  for (let i = 1; i < candidates.length; i++) {
    const told = candidates[i];
    if (told.type !== 'DATE' || told.value.length !== 4 || !isDigitCode(told.value.charCodeAt(0))) continue;
    const of = OF.exec(text.slice(Math.max(0, told.start - 6), told.start));
    if (!of) continue;
    // the days before it: the last right before "of", each other joined to the one after it
    let next = told.start - of[0].length;
    for (let j = i - 1; j >= 0; j--) {
      const c = candidates[j];
      const gap = text.slice(c.end, next);
      if (!(j === i - 1 ? gap.trim() === '' : JOIN.test(gap)) || !DAY_OR_MONTH.test(c.value) || writesYear(text, c)) break;
      out ??= candidates.slice();
      const year = (v: string) => told.value + v.slice(4);
      out[j] = revalued(c, year(c.value), c.relative, c.range && { from: year(c.range.from), to: year(c.range.to) });
      next = c.start;
    }
  }
  return out ?? candidates;
}
