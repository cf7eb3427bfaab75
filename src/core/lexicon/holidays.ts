/**
 * Holidays news dates things by, as TIMEX3 needs them: a fixed month and day,
 * the nth weekday of a month (n = -1 for the last), or days from Easter.
 * Names are lower-cased with single spaces; ’ is read as '.
 */
export type HolidayRule =
  | { readonly month: number; readonly day: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly plusDays?: number }
  | { readonly easter: number };

export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "st. patrick's day": { month: 3, day: 17 },
  "saint patrick's day": { month: 3, day: 17 },
  juneteenth: { month: 6, day: 19 },
  'fourth of july': { month: 7, day: 4 },
  'bastille day': { month: 7, day: 14 },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  "veterans' day": { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  'remembrance day': { month: 11, day: 11 },
  'christmas eve': { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  // US: ISO weekdays, Monday 1 … Sunday 7
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 },
  'mlk day': { month: 1, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  'presidents day': { month: 2, weekday: 1, nth: 3 },
  "mother's day": { month: 5, weekday: 7, nth: 2 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  "father's day": { month: 6, weekday: 7, nth: 3 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  // the day most states hold presidential primaries: the first Tuesday of March in recent cycles
  'super tuesday': { month: 3, weekday: 2, nth: 1 },
  // the Tuesday after the first Monday of November
  'election day': { month: 11, weekday: 1, nth: 1, plusDays: 1 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'black friday': { month: 11, weekday: 4, nth: 4, plusDays: 1 },
  'cyber monday': { month: 11, weekday: 4, nth: 4, plusDays: 4 },
  'ash wednesday': { easter: -46 },
  'palm sunday': { easter: -7 },
  'good friday': { easter: -2 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
};
