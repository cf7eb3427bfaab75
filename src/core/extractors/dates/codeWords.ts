import { isDigitCode } from '../../charCodes';
import { wordClass } from './anchorWords';

/**
 * The period codes written in capitals beside digits, `Q3`, `H1`, `FY2024`:
 * wordIndex's pass finds them inside the words that hold both letters and
 * digits, which are few, so that no finder searches the whole text for them.
 */

/** Where `Q1` … `Q4` stand (case as given), inside a word too: what a global `/Q[1-4]/g` finds. */
export const QUARTER_CODES = wordClass([]);
/** Where `H1`, `H2` stand (case as given), inside a word too: what a global `/H[12]/g` finds. */
export const HALF_CODES = wordClass([]);
/**
 * The words `fiscal` and `FY` (any case), and where `FY` (case as given)
 * stands before a digit, inside a word too: every place where `fiscal 2023`,
 * `FY 2023`, `FY2023` or `FY2019-20` can start.
 */
export const FISCAL_WORDS = wordClass(['fiscal', 'fy']);

/**
 * The codes in text[start, end), a word holding letters and digits, from `from` on.
 * (`FY2024Q3`, 0, 8) pushes 0 onto FISCAL_WORDS and 6 onto QUARTER_CODES.
 */
export function pushCodes(text: string, start: number, end: number, from: number, index: (number[] | undefined)[]): void {
  for (let k = Math.max(start, from); k < end - 1; k++) {
    const c = text.charCodeAt(k);
    const next = text.charCodeAt(k + 1);
    if (c === 81 && next >= 49 && next <= 52) (index[QUARTER_CODES] ??= []).push(k);
    else if (c === 72 && (next === 49 || next === 50)) (index[HALF_CODES] ??= []).push(k);
    else if (c === 70 && next === 89 && isDigitCode(text.charCodeAt(k + 2))) (index[FISCAL_WORDS] ??= []).push(k);
  }
}
