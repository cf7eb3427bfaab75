/** A clock time that says which half of the day it is in. */
export const HALF_OF_DAY = /\d\s*[ap]\.?m\b|noon|midnight/i;

/**
 * The hour a stretch of clock times ends at, when its end does not say which half of the day it is in:
 * one that would come before the start is in the afternoon, as opening hours are ("9.30 to 4.30" → 16:30).
 * A stretch that would still end before it starts runs past midnight and keeps its hour: "10pm to 2" → 2.
 * (9 * 60 + 30, 4, 30, "4.30") → 16.
 */
export function afternoonEnd(startMinutes: number, hour: number, minutes: number, endText: string): number {
  if (hour >= 12 || hour * 60 + minutes > startMinutes || (hour + 12) * 60 + minutes <= startMinutes) return hour;
  return HALF_OF_DAY.test(endText) ? hour : hour + 12;
}
