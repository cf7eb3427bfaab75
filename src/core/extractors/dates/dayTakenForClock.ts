import { MONTHS } from '../../lexicon/temporal';
import { alternation, candidate, type DateCandidate } from './candidate';
import { pad } from './calendar';

/** A month's name right before a reading: `March ` in "9:00 on March 3 until 2:15". */
const MONTH_BEFORE = new RegExp(`\\b(${alternation(Object.keys(MONTHS))})\\.?\\s+$`, 'i');
/** A bare day number, with no colon nor half of the day: the `3` of "March 3". */
const BARE_DAY = /^\d{1,2}$/;
/** The month and day a stretch's end names: `2:15 on March 4`. */
const MONTH_DAY = new RegExp(`\\b(${alternation(Object.keys(MONTHS))})\\.?\\s+(\\d{1,2})\\b`, 'i');

/**
 * chrono reads a month's day as the hour of a stretch of clock times: "from 9:00 on March 3 until 2:15 on March 4"
 * gives "3 until 2:15 on March 4", 03:00 to 14:15. The day is the month's (`March 3`), and the end a clock time of
 * its own day (`2:15 on March 4`, `XXXX-03-04T02:15`). Null when the reading's start is no bare number after a month.
 * `first` is the start's text, `second` where the end's text starts, `endClock` its `Thh:mm`.
 */
export function dayTakenForClock(text: string, start: number, first: string, second: number, spanEnd: number, endClock: string): DateCandidate[] | null {
  if (!BARE_DAY.test(first)) return null;
  const month = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 11), start));
  const day = Number(first);
  if (!month || day < 1 || day > 31) return null;
  const named = MONTH_DAY.exec(text.slice(second, spanEnd));
  const endDay = named ? `XXXX-${pad(MONTHS[named[1].toLowerCase()])}-${pad(Number(named[2]))}` : 'XXXX-XX-XX';
  return [
    candidate(start - month[0].length, start + first.length, 'DATE', `XXXX-${pad(MONTHS[month[1].toLowerCase()])}-${pad(day)}`, true, 2),
    candidate(second, spanEnd, 'TIME', endDay + endClock, true, 2),
  ];
}
