import type { DateCandidate } from '../extractors/dates/candidate';
import type { RefDate } from '../extractors/dates/calendar';
import { tenseAt } from '../extractors/dates/tense';

/** A date the text states with its year: `2012`, `2012-11`, `2012-11-06`. */
const STATED = /^(\d{4})(?:-\d\d(?:-\d\d)?)?$/;
/**
 * A date that opens its sentence, or a paragraph, sets the time of what follows: `In 2012, …`,
 * `Back in March 2009, …`, `On Nov. 6, 2012, …`; `since 1980` and `a law passed in 1987` do not.
 */
const SETTING = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(?:(?:back[ \t]+)?(?:in|during|on|by)[ \t]+)?(?:early[ \t]+|late[ \t]+|mid-)?$/i;
/** Where a passage ends: a paragraph break. */
const BREAK = /\n/;

/**
 * A month or day whose year was guessed from the reference date takes the year
 * of the passage it stands in, when that passage told of an earlier year and no
 * date of the present came between: reference 2016-05-12,
 * `In 2012, Romney lost. In December, he left` → `2012-12`; `… In December, he will run` keeps `2016-12`.
 */
export function yearOfPassage(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): DateCandidate[] {
  if (!ref || !candidates.some((c) => c.yearGuessed)) return [...candidates];
  let year = 0;
  let yearEnd = 0;
  return candidates.map((c) => {
    if (year && BREAK.test(text.slice(yearEnd, c.start))) year = 0;
    if (c.yearGuessed) {
      const guessed = Number(c.value.slice(0, 4));
      if (!year || guessed === year || /future/.test(tenseAt(text, c.start, c.end))) return c;
      const take = (v: string) => (v.startsWith(String(guessed)) ? String(year) + v.slice(4) : v);
      yearEnd = c.end;
      return { ...c, value: take(c.value), ...(c.range ? { range: { from: take(c.range.from), to: take(c.range.to) } } : {}) };
    }
    if (c.type === 'DURATION' || c.type === 'SET') return c;
    const stated = c.relative ? null : STATED.exec(c.value);
    if (!stated) {
      // a date told from the dateline ("last week", "on Tuesday", "now") brings the passage back to the present
      if (c.relative) year = 0;
      return c;
    }
    const y = Number(stated[1]);
    const setting = SETTING.test(text.slice(Math.max(0, c.start - 20), c.start));
    if (y >= ref.year) year = 0;
    else if (setting) [year, yearEnd] = [y, c.end];
    return c;
  });
}
