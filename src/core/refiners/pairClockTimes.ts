import { afternoonEnd } from '../extractors/dates/afternoonEnd';
import { HALF_OF_DAY } from '../extractors/dates/halfOfDay';
import { changed, type DateCandidate } from '../extractors/dates/candidate';
import { mergeNeighbours } from './mergeNeighbours';

/** A TIME value's day, hour and minutes: `2023-03-04T13:00` → `2023-03-04`, 13, `00`; `XXXX-XX-XXT13:00` has no day. */
const TIME = /^(.*)T(\d\d):(\d\d)$/;
const NO_DAY = 'XXXX-XX-XX';
/** What joins two clock times into one stretch: `13:00-16:00`, `1 p.m. to 4 p.m.`, `between 9am and 5pm`. */
const JOIN = /^(?:\s*[-–]\s*|\s+(?:to|until|till|through|and)\s+)$/i;
const BETWEEN = /\bbetween\s+$/i;
/** A time that opens with its clock, so that a day after it may be the whole stretch's: `16:00 on March 4`, not `tomorrow 4:30pm`. */
const CLOCK_FIRST = /^(?:\d|noon|midnight)/i;

const hhmm = (hour: number, minutes: string) => `T${String(hour).padStart(2, '0')}:${minutes}`;

/** A calendar day, its year known or not: `XXXX-03-04`, `2023-03-04`; not a weekday's `XXXX-WXX-2`. */
const CALENDAR_DAY = /^(?:\d{4}|XXXX)-\d\d-\d\d$/;

/**
 * A stretch from a clock time on one day to one on a later day, each as written:
 * "from 9:00 on March 3 until 2:15 on March 4" → `XXXX-03-03T09:00` to `XXXX-03-04T02:15`. Null when the days are
 * not two calendar days of one year, the second after the first.
 */
function overDays(a: DateCandidate, b: DateCandidate, firstDay: string, secondDay: string): DateCandidate | null {
  if (a.type !== 'TIME' || !CALENDAR_DAY.test(firstDay) || !CALENDAR_DAY.test(secondDay) || firstDay.slice(0, 4) !== secondDay.slice(0, 4) || secondDay < firstDay) return null;
  return changed(a, { end: b.end, relative: a.relative || b.relative, range: { from: a.value, to: b.value } });
}

/** The one TIME with a range that `a`, a join and `b` make; null when they are not two clock times of one day, in order. */
function pair(a: DateCandidate, b: DateCandidate, text: string): DateCandidate | null {
  // a weekly set that took its first clock time ("every Saturday from 9 a.m.") takes the second as well
  if ((a.type !== 'TIME' && a.type !== 'SET') || b.type !== 'TIME' || a.range || b.range) return null;
  const first = TIME.exec(a.value);
  const second = first && TIME.exec(b.value);
  if (!first || !second) return null;
  const gap = text.slice(a.end, b.start);
  if (!JOIN.test(gap) || (/and/i.test(gap) && !BETWEEN.test(text.slice(Math.max(0, a.start - 9), a.start)))) return null;
  // the first time's day is the stretch's; a day written after both times is too: "13:00-16:00 on March 4", "Friday 9am to 5pm"
  const day = first[1] !== NO_DAY ? first[1] : CLOCK_FIRST.test(text.slice(b.start, b.end)) ? second[1] : NO_DAY;
  if (second[1] !== NO_DAY && second[1] !== day) return overDays(a, b, first[1], second[1]);
  // "from midnight" starts the day; "2:00 - 2:30 pm" and "5 to 6pm" are both in the afternoon
  let hour = Number(first[2]) % 24;
  if (hour < 12 && hour + 12 <= Number(second[2]) && !HALF_OF_DAY.test(text.slice(a.start, a.end))) hour += 12;
  // "between 9.30 and 4.30": an end that would come before the start is in the afternoon
  const end = afternoonEnd(hour * 60 + Number(first[3]), Number(second[2]), Number(second[3]), text.slice(b.start, b.end));
  // a stretch past midnight ("10pm to 2am") ends on another day, which no placeholder can say
  if (hour * 60 + Number(first[3]) >= end * 60 + Number(second[3])) return null;
  const from = day + hhmm(hour, first[3]);
  return changed(a, { end: b.end, value: from, relative: a.type === 'TIME' && (a.relative || b.relative), range: { from, to: day + hhmm(end, second[3]) } });
}

/**
 * Two clock times joined by a dash, "to" or "between … and" are one TIME
 * with a range, on the day either names: `1pm to 4pm on March 4` →
 * `XXXX-03-04T13:00`, range to `XXXX-03-04T16:00`; `every Saturday from 9 a.m. to 3 p.m.` is
 * one SET, `XXXX-WXX-6T09:00` to `XXXX-WXX-6T15:00`. chrono reads such a
 * stretch whole only when no day follows it. A text with no such pair passes unchanged, not copied.
 */
export function pairClockTimes(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return mergeNeighbours(candidates, text, pair);
}
