import { isDigitCode, isWordCode } from '../../charCodes';
import { alternation } from './candidate';
import { CLOCK_BODY, CLOCK_RANGE } from './chronoParsers';
import { atOrFromBefore, mayRangeAfter } from './clockNeighbours';
import type { MonthDayReading } from './monthDayReadings';
import { MONTHS } from '../../lexicon/temporal';

/** What chrono's zone refiners would add to a result (their own patterns): `+02:00`, `GMT+2`, `EST`, `(in)`. */
const OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;
const ABBR_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
/** A month name anywhere, as calendarDates tests a result for one. */
const MONTH_IN = new RegExp(alternation(Object.keys(MONTHS)), 'i');
/** What chrono's date-time and range refiners join two results by. */
const JOINS = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$|^\s*(?:to|-|–|until|through|till)\s*$/i;


/** Whether the text between a result and a reading could join them. */
function joins(window: string, from: number, to: number): boolean {
  return from <= to && JOINS.test(window.slice(from, to));
}

/**
 * Whether chrono keeps the range of hours it reads at a number no other
 * reading reaches: `12–13`, `9 to 11`. Kept, it reads on after it, not from
 * inside it. Hours of one or two digits up to 24 are kept, unless joined by
 * a hyphen (chrono drops `12-13`).
 */
function surelyKept(first: string, followed: RegExpExecArray | null): boolean {
  const second = followed ? /^([^-\d]*)(\d{1,2})$/.exec(followed[0]) : null;
  return second !== null && /^\d{1,2}$/.test(first) && Number(first) <= 24 && Number(second[2]) <= 24;
}

/**
 * Whether chrono's clock-time parser, run beside its month-day parser in
 * `window`, changes nothing of what that parser reads there (`readings`), so
 * that both can be left out. What it reads at a number is at most its pattern
 * and a range after it; that is harmless when it lies inside a longer reading
 * (the overlap refiner drops it), or when it is a bare number that no zone
 * refiner extends into a kept date and no refiner joins to a reading (the
 * unlikely-format filter drops it). Anything else is left to chrono.
 * `on May 22-23, the 26 members` → true; `on May 22 at 10` → false.
 */
export function clockParserIdle(window: string, readings: readonly MonthDayReading[]): boolean {
  const body = CLOCK_BODY;
  const range = CLOCK_RANGE;
  if (!body || !range) return false;
  let reach = 0; // how far what chrono reads at the numbers so far may reach, and the character it skips after a dropped one
  let kept = 0; // the end of a result chrono surely keeps: it reads on from there
  for (let p = 0; p < window.length; p++) {
    // every digit: after a result it drops, chrono reads on from inside a number too
    if (!isDigitCode(window.charCodeAt(p)) || p < kept) continue;
    if (atOrFromBefore(window, p)) return false;
    body.lastIndex = p;
    const m = body.exec(window);
    if (!m) continue;
    const followed = mayRangeAfter(window, p + m[0].length) ? range.exec(window.slice(p + m[0].length)) : null;
    const end = p + m[0].length + (followed ? followed[0].length : 0);
    // chrono starts a result here for sure only after a word's end (its pattern's left boundary)
    if (p >= reach && !isWordCode(window.charCodeAt(p - 1)) && surelyKept(m[0], followed)) kept = end;
    reach = Math.max(reach, end + 1);
    const inside = readings.find((r) => r.index <= p && p < r.index + r.text.length);
    if (inside) {
      if (end - p > inside.text.length) return false;
      continue;
    }
    if (followed || !/^\d+$/.test(m[0])) return false;
    const after = window.slice(end);
    if (OFFSET_AFTER.test(after)) return false;
    const abbr = ABBR_AFTER.exec(after);
    if (abbr && MONTH_IN.test(abbr[0])) return false;
    const last = end + (abbr ? abbr[0].length : 0);
    for (const r of readings) {
      const rEnd = r.index + r.text.length;
      if (r.index < last && p < rEnd) return false; // overlapping a reading it does not start in
      if (joins(window, rEnd, p) || joins(window, end, r.index) || joins(window, last, r.index)) return false;
    }
  }
  return true;
}
