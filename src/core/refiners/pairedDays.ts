import type { DateCandidate } from '../extractors/dates/candidate';

/** A single day with a known or placeholder year: `2023-04-24`, `XXXX-04-24`. */
const DAY = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;
/** ` and 25`, ` or 9` after a day, then something that ends the date: not `and 25 delegates`. */
const SECOND_DAY = /^\s+(?:and|or|&)\s+(\d{1,2})(?![\d:.,]\d)(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|at|on|to|when|as|for|with|before|after|of|but|and)\b)/;

/** Days in a month of a year, 2 to 31; a placeholder year counts February's 29. */
function daysIn(year: string, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const y = Number(year);
  return year === 'XXXX' || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
}

/**
 * The second day of a pair after a full date is a date of the same month:
 * `April 24 and 25` → `2023-04-24` and `25` → `2023-04-25`, not a count 25.
 * Runs after the year is resolved, so both days share it.
 */
export function pairedDays(candidates: readonly DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    out.push(c);
    const day = c.type === 'DATE' && !c.range ? DAY.exec(c.value) : null;
    if (!day) continue;
    const m = SECOND_DAY.exec(text.slice(c.end, c.end + 24));
    const second = m ? Number(m[1]) : 0;
    if (!m || second <= Number(day[3]) || second > daysIn(day[1], Number(day[2]))) continue;
    const start = c.end + m[0].length - m[1].length;
    const next = candidates[i + 1];
    if (next && next.start < start + m[1].length) continue; // another finder read it already
    out.push({ start, end: start + m[1].length, type: 'DATE', value: `${day[1]}-${day[2]}-${m[1].padStart(2, '0')}`, relative: c.relative, priority: c.priority });
  }
  return out;
}
