import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { addDays, toRefDate, type RefDate } from '../extractors/dates/calendar';
import { tenseAt } from '../extractors/dates/tense';
import { statedYear } from './leadingYear';
import { toldAfterStretch } from './toldAfterStretch';

/** A weekday with no date yet, and any clock time: `XXXX-WXX-3`, `XXXX-WXX-3T21:00`. */
const WEEKDAY = /^XXXX-WXX-([1-7])(T[A-Z0-9:]+)?$/;
/** A month, a day, a season, a quarter or a half with no year yet: `XXXX-12`, `XXXX-12-05`, `XXXX-SU`; not a clock time or a weekday. */
const YEARLESS = /^XXXX-(?:\d\d|SP|SU|FA|WI|Q[1-4]|H[12])/;
/**
 * A date that opens its sentence, or a paragraph, sets the time of what follows: `In 2012, …`,
 * `Back in March 2009, …`, `On Nov. 6, 2012, …`; `since 1980` and `a law passed in 1987` do not.
 */
const SETTING = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(?:(?:back[ \t]+)?(?:in|during|on|by)[ \t]+)?(?:early[ \t]+|late[ \t]+|mid-)?$/i;

/** A clause of the time just named follows: `since 2019, when …`, `in March 2009 when …`. */
const WHEN_AFTER = /^,?[ \t]+when\b/i;

/** Where the sentence that holds `at` ends, at the first full stop, mark or line break after it; an abbreviation's stop ends it early, which only shortens the passage. */
const SENTENCE_END = /[.!?](?:\s|$)|\n/g;
function sentenceEnd(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  const found = SENTENCE_END.exec(text);
  return found ? found.index : text.length;
}

/**
 * A month or day with no year takes the year of the passage it stands in, when
 * that passage told of an earlier year and no date of the present came between;
 * resolveYearless, after it, fills in the others from the reference date.
 * Reference 2016-05-12: `In 2012, Dunstan lost. In December, he left` → `2012-12`;
 * `… In December, he will run` keeps `XXXX-12`. A weekday takes the passage's day
 * when it named one, and otherwise ends the passage.
 */
export function yearOfPassage(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): readonly DateCandidate[] {
  if (!ref) return candidates;
  let year = 0;
  // the day the passage opened on, when it named one: `On Nov. 6, 2012, …`
  let day: RefDate | null = null;
  // where the passage's paragraph ends
  let passageEnd = 0;
  // the last date the text stated with its year, wherever it stood, as year × 100 + month: `6 March 2019` → 201903
  let stated = 0;
  // copied only once a month takes a passage's year: most texts keep the list as it is
  let out: DateCandidate[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const taken = (year && c.start <= passageEnd ? passageYear(c, text, year, day) : null) ?? (stated ? stretchYear(candidates[i - 1], c, text, stated) : null);
    if (taken && !out) out = candidates.slice(0, i);
    if (out) out.push(taken ?? c);
    if (taken || c.type === 'DURATION' || c.type === 'SET') continue;
    if (year && c.start > passageEnd) year = 0;
    // a date told from the dateline ("last week", "on Tuesday", "now") brings the passage back to the present
    // (with neither set, as in most texts, there is nothing to reset and no regex to run)
    if ((year || stated) && c.relative && !YEARLESS.test(c.value)) [year, stated] = [0, 0];
    if (!year) day = null;
    // a date the text states with its year: `2012`, `2012-11`, `2012-11-06`
    const y = c.relative ? -1 : statedYear(c.value);
    if (y < 0) continue;
    // a date that names an event ("the Sept. 11, 2001, attacks") tells no story's date
    stated = c.namesEvent ? 0 : y * 100 + (c.value.length > 4 ? Number(c.value.slice(5, 7)) : 0);
    if (y >= ref.year) year = 0;
    else if (SETTING.test(text.slice(Math.max(0, c.start - 20), c.start))) {
      year = y;
      day = c.value.length === 10 ? toRefDate(c.value) : null;
      const lineEnd = text.indexOf('\n', c.end);
      passageEnd = lineEnd < 0 ? text.length : lineEnd;
    } else if (WHEN_AFTER.test(text.slice(c.end, c.end + 8))) {
      // "since 2019, when fires burned from late July": the clause tells of that year, to its sentence's end
      year = y;
      day = c.value.length === 10 ? toRefDate(c.value) : null;
      passageEnd = sentenceEnd(text, c.end);
    }
  }
  return out ?? candidates;
}

/**
 * The yearless month or day `c` with the passage's year, or the weekday nearest
 * the passage's day (`On Nov. 6, 2012, … On Wednesday` → `2012-11-07`), unless a
 * future verb points past it; null when it keeps its placeholder.
 */
function passageYear(c: DateCandidate, text: string, year: number, day: RefDate | null): DateCandidate | null {
  if (c.type === 'DURATION' || c.type === 'SET') return null;
  const weekday = day ? WEEKDAY.exec(c.value) : null;
  if (!weekday && !YEARLESS.test(c.value)) return null;
  if (/future/.test(tenseAt(text, c.start, c.end))) return null;
  if (weekday && day) {
    const ahead = (Number(weekday[1]) - day.weekday + 7) % 7;
    return revalued(c, addDays(day, ahead > 3 ? ahead - 7 : ahead).iso + (weekday[2] ?? ''));
  }
  const take = (v: string) => (v.startsWith('XXXX') ? String(year) + v.slice(4) : v);
  return revalued(c, take(c.value), c.relative, c.range ? { from: take(c.range.from), to: take(c.range.to) } : undefined);
}

/**
 * The yearless day or month that says where a counted stretch from the story's date ends, in
 * the year of the date the story stated last, or the next or the one before when the stretch
 * crosses New Year: `failed on 6 March 2019. Two weeks later, on 20 March` → `2019-03-20`.
 */
function stretchYear(before: DateCandidate | undefined, c: DateCandidate, text: string, stated: number): DateCandidate | null {
  const way = toldAfterStretch(before, c, text);
  if (!way) return null;
  const [year, month] = [Math.floor(stated / 100), stated % 100];
  const itsMonth = Number(c.value.slice(5, 7));
  const crosses = month > 0 && (way > 0 ? itsMonth < month : itsMonth > month);
  return passageYear(c, text, crosses ? year + way : year, null);
}
