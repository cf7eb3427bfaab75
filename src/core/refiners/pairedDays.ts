import { isTrimSpace } from '../charCodes';
import { dayNumber } from '../extractors/dates/calendar';
import { candidate, type DateCandidate } from '../extractors/dates/candidate';

/** A single day with a known or placeholder year: `2023-04-24`, `XXXX-04-24`. */
const DAY = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;
/** ` and 25`, ` or 9` after a day, then something that ends the date: not `and 25 delegates`. */
const SECOND_DAY = /^\s+(?:and|or|&)\s+(\d{1,2})(?![\d:.,]\d)(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|to|when|as|for|with|before|after|of|but|and)\b)/;

/** `2 and ` before a day written first (`2 and 4 August`): the first day of a pair. */
const FIRST_DAY = /(?:^|[\s(])(\d{1,2})\s+(?:and|or|&)\s+$/;

/**
 * Whether SECOND_DAY may match at `at`: white space, then `a`, `o` or `&`.
 * Most dates are followed by something else, and then neither
 * their value nor the text after them is copied and matched.
 */
function mayPairAt(text: string, at: number): boolean {
  if (!isTrimSpace(text.charCodeAt(at))) return false;
  let i = at + 1;
  while (isTrimSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 97 || c === 111 || c === 38;
}

/** Days in a month of a year; a placeholder year is read as a leap year, so February has 29. */
function daysIn(year: string, month: number): number {
  const y = year === 'XXXX' ? 2000 : Number(year);
  return dayNumber(y, month + 1, 0) - dayNumber(y, month, 0);
}

/**
 * The second day of a pair after a full date is a date of the same month:
 * `April 24 and 25` → `2023-04-24` and `25` → `2023-04-25`, not a count 25;
 * so is the first day of a pair before one: `2 and 4 August`.
 * Runs after the year is resolved, so both days share it.
 */
export function pairedDays(candidates: readonly DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const first = firstOfPair(c, text, out[out.length - 1]);
    if (first) out.push(first);
    out.push(c);
    const day = c.type === 'DATE' && !c.range && mayPairAt(text, c.end) ? DAY.exec(c.value) : null;
    if (!day) continue;
    const m = SECOND_DAY.exec(text.slice(c.end, c.end + 24));
    const second = m ? Number(m[1]) : 0;
    if (!m || second <= Number(day[3]) || second > daysIn(day[1], Number(day[2]))) continue;
    const start = c.end + m[0].length - m[1].length;
    const next = candidates[i + 1];
    if (next && next.start < start + m[1].length) continue; // another finder read it already
    out.push(candidate(start, start + m[1].length, 'DATE', `${day[1]}-${day[2]}-${m[1].padStart(2, '0')}`, c.relative, c.priority));
  }
  return out;
}

/**
 * The first day of a pair written before a day and its month, `2 and 4 August` → `2` as `2025-08-02`
 * beside `4 August`; null when the date opens with its month, or the number before it is no earlier day
 * of that month, or another finder read it already (`before`, the last date kept).
 */
function firstOfPair(c: DateCandidate, text: string, before: DateCandidate | undefined): DateCandidate | null {
  const code = text.charCodeAt(c.start);
  if (c.type !== 'DATE' || c.range || code < 48 || code > 57 || c.start < 6) return null;
  const day = DAY.exec(c.value);
  const m = day ? FIRST_DAY.exec(text.slice(Math.max(0, c.start - 12), c.start)) : null;
  if (!day || !m || Number(m[1]) < 1 || Number(m[1]) >= Number(day[3])) return null;
  const start = c.start - m[0].length + m[0].indexOf(m[1]);
  if (before && before.end > start) return null;
  return candidate(start, start + m[1].length, 'DATE', `${day[1]}-${day[2]}-${m[1].padStart(2, '0')}`, c.relative, c.priority);
}
