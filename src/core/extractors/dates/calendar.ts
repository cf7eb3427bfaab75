/** Calendar arithmetic on plain UTC day numbers, for resolving against the reference date. */

export interface RefDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  readonly weekday: number;
  readonly iso: string;
}

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `"2023-02-13"` → its parts with weekday 1 (Monday); null for anything else. */
export function toRefDate(iso: string | null | undefined): RefDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  return fromDayNumber(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): RefDate {
  const d = new Date(n * DAY_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return { year, month, day, weekday: ((d.getUTCDay() + 6) % 7) + 1, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
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
