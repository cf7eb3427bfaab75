import { CLOCK_ZONES } from '../../lexicon/temporal';
import { alternation } from './candidate';

/**
 * Wire copy writes times as four digits and a zone: "at 1230 GMT", "(0830 GMT)". The zone, upper case as written,
 * rules out a year ("2030 GMT" is half past eight in the evening), and without one four digits stay a year or a count.
 */
const WIRE_CLOCK = new RegExp(`([01]\\d|2[0-3])([0-5]\\d)(?=[ \\t]?(?:${alternation(CLOCK_ZONES)})(?![\\p{L}\\p{N}]))`, 'uy');

/** The hour and minutes of a four-digit wire time at `at`, if a zone follows it. */
export function wireClockAt(text: string, at: number): readonly [hour: string, minutes: string] | null {
  // the zone starts with an upper-case letter after at most one space: most four-digit numbers fail here at once
  const next = text.charCodeAt(at + 4) === 32 || text.charCodeAt(at + 4) === 9 ? text.charCodeAt(at + 5) : text.charCodeAt(at + 4);
  if (next < 65 || next > 90) return null;
  WIRE_CLOCK.lastIndex = at;
  const m = WIRE_CLOCK.exec(text);
  return m ? [m[1], m[2]] : null;
}
