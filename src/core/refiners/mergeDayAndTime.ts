import { clockInPart } from '../extractors/dates/halfOfDay';
import { changed, type DateCandidate } from '../extractors/dates/candidate';
import { mergeNeighbours } from './mergeNeighbours';

/** A clock time with no day yet: `XXXX-XX-XXT10:00`. */
const TIME_ONLY = /^XXXX-XX-XX(T[\d:]+)$/;
const CLOCK_ONLY = 'XXXX-XX-XXT';
/** A single day, known or still a placeholder, or a part of one: `2023-02-13`, `XXXX-02-14`, `XXXX-WXX-2`, `XXXX-WXX-5TMO`. */
const DAY = /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-[1-7])(?:T(?:MO|AF|EV|NI))?$/;
/** The clock is more exact than the part of the day it falls in: `Friday morning at 9 a.m.` → `…T09:00`. */
const dayOf = (v: string): string => (v.length > 10 && v.charCodeAt(v.length - 3) === 84 ? v.slice(0, -3) : v);
/** A day or a named day's part; a day or part told from the story's day ("that day", "the night before") is clockOnStoryDay's to join. */
const isDay = (c: DateCandidate): boolean => c.dayOfPoint !== undefined || (DAY.test(c.value) && !c.partOfStoryDay);
/** The day a clock time beside `c` falls on: a week's point ("two weeks ago") has one of its own. */
const dayFor = (c: DateCandidate): string => c.dayOfPoint ?? dayOf(c.value);
/** What may stand between the two: `Tuesday at 10 a.m.`, `10 a.m., Tuesday`, `9:30 on Friday`, `every Saturday from 9 a.m. to 3 p.m.`. */
const GAP = /^,?\s*(?:(?:on|at|from)\s+)?$/i;
/** A set of one weekday: `XXXX-WXX-5`, "Fridays". */
const WEEKLY = /^XXXX-WXX-[1-7]$/;

/**
 * A clock time that does not say its half of the day takes the half of the part it falls in:
 * `7.30 this evening` → 19:30, `8.00 last night` → 20:00; a night's small hours stay (`2.00 last night`).
 */
function inHalfOfPart(dayValue: string, clock: string, clockText: string): string {
  return dayValue.length > 10 && dayValue.charCodeAt(dayValue.length - 3) === 84 ? clockInPart(dayValue.slice(-2), clock, clockText) : clock;
}

/** The one TIME that `prev` and `c`, side by side, make; null when they are not a day and a clock time. */
function merge(prev: DateCandidate, c: DateCandidate, text: string): DateCandidate | null {
  // only a clock time without a day can merge: a prefix test spares the gap's copy and regexes
  const clock = c.value.startsWith(CLOCK_ONLY) || prev.value.startsWith(CLOCK_ONLY);
  // a set of days takes a clock time as one set, "Fridays at 6pm"; a set of times ("daily at 9am") takes no day
  const weekly = (x: DateCandidate) => x.type !== 'SET' || WEEKLY.test(x.value);
  const time = clock && GAP.test(text.slice(prev.end, c.start)) && weekly(c) && weekly(prev)
    ? TIME_ONLY.exec(c.value) && isDay(prev) ? [dayFor(prev), TIME_ONLY.exec(c.value)![1]]
      : TIME_ONLY.exec(prev.value) && isDay(c) ? [dayFor(c), TIME_ONLY.exec(prev.value)![1]] : null
    : null;
  if (!time) return null;
  const [day, told] = prev.value.startsWith(CLOCK_ONLY) ? [c, prev] : [prev, c];
  const toldText = text.slice(told.start, told.end);
  time[1] = inHalfOfPart(day.value, time[1], toldText);
  const range = prev.range ?? c.range;
  const onDay = (v: string) => (TIME_ONLY.test(v) ? time[0] + inHalfOfPart(day.value, v.slice(10), toldText) : v);
  const type = prev.type === 'SET' || c.type === 'SET' ? ('SET' as const) : ('TIME' as const);
  const merged = changed(prev, { end: c.end, type, value: time[0] + time[1], relative: type === 'TIME', priority: 2 });
  return range ? changed(merged, { range: { from: onDay(range.from), to: onDay(range.to) } }) : merged;
}

/**
 * A day and a clock time side by side are one TIME:
 * `Thursday at 1 p.m.` → `XXXX-WXX-4T13:00`; `today 8:00` → `2023-02-13T08:00`.
 * A text with no such pair, as most are, passes unchanged, not copied.
 */
export function mergeDayAndTime(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return mergeNeighbours(candidates, text, merge);
}
