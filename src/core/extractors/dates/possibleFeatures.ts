import { isDigitCode, isWordCode } from '../../charCodes';
import { ANY_HOUR, DIGIT, ISO, MONTH_SLASH, SLASH, YEAR_FIRST } from './chronoFeatures';
import { isLetter, LETTER_FEATURES, lettersAt, nextCode } from './letterFeatures';

/** The low 16 bits: features that may hold; the high 16: features that surely hold. */
const SURE = 16;

/** `\w`: ASCII letters, digits, `_`; NaN past the end is none. */

/**
 * What one pass over a window's characters tells of the features, so that
 * their regexes need not run: a digit (DIGIT), `\d/\d` (MONTH_SLASH, SLASH)
 * and a bare hour (ANY_HOUR) surely hold where seen and nowhere else; ISO and
 * YEAR_FIRST need a run of four digits, SLASH a `/` or a `.` or `-` after a
 * digit. The month names, weekday names and units of time, letters alone,
 * are told exactly (letterFeatures). Returns the features that may hold, and those that surely do
 * shifted left by 16: `on 14/2` → all may but ISO, YEAR_FIRST, ANY_HOUR and the letter features;
 * DIGIT, MONTH_SLASH, SLASH surely.
 */
export function possibleFeatures(window: string): number {
  let run = 0;
  let longest = 0;
  let sure = 0;
  let mark = false;
  let code = 0; // the last three letters (lettersAt), 0 after any other character
  for (let i = 0; i <= window.length; i++) {
    const c = window.charCodeAt(i);
    if (isDigitCode(c)) {
      run++;
      code = 0;
      continue;
    }
    if (isLetter(c)) {
      code = nextCode(code, c);
      sure |= lettersAt(window, i, code);
    } else code = 0;
    if (run > 0) {
      sure |= DIGIT;
      if (run > longest) longest = run;
      // `(?<!\d)(?:[01]\d|2[0-4])(?!\w)`: a run of exactly two digits up to 24, then no word character
      if (run === 2 && !isWordCode(c) && Number(window.slice(i - 2, i)) <= 24) sure |= ANY_HOUR;
      if (c === 47 && isDigitCode(window.charCodeAt(i + 1))) sure |= MONTH_SLASH | SLASH;
      if (c === 46 || c === 45) mark = true;
      // `\d{4}-\d`
      if (run >= 4 && c === 45 && isDigitCode(window.charCodeAt(i + 1))) sure |= ISO;
    }
    run = 0;
  }
  let maybe = ~(ISO | YEAR_FIRST | SLASH | MONTH_SLASH | ANY_HOUR | DIGIT | LETTER_FEATURES) | sure;
  if (longest >= 4) maybe |= YEAR_FIRST;
  if (mark) maybe |= SLASH;
  return (maybe & 0xffff) | (sure << SURE);
}

/** The features `possibleFeatures` found surely held. */
export const sureOf = (facts: number): number => facts >>> SURE;
/** The features it found may hold. */
export const maybeOf = (facts: number): number => facts & 0xffff;
