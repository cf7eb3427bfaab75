import { laterHalf } from './halfOfDay';

/**
 * The hour a stretch of clock times ends at, when its end does not say which half of the day it is in:
 * one that would come before the start is in the afternoon, as opening hours are ("9.30 to 4.30" → 16:30).
 * A stretch that would still end before it starts runs past midnight and keeps its hour: "10pm to 2" → 2.
 * (9 * 60 + 30, 4, 30, "4.30") → 16.
 */
export function afternoonEnd(startMinutes: number, hour: number, minutes: number, endText: string): number {
  if (hour * 60 + minutes > startMinutes || (hour + 12) * 60 + minutes <= startMinutes) return hour;
  return laterHalf(hour, endText, 0);
}
