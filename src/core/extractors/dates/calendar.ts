/** Calendar arithmetic on plain UTC day numbers, for resolving against the reference date. */

export interface RefDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  readonly weekday: number;
  readonly iso: string;
}


/** `00` … `99`: a month or a day written by a lookup, not by a new padded string. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

export const pad = (n: number, width = 2): string =>
  width === 2 && n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n] : width === 4 && n >= 1000 && n <= 9999 && Number.isInteger(n) ? String(n) : String(n).padStart(width, '0');

/** The number the digits text[start, end) spell, or -1 when another character stands among them. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `"2023-02-13"` → its parts with weekday 1 (Monday); null for anything else. */
export function toRefDate(iso: string | null | undefined): RefDate | null {
  // what /^(\d{4})-(\d{2})-(\d{2})/ reads, from character codes: refiners ask it of many dates
  if (!iso || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  return year < 0 || month < 0 || day < 0 ? null : fromDayNumber(dayNumber(year, month, day));
}

/**
 * Days since 1970-01-01, as `Date.UTC(year, month - 1, day) / 86_400_000` counts
 * them (months and days may overflow, years 0–99 are 1900–1999), by integer
 * arithmetic rather than a Date: `(2023, 2, 13)` → 19401, `(2023, 3, 0)` → 19416.
 */
export function dayNumber(year: number, month: number, day: number): number {
  let y = year >= 0 && year <= 99 ? 1900 + year : year;
  const yearsOver = Math.floor((month - 1) / 12);
  y += yearsOver;
  const m = month - 12 * yearsOver; // 1 … 12
  // the civil calendar counted from March, so that the leap day ends the year
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5);
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468 + day - 1;
}

/** The civil date of day number `n`, by integer arithmetic rather than a Date: 19401 → 2023-02-13, a Monday. */
export function fromDayNumber(n: number): RefDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1;
  const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // 1970-01-01, day 0, was a Thursday
  const weekday = ((((n + 3) % 7) + 7) % 7) + 1;
  return { year, month, day, weekday, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

export function addDays(ref: RefDate, days: number): RefDate {
  return fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + days);
}

/** `2023-02-13` + 1 month → `2023-03`. */
export function monthValue(ref: RefDate, months: number): string {
  const index = ref.year * 12 + ref.month - 1 + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** ISO week: `2023-02-13` → `2023-W07`. */
export function isoWeek(ref: RefDate): string {
  const thursday = addDays(ref, 4 - ref.weekday);
  const week = Math.floor((dayNumber(thursday.year, thursday.month, thursday.day) - dayNumber(thursday.year, 1, 1)) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
