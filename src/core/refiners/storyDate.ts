import { isDigitCode } from '../charCodes';
import { addDays, dayNumber, fromDayNumber, isoWeek, pad, toRefDate, type RefDate } from '../extractors/dates/calendar';

/** How much of a date the story named: `2019-03-03`, `2019-W10`, `2019-03`, `2019-SP`, `2019`. */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'year';

/**
 * The story's date as far as the text told it. `day` is the day itself, or the
 * Thursday of a week; `season` counts seasons from year 0, spring first, a winter
 * under the year of its December: 2019-03 → 2019 × 4 + 0, 2020-01 → 2019 × 4 + 3.
 */
export interface StoryDate {
  readonly precision: Precision;
  readonly year: number;
  /** 1–12; 0 when not told. */
  readonly month: number;
  readonly day: RefDate | null;
  /** NaN when not told. */
  readonly season: number;
}

const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 0, SU: 1, FA: 2, WI: 3 };
const WEEK = /^(\d{4})-W(\d\d)(?:-WE)?$/;
const MONTH = /^(\d{4})-(\d\d)$/;
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/;
/** A year alone, or one the value names only a part of: `2019`, `2019-Q3`, `2019-H1`. */
const YEAR = /^(\d{4})(?:$|-[QH][1-4]$)/;

/** The season a month falls in, as a count of seasons: (2020, 1) → 2019 × 4 + 3, the winter of 2019. */
export function seasonOf(year: number, month: number): number {
  return month === 12 ? year * 4 + 3 : month <= 2 ? (year - 1) * 4 + 3 : year * 4 + Math.floor((month - 3) / 3);
}

export const seasonOrder = (code: string): number => SEASON_ORDER[code] ?? NaN;

const atDay = (day: RefDate, precision: Precision): StoryDate => ({ precision, year: day.year, month: day.month, day, season: seasonOf(day.year, day.month) });

/** What a resolved TIMEX3 value tells of the story's date; null for placeholders, durations and `PRESENT_REF`. `2019-W10` → the Thursday 2019-03-07. */
export function toStoryDate(value: string): StoryDate | null {
  // every form opens with its year's digits: placeholders (`XXXX-XX`), durations and `PRESENT_REF` cost no regex
  if (!isDigitCode(value.charCodeAt(0))) return null;
  const day = toRefDate(value);
  if (day) return atDay(day, 'day');
  let m = WEEK.exec(value);
  if (m) {
    // ISO week 1 holds January 4th
    const jan4 = dayNumber(Number(m[1]), 1, 4);
    const monday = jan4 - ((fromDayNumber(jan4).weekday + 6) % 7);
    return atDay(fromDayNumber(monday + 7 * (Number(m[2]) - 1) + 3), 'week');
  }
  if ((m = MONTH.exec(value))) return { precision: 'month', year: Number(m[1]), month: Number(m[2]), day: null, season: seasonOf(Number(m[1]), Number(m[2])) };
  if ((m = SEASON.exec(value))) return { precision: 'season', year: Number(m[1]), month: 0, day: null, season: Number(m[1]) * 4 + seasonOrder(m[2]) };
  if ((m = YEAR.exec(value))) return { precision: 'year', year: Number(m[1]), month: 0, day: null, season: NaN };
  return null;
}

/** Does `finer` lie inside `coarser`: 2019-03-03 inside 2019-03, 2019-SP and 2019? Then it still tells the story's date. */
export function liesWithin(finer: StoryDate, coarser: StoryDate): boolean {
  if (finer.year !== coarser.year && coarser.precision !== 'season') return false;
  switch (coarser.precision) {
    case 'year': return finer.precision !== 'year';
    case 'season': return finer.month > 0 && finer.season === coarser.season;
    case 'month': return finer.day !== null && finer.month === coarser.month;
    default: return false;
  }
}

/** `shift` months, weeks or days from the story's date, as TIMEX3; null when the story told too little. */
export function shiftedFrom(story: StoryDate, unit: string, shift: number): string | null {
  if (unit === 'day') return story.precision === 'day' && story.day ? addDays(story.day, shift).iso : null;
  if (unit === 'week') return story.day ? isoWeek(addDays(story.day, 7 * shift)) : null;
  if (unit === 'month') {
    // "that month" after a bare year is still that year's
    if (!story.month) return story.precision === 'year' && shift === 0 ? `${story.year}-XX` : null;
    const index = story.year * 12 + story.month - 1 + shift;
    return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
  }
  if (isDigitCode(unit.charCodeAt(0))) return namedMonthFrom(story, Number(unit), shift);
  const order = seasonOrder(unit);
  if (Number.isNaN(order)) return null;
  if (Number.isNaN(story.season)) return `${story.year + shift}-${unit}`;
  // "that winter" after January is the winter under way, the one of the December before
  if (shift === 0) return `${story.month ? (unit === 'WI' && story.month <= 2 ? story.year - 1 : story.year) : Math.floor(story.season / 4)}-${unit}`;
  // the first such season after the story's, or the last before it
  const year = shift > 0 ? Math.floor((story.season - order) / 4) + shift : Math.ceil((story.season - order) / 4) + shift;
  return `${year}-${unit}`;
}

/** The first month of each season, by its order: spring's March … winter's December. */
const SEASON_START = [3, 6, 9, 12];

/**
 * A named month told from the story's date: "that March" is the story year's, "the following March" the first
 * March after the story's month (after its year, when only the year was told), "the previous March" the last before.
 */
function namedMonthFrom(story: StoryDate, month: number, shift: number): string {
  // a season tells its first month; a winter's year is its December's
  const at = story.month || (Number.isNaN(story.season) ? 0 : SEASON_START[story.season % 4]);
  const year = story.month || Number.isNaN(story.season) ? story.year : Math.floor(story.season / 4);
  if (shift === 0) return `${pad(year, 4)}-${pad(month)}`;
  if (!at) return `${pad(year + shift, 4)}-${pad(month)}`;
  const index = shift > 0 ? (month > at ? year : year + 1) : month < at ? year : year - 1;
  return `${pad(index, 4)}-${pad(month)}`;
}
