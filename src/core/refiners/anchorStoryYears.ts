import type { DateCandidate } from '../extractors/dates/candidate';

/** A date the text states with its year: `1995`, `1995-06`, `1995-06-12`, `1995-Q3`; not `PRESENT_REF` or `P2Y`. */
const STATED_YEAR = /^(\d{4})(?:$|-)/;

/**
 * "The following year", "later that year", "two years earlier" count from the
 * last year the story named, within `reach` characters before them; with none,
 * the finder's value (from the dateline) stays.
 * `In 1995 he joined; the following year he left` → `1995`, `1996`.
 */
export function anchorStoryYears(candidates: readonly DateCandidate[], reach = 600): DateCandidate[] {
  let year = 0;
  let yearEnd = -Infinity;
  return candidates.map((c) => {
    if (c.yearsFromStory === undefined) {
      const stated = !c.relative && c.type === 'DATE' ? STATED_YEAR.exec(c.value) : null;
      if (stated) [year, yearEnd] = [Number(stated[1]), c.end];
      return c;
    }
    if (!year || c.start - yearEnd > reach) return c;
    return { ...c, value: String(year + c.yearsFromStory) };
  });
}
