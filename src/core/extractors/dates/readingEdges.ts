import { isDigitCode, isTrimSpace } from '../../charCodes';

/**
 * Tests calendarDates asks of each chrono reading, by character code: a
 * regex call apiece, with a copy of the text for each, cost more than the
 * few characters they read.
 */

/** Where text[start, end) ends once white space and commas are cut from its end, as `.replace(/[\s,]+$/, '')` would. (`May 5, `, 0, 7) → 5. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (isTrimSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  return e;
}

const isCurrency = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
const CURRENCY_BEFORE = /[$€£¥]\s*$/;

/** `/[$€£¥]\s*$/` on the two characters before `start`: a currency sign, maybe one space, right before. (`$ 5`, 2) → true. */
export function afterCurrency(text: string, start: number): boolean {
  if (start < 2) return CURRENCY_BEFORE.test(text.slice(start - 2, start)); // the slice of a negative start, as it always was
  const last = text.charCodeAt(start - 1);
  return isCurrency(last) || (isTrimSpace(last) && isCurrency(text.charCodeAt(start - 2)));
}

/** `/^\d{1,2}\/\d{1,2}$/`: one or two digits, a slash, one or two digits. `6/8` → true; `2/2023` → false. */
export function isSmallFraction(raw: string): boolean {
  const slash = raw.indexOf('/');
  if (slash < 1 || slash > 2 || raw.length - slash - 1 < 1 || raw.length - slash - 1 > 2) return false;
  for (let i = 0; i < raw.length; i++) if (i !== slash && !isDigitCode(raw.charCodeAt(i))) return false;
  return true;
}
