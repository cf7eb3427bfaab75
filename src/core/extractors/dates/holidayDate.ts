import type { HolidayRule } from '../../lexicon/holidays';
import { dayNumber, fromDayNumber } from './calendar';

/** Easter Sunday's day number in a year (the Gregorian computus, Meeus/Jones/Butcher): 2024 → 2024-03-31. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

const weekdayOf = (n: number): number => fromDayNumber(n).weekday;

/**
 * The day number of a holiday in a year.
 * Thanksgiving (the fourth Thursday of November) in 2023 → the day number of 2023-11-23.
 */
export function holidayDay(rule: HolidayRule, year: number): number {
  if ('easter' in rule) return easter(year) + rule.easter;
  if ('day' in rule) return dayNumber(year, rule.month, rule.day);
  if (rule.nth > 0) {
    const first = dayNumber(year, rule.month, 1);
    return first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1) + (rule.plusDays ?? 0);
  }
  const last = dayNumber(year, rule.month + 1, 0);
  return last - ((weekdayOf(last) - rule.weekday + 7) % 7) + (rule.plusDays ?? 0);
}
