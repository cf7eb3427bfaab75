import { isTrimSpace } from '../../charCodes';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** Marks that may open what follows a headline in capitals: a capital, a digit or a quote mark. */
const opensText = (c: number): boolean => isUpper(c) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018;
/** At least two words and eight letters in capitals make a headline, not "FBI agents" or "AT&T CEO Jane Roe". */
const MIN_WORDS = 2;
const MIN_LETTERS = 8;

/**
 * How many characters a headline in capitals, glued to the text that follows
 * it, takes at `start` (with a wire credit such as "(AP) —"), or 0:
 * "ROLL TIDE Alabama beat Clemson" → 10; "NATO allies met" → 0.
 */
export function capitalsLead(text: string, start: number, end: number): number {
  // most spans open with one capital and a lower-case letter: nothing to scan
  if (!isUpper(text.charCodeAt(start)) || !isUpper(text.charCodeAt(start + 1))) return 0;
  let words = 0;
  let letters = 0;
  let i = start;
  while (i < end) {
    let e = i;
    let upper = 0;
    while (e < end && !isTrimSpace(text.charCodeAt(e))) {
      const c = text.charCodeAt(e);
      if (isLower(c)) return words >= MIN_WORDS && letters >= MIN_LETTERS && i > start && opensText(text.charCodeAt(i)) ? i - start : 0;
      if (isUpper(c)) upper++;
      e++;
    }
    if (upper >= 2) words++;
    letters += upper;
    while (e < end && isTrimSpace(text.charCodeAt(e))) e++;
    i = e;
  }
  return 0;
}
