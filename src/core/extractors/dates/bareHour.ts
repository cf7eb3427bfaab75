import { isDigitCode } from '../../charCodes';
import { BE, LEVEL } from './dottedClock';

/** A part of a day after a bare hour, which makes it the clock's: `at 7 this evening`, `at 8 tonight`, `at 6 tomorrow morning`. */
const PART_AFTER = /^[ \t]+(?:(?:this|tomorrow|yesterday)[ \t]+(?:morning|afternoon|evening|night)|tonight|last[ \t]+night|in[ \t]+the[ \t]+(?:morning|afternoon|evening))\b/i;

/** A bare hour that opens a stretch ending in a clock time: `from 11 until ` before "12.30". */
const OPENS_STRETCH = /\bfrom\s+(\d{1,2})\s*(?:until|till|to|[-–])\s*$/i;

/**
 * The hour and where it starts, for a bare hour that opens a stretch whose end, at `clockStart`, is a clock time:
 * "from 11 until 12.30" → 11, which pairClockTimes joins to 12:30. "rose from 11 to 12" has no clock time to end it.
 */
export function bareHourBefore(text: string, clockStart: number): readonly [hour: number, start: number] | null {
  // "until", "till", "to" or a dash just before: most clock times have none, and cost no regex
  let k = clockStart - 1;
  while (k > 0 && text.charCodeAt(k) === 32) k--;
  const c = text.charCodeAt(k);
  if ((c | 32) !== 108 && (c | 32) !== 111 && c !== 45 && c !== 0x2013) return null;
  const from = Math.max(0, clockStart - 20);
  const m = OPENS_STRETCH.exec(text.slice(from, clockStart));
  const hour = m ? Number(m[1]) : 0;
  return m && hour >= 1 && hour <= 12 ? [hour, clockStart - (m[0].length - m[0].indexOf(m[1], 4))] : null;
}

/**
 * The hour and where it ends, for a bare hour after "at" with a part of the day after it: "at 7 this evening" → 7,
 * which mergeDayAndTime moves to the evening's half (19:00). "at 7 on Friday" or "stood at 7 this morning" tell no clock.
 * Most numbers fail at the "at " before them, before any regex.
 */
export function bareHourAt(text: string, at: number): readonly [hour: number, end: number] | null {
  if (text.charCodeAt(at - 1) !== 32 || (text.charCodeAt(at - 2) | 32) !== 116 || (text.charCodeAt(at - 3) | 32) !== 97) return null;
  const c = text.charCodeAt(at - 4);
  if (c === c && ((c | 32) >= 97 && (c | 32) <= 122)) return null;
  let end = at;
  while (end < at + 2 && isDigitCode(text.charCodeAt(end))) end++;
  if (isDigitCode(text.charCodeAt(end))) return null;
  const hour = Number(text.slice(at, end));
  if (hour < 1 || hour > 12 || !PART_AFTER.test(text.slice(end, end + 30))) return null;
  // "inflation stood at 7 this morning": a level told before "at" makes the number a value
  const told = text.slice(Math.max(0, at - 40), at - 3);
  if (LEVEL.test(told) || BE.test(told)) return null;
  return [hour, end];
}
