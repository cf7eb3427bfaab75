import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { leadingYear } from './leadingYear';

/** A month or a season: `2015-10`, `2015-WI`; not a day such as `today`'s. */
const MONTH_OR_SEASON = /^\d{4}-(?:\d\d|SP|SU|FA|WI)$/;
/** `last winter`, `this March`, `next fall`: a month or season the dateline names, not one whose year it only guessed. */
const DEICTIC = /^(?:last|this|next)\b/i;
const SINCE = /\bsince\s+$/i;
const fromStory = (c: DateCandidate): boolean => c.yearsFromStory !== undefined;
/** A decade the text states: `the 1980s`, `the late 1990s` → `198`, `199`; not `the end of the decade`, told from the dateline. */
const isDecade = (c: DateCandidate): boolean => c.type === 'DATE' && c.value.length === 3 && !c.relative && !c.namesEvent && /^\d{3}$/.test(c.value);

/** `2015-10`, `2015-WI`: by length first, as most relative dates are days (`2015-10-02`) and cost no regex. */
const monthOrSeason = (value: string): boolean => value.length === 7 && MONTH_OR_SEASON.test(value);

/** Does `since ` end right before `at`? Only an `e` two characters back lets the regex run, on the six characters `since ` fills. */
const afterSince = (text: string, at: number): boolean => (text.charCodeAt(at - 2) | 32) === 101 && SINCE.test(text.slice(Math.max(0, at - 6), at));

/**
 * "The following year", "later that year", "two years earlier" count from the
 * last year the story named, within `reach` characters before them; with none,
 * the finder's value (from the dateline) stays.
 * `In 1995 he joined; the following year he left` → `1995`, `1996`.
 */
export function anchorStoryYears(candidates: readonly DateCandidate[], text: string, reach = 600): readonly DateCandidate[] {
  // most texts hold no "the following year": the list passes unchanged, not copied
  if (!candidates.some(fromStory)) return candidates;
  let year = 0;
  let yearEnd = -Infinity;
  // the last decade the story named, `198` for "the late 1980s": it tells "a decade later", not "two years later"
  let decade = 0;
  let decadeEnd = -Infinity;
  return candidates.map((c) => {
    if (c.yearsFromStory === undefined) {
      if (isDecade(c)) [decade, decadeEnd] = [Number(c.value), c.end];
      // a date the text states with its year (`1995`, `1995-06-12`, `1995-Q3`; not `PRESENT_REF`, `P2Y`),
      // or a month or season told from the dateline sets the story's year too: "last winter … a year later"
      const stated = c.type === 'DATE' && !c.namesEvent && (!c.relative || (c.yearsBack === undefined && monthOrSeason(c.value) && DEICTIC.test(text.slice(c.start, c.start + 5)))) ? leadingYear(c.value) : -1;
      // "held since 2012" tells where a stretch began, not when the story is
      if (stated >= 0 && !afterSince(text, c.start)) [year, yearEnd] = [stated, c.end];
      return c;
    }
    // "In the late 1980s … A decade later" → `199`, unless a year was named since
    if (decadeEnd > yearEnd && c.yearsFromStory % 10 === 0 && c.start - decadeEnd <= reach) return revalued(c, String(decade + c.yearsFromStory / 10));
    // a quarter that alignYearShifts found ("a year earlier" in a quarterly report) stays that quarter
    if (!year || c.start - yearEnd > reach || c.value.includes('Q')) return c;
    return revalued(c, String(year + c.yearsFromStory));
  });
}
