import type { DateMention, Stage } from '../model';
import { alignYearShifts } from '../refiners/alignYearShifts';
import { anchorStoryDays } from '../refiners/anchorStoryDays';
import { anchorStoryUnits } from '../refiners/anchorStoryUnits';
import { anchorStoryYears } from '../refiners/anchorStoryYears';
import { boundYears } from '../refiners/boundYears';
import { clockBeforeDay } from '../refiners/clockBeforeDay';
import { clockOnStoryDay } from '../refiners/clockOnStoryDay';
import { daysOfStoryYear } from '../refiners/daysOfStoryYear';
import { dayOfNamedYear } from '../refiners/dayOfNamedYear';
import { daysOfMonth } from '../refiners/daysOfMonth';
import { dropDatesInsideFigures } from '../refiners/dropDatesInsideFigures';
import { dropFiguresInsideDates } from '../refiners/dropFiguresInsideDates';
import { dropNameParts } from '../refiners/dropNameParts';
import { eventDays } from '../refiners/eventDays';
import { mergeDayAndTime } from '../refiners/mergeDayAndTime';
import { pairClockTimes } from '../refiners/pairClockTimes';
import { pairedDays } from '../refiners/pairedDays';
import { partOfNamed } from '../refiners/partOfNamed';
import { removeDateOverlaps } from '../refiners/removeDateOverlaps';
import { resolveWeekdays } from '../refiners/resolveWeekdays';
import { resolveYearless } from '../refiners/resolveYearless';
import { weekdaysOfWeek } from '../refiners/weekdaysOfWeek';
import { wholeWords } from '../refiners/wholeWords';
import { yearOfPassage } from '../refiners/yearOfPassage';
import { yearBeforeSentenceTime } from '../refiners/yearBeforeSentenceTime';
import { calendarDates } from './dates/calendarDates';
import { toRefDate } from './dates/calendar';
import type { DateCandidate, DateFinder, FinderContext } from './dates/candidate';
import { clockTimes } from './dates/clockTimes';
import { deicticDates } from './dates/deicticDates';
import { durations } from './dates/durations';
import { holidays } from './dates/holidays';
import { months } from './dates/months';
import { monthDays } from './dates/monthDays';
import { periods } from './dates/periods';
import { references } from './dates/references';
import { seasons } from './dates/seasons';
import { sets } from './dates/sets';
import { shiftedPeriods } from './dates/shiftedPeriods';
import { weekdays } from './dates/weekdays';
import { storyDays } from './dates/storyDays';
import { storyPeriods } from './dates/storyPeriods';
import { storyUnits } from './dates/storyUnits';
import { storyYears } from './dates/storyYears';
import { years } from './dates/years';

/** Finders propose; overlaps are settled afterwards, so their order does not matter. */
const FINDERS: readonly DateFinder[] = [
  calendarDates, // explicit dates and clock times, by chrono
  clockTimes, // 1 p.m., noon: the clock times chrono misses in long sentences
  deicticDates, // today, yesterday, this morning, tonight
  shiftedPeriods, // this year, last week, the past month
  weekdays, // Monday, last Friday, Wednesday night
  months, // October, early March 1996
  monthDays, // on the 20th: a day of a month named before, or the dateline's
  durations, // eight consecutive years, two weeks ago
  periods, // quarters, halves, decades, centuries, fiscal and spoken years
  seasons, // the summer of 2021, early spring; not "prices fall"
  holidays, // by Christmas, last Thanksgiving, Easter 2024
  years, // in 2014
  storyPeriods, // the quarter, the year-ago quarter, the year, year-end, the weekend
  storyYears, // later that year, the following year, two years earlier
  storyDays, // that night, the previous night, the next day
  storyUnits, // the following month, later that week, that spring
  references, // now, recently, the future
  sets, // every week, annually, a year
];

/** One finder's failure on odd input costs its candidates only. */
function safely(finder: DateFinder, ctx: FinderContext): DateCandidate[] {
  try {
    return finder(ctx);
  } catch {
    return [];
  }
}

/**
 * The mention of each candidate, by its number in the text. Two literals, not
 * a spread for the range: a spread's copy takes a shape of its own, and the
 * stages after read these mentions. (c, 0) → `{ id: 'd1', start, end, text, type, value, relative }`.
 */
function toMention(text: string): (c: DateCandidate, i: number) => DateMention {
  return (c, i) => {
    const { start, end, type, value, relative, range } = c;
    const id = `d${i + 1}`;
    return range ? { id, start, end, text: text.slice(start, end), type, value, relative, range } : { id, start, end, text: text.slice(start, end), type, value, relative };
  };
}

/**
 * Dates, times, durations and sets with TIMEX3 values resolved against the
 * reference date; drops the figures that are parts of dates.
 * `date 2023-02-13 …\nMinisters meet on February 14-15.` → `February 14-15`, `2023-02-14`.
 */
export const dates: Stage = {
  name: 'dates',
  run(analysis) {
    const { text, article } = analysis;
    const ref = toRefDate(article.referenceDate);
    // the word index's field is set from the start, so the context keeps one shape as the finders read it
    const ctx: FinderContext = { text, from: article.headline?.start ?? article.bodyStart, ref, wordIndex: undefined };
    const proposed: DateCandidate[] = [];
    for (const finder of FINDERS) for (const c of safely(finder, ctx)) proposed.push(c);
    const settled = clockOnStoryDay(pairClockTimes(clockBeforeDay(mergeDayAndTime(dayOfNamedYear(removeDateOverlaps(dropNameParts(dropDatesInsideFigures(wholeWords(proposed, text), analysis.figures, text), text)), text), text), text), text), text);
    // resolvers, in order: each reads what the ones before settled
    const resolved = anchorStoryDays(daysOfMonth(resolveYearless(resolveWeekdays(yearOfPassage(eventDays(settled, text), text, ref), text, ref), text, ref), text, ref), ref, text);
    const found = boundYears(partOfNamed(pairedDays(weekdaysOfWeek(anchorStoryUnits(daysOfStoryYear(yearBeforeSentenceTime(anchorStoryYears(alignYearShifts(resolved, text), text), text), text), text, ref), text), text), text));
    const mentions: DateMention[] = found.map(toMention(text));
    return { ...analysis, dates: mentions, figures: dropFiguresInsideDates(analysis.figures, mentions) };
  },
};
