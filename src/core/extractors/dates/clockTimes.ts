import { isDigitCode, isTrimSpace } from '../../charCodes';
import { CLOCK_ZONES } from '../../lexicon/temporal';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { pad } from './calendar';
import { CLOCK_STARTS, wordAnchors } from './wordIndex';
import { wireClockAt } from './wireClock';
import { dottedClockAt } from './dottedClock';
import { bareHourAt, bareHourBefore } from './bareHour';

/** `1 p.m.`, `10:35 a.m.`, `9am`, `9:00a`, `noon`, `noonish`, `midnight`. */
// the dot after `p.m` is the form's own; after `pm` it ends the sentence; a lone `a` or `p` only right after minutes
const CLOCK = /\b(?:(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])(?:\.m\b\.?|m\b|(?<=:[0-5]\d[ap])\b)|(noon|midnight)(?:ish)?\b)/iy;
/** `13:00`, `09:30`, `9:30`: the 24-hour clock; not `12:30:45`'s parts, `3:1`, `2.13:40`, `10:30%` or `11:19PMJeb`, a half of the day run into the next word. */
const CLOCK_24 = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:%]|[.,]\d|\s*[ap]\.?m)/iy;
/** A word that leads a time: a one-digit hour without it may be a verse or a ratio ("John 3:16"). */
const LEADS_TIME = /(?:\b(?:at|from|until|till|to|and|by|before|after|between|around|about|since)\s+|\d\s*[-–]\s*)$/i;
/** A zone after a clock time is part of the time's words: `11:30 GMT`, `9 a.m. (ET)`, `14:00 UTC+2`; upper case only, as "at 9 pm" is followed by words. */
const ZONE_AFTER = new RegExp(`[ \\t]?(?:(?:${alternation(CLOCK_ZONES)})(?:[+-]\\d{1,2}(?::?[0-5]\\d)?)?|\\((?:${alternation(CLOCK_ZONES)})\\))(?![\\p{L}\\p{N}])`, 'uy');
/** A dash and a second clock time after a time: `2:00-2:30 pm`, `9:30 – 11:00`. */
const ENDS_STRETCH = /^\s*[-–]\s*\d{1,2}(?::[0-5]\d|\s*[ap]\.?m\b)/i;
/**
 * Whether a word led by a digit may start a clock time: one or two digits,
 * then minutes, or `a` or `p`. Most numbers in news fail this at once, and no
 * pattern is tried there: `10:35 a.m.`, `9am`, `13:00` pass; `2023`, `5 people` do not.
 */
function mayBeClock(text: string, at: number): boolean {
  let i = at;
  if (!isDigitCode(text.charCodeAt(i))) return true; // noon, midnight
  while (i < at + 2 && isDigitCode(text.charCodeAt(i))) i++;
  if (isDigitCode(text.charCodeAt(i))) return false;
  if (text.charCodeAt(i) === 58) return isDigitCode(text.charCodeAt(i + 1)); // `:35`, which the patterns check
  // `.35` and no third decimal: most decimals ("2.5", "1.234") fail here
  if (text.charCodeAt(i) === 46) return text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 53 && isDigitCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 3));
  while (isTrimSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  return c === 97 || c === 112;
}

/** Where a clock time ending at `end` ends with its zone, if one follows. */
function withZone(text: string, end: number): number {
  ZONE_AFTER.lastIndex = end;
  return ZONE_AFTER.test(text) ? ZONE_AFTER.lastIndex : end;
}

/** Does `am` or `pm` follow at `i`, after at most spaces: `9.30am`, `9.30 p.m.`; not `9.30 and`? */
function halfOfDayAt(text: string, i: number): boolean {
  let k = i;
  while (isTrimSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k) | 32;
  const m = text.charCodeAt(k + 1) === 46 ? text.charCodeAt(k + 2) | 32 : text.charCodeAt(k + 1) | 32;
  return (c === 97 || c === 112) && m === 109;
}

interface Clock {
  readonly end: number;
  readonly time: string;
}

/** The clock time at `at`, if one starts there; a bare one-digit hour only after a word that leads a time (`at 9:30`), or next to a dash and another time (`8:30-9:30`). */
function clockAt(text: string, at: number, previousEnd: number): Clock | null {
  const dot = text.charCodeAt(at + 1) === 46 ? at + 1 : text.charCodeAt(at + 2) === 46 ? at + 2 : -1;
  // a dotted time with no "am" or "pm" after its minutes is read by dottedClockAt alone
  if (dot >= 0 && !halfOfDayAt(text, dot + 3)) {
    const dotted = dottedClockAt(text, at, previousEnd);
    return dotted ? { end: withZone(text, dotted[2]), time: `T${pad(dotted[0])}:${dotted[1]}` } : null;
  }
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(text);
  if (m) {
    if (m[1] && Number(m[1]) > 12) return null;
    const hour = m[4] ? (m[4].toLowerCase() === 'noon' ? 12 : 24) : (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    return { end: withZone(text, at + m[0].length), time: `T${pad(hour)}:${m[2] ?? '00'}` };
  }
  CLOCK_24.lastIndex = at;
  const h = CLOCK_24.exec(text);
  if (!h || (h[1].length === 1 && !LEADS_TIME.test(text.slice(Math.max(0, at - 8), at)) && !ENDS_STRETCH.test(text.slice(at + h[0].length, at + h[0].length + 12)))) return null;
  return { end: withZone(text, at + h[0].length), time: `T${pad(Number(h[1]))}:${h[2]}` };
}

/** A four-digit wire time with its zone: `1230 GMT`. */
function wireClock(text: string, at: number): Clock | null {
  const wire = wireClockAt(text, at);
  return wire ? { end: withZone(text, at + 4), time: `T${wire[0]}:${wire[1]}` } : null;
}

/** A bare hour with a part of the day after it: `at 7 this evening`. */
function bareHour(text: string, at: number): Clock | null {
  const bare = bareHourAt(text, at);
  return bare ? { end: bare[1], time: `T${pad(bare[0])}:00` } : null;
}

/**
 * Clock times that chrono misses in longer sentences or drops beside a
 * weekday ("13:00 on Friday"); mergeDayAndTime later joins them to a
 * neighbouring day, and pairClockTimes two of them into a stretch:
 * `1 p.m.` → TIME `XXXX-XX-XXT13:00`; `13:00` → `XXXX-XX-XXT13:00`.
 */
export function clockTimes(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  // every match starts a word led by a digit, "noon" or "midnight"
  for (const at of wordAnchors(ctx, CLOCK_STARTS)) {
    const clock = mayBeClock(text, at) ? clockAt(text, at, out.length > 0 ? out[out.length - 1].end : -1) : (wireClock(text, at) ?? bareHour(text, at));
    if (!clock) continue;
    // "from 11 until 12.30": the bare hour that opens the stretch is a clock time too
    const opening = bareHourBefore(text, at);
    if (opening && (!out.length || out[out.length - 1].end <= opening[1])) out.push(candidate(opening[1], opening[1] + String(opening[0]).length, 'TIME', `XXXX-XX-XXT${pad(opening[0])}:00`, true, 1));
    out.push(candidate(at, clock.end, 'TIME', `XXXX-XX-XX${clock.time}`, true, 1));
  }
  return out;
}
