/** A clock time that says which half of the day it is in. */
export const HALF_OF_DAY = /\d\s*[ap]\.?m\b|noon|midnight/i;

/**
 * The hour of a clock time that does not say its half of the day, read in the later half: (7, "7.30") → 19.
 * A told half ("7 a.m.", "noon"), an hour past 11 and one before `from` (a night's small hours) stay: (2, "2.00", 6) → 2.
 */
export function laterHalf(hour: number, clockText: string, from = 1): number {
  return hour < from || hour > 11 || HALF_OF_DAY.test(clockText) ? hour : hour + 12;
}

/** The first hour that a part of the day moves to its later half; the morning moves none. */
const LATER_FROM: Readonly<Record<string, number>> = { AF: 1, EV: 1, NI: 6 };

/**
 * A clock time `Thh:mm` in a part of the day (`MO`, `AF`, `EV`, `NI`) takes that part's half:
 * ('EV', 'T07:30', '7.30') → `T19:30`; a night's small hours and a told half stay: ('NI', 'T02:00', '2.00') → `T02:00`.
 */
export function clockInPart(part: string, clock: string, clockText: string): string {
  const from = LATER_FROM[part];
  if (from === undefined) return clock;
  const hour = Number(clock.slice(1, 3));
  const later = laterHalf(hour, clockText, from);
  return later === hour ? clock : `T${later}${clock.slice(3)}`;
}
