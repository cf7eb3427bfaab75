import { MONTHS } from '../../lexicon/temporal';
import { MONTH_DAY_PATTERN } from './chronoParsers';

/** MONTHS as a Map: the words looked up are cut from the text, and an object's lookup by such a string first has to find it among the engine's own. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));

/** What calendarDates reads of a chrono result's date: which parts are certain, and their values. */
export interface DateParts {
  isCertain(part: string): boolean;
  get(part: string): number | null;
}

/** A reading of a window: where it starts in the window, its text, its day. */
export interface MonthDayReading {
  readonly index: number;
  readonly text: string;
  readonly start: DateParts;
  /** The last day of a range: `May 22-23`. */
  readonly end?: DateParts;
}

/** A day as chrono's month-day parser writes it in digits: `5`, `21st`; its words (`fifth`) are left to chrono. */
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
/** What chrono's refiners would read after a date and change it by: a year, a zone offset, a zone name (`EST`). */
const YEAR_AFTER = /^\s*\d/;
const OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;
const ZONE_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
/** What chrono's range refiner joins two dates by: `March 5 to March 9`. */
const RANGE_BETWEEN = /^\s*(?:to|-|–|until|through|till)\s*$/i;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date of known month and day, and of the year when given. */
function partsOf(month: number, day: number, year: number | null): DateParts {
  return {
    isCertain: (part) => part === 'month' || part === 'day' || (part === 'year' && year !== null),
    get: (part) => (part === 'month' ? month : part === 'day' ? day : part === 'year' ? year : null),
  };
}

/** A day in digits that fits every year's month, or null: chrono drops `February 29` in some years. */
function dayOf(written: string, month: number): number | null {
  const m = DAY.exec(written);
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= DAYS_IN_MONTH[month] ? day : null;
}

/**
 * What chrono reads in a window where only its month-day parser can yield a
 * result: the same matches, without chrono's set-up and refiners. Null when
 * something there would need chrono itself (a day in words, a range, a
 * refiner that would change a result), so that the caller asks chrono.
 * `on October 15. The` → [{ index: 3, text: `October 15`, … }].
 */
export function monthDayReadings(window: string): MonthDayReading[] | null {
  const re = MONTH_DAY_PATTERN;
  if (!re) return null;
  const out: MonthDayReading[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const month = MONTH_NUMBERS.get(m[2].toLowerCase().replace(/\.$/, ''));
    const day = month ? dayOf(m[3], month) : null;
    // a range ("May 22-23") ends on a day of the same month
    const last = month && m[4] ? dayOf(m[4], month) : null;
    if (!month || day === null || (m[4] && last === null) || (m[5] && !/^[1-9]\d{3}$/.test(m[5]))) return null;
    const year = m[5] ? Number(m[5]) : null;
    const index = m.index + m[1].length;
    const text = m[0].slice(m[1].length);
    const after = window.slice(index + text.length);
    const zone = ZONE_AFTER.exec(after);
    if ((!year && YEAR_AFTER.test(after)) || OFFSET_AFTER.test(after) || (zone && zone[1] === zone[1].toUpperCase())) return null;
    const before = out[out.length - 1];
    if (before && RANGE_BETWEEN.test(window.slice(before.index + before.text.length, index))) return null;
    const start = partsOf(month, day, year);
    out.push(last === null ? { index, text, start } : { index, text, start, end: partsOf(month, last, year) });
  }
  return out;
}
