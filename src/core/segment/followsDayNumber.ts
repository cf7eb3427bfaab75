import { isDigitCode, isWordCode } from '../charCodes';

const ORDINAL_ENDS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Whether a day of the month, one or two digits with maybe an ordinal
 * ending, stands right before `at` past one space, no further back than
 * `from`: the day-first dates of British copy, `31 Jan.`, `1st Feb.`.
 * `("by 31 Jan.", 0, 6)` → true; `("in Jan.", 0, 3)` → false.
 */
export function followsDayNumber(text: string, from: number, at: number): boolean {
  let i = at - 1;
  if (i <= from || text.charCodeAt(i) !== 0x20) return false;
  if (ORDINAL_ENDS.has(text.slice(i - 2, i).toLowerCase())) i -= 2;
  let digits = 0;
  while (i > from && isDigitCode(text.charCodeAt(i - 1))) {
    i--;
    digits++;
  }
  return digits >= 1 && digits <= 2 && (i === from || !isWordCode(text.charCodeAt(i - 1)));
}
