import { isDigitCode, isTrimSpace, isWordCode } from '../../charCodes';
import { spells, wordClass } from './anchorWords';

/**
 * The classes of words known by their form rather than their spelling, which
 * wordIndex's pass fills beside the spelled ones.
 */

/** Four-digit numbers standing as words, what `\b\d{4}\b` finds. */
export const FOUR_DIGITS = wordClass([]);
/** Words led by a digit, `noon` or `midnight` (any case): where `\b(?:\d|noon|midnight)` matches. */
export const CLOCK_STARTS = wordClass([]);
/** Where `0'?s\b|ties\b` (any case) matches: the `0` or `t` ending a word as in `1990s`, `1990's`, `nineties`. */
export const DECADE_ENDS = wordClass([]);
/** Where DIGIT_JOIN matches, as a global regex of it finds: `14/2`, `13:00`, `10 p.m.`, `9am`. */
export const DIGIT_JOINS = wordClass([]);
/** A digit joined to another by `/ : -`, or before `am`, `p.m.`: what calendarDates reads around. */
export const DIGIT_JOIN = /\d(?:[/:-]\d|\s*[ap]\.?m\b)/iy;

/**
 * Where a DIGIT_JOIN match at `d` ends, or -1 where none starts there: the
 * pattern read by hand, as most digits are followed by a space that leads to
 * no `am`/`pm` and a regex call there would find nothing.
 * (`10 p.m.`, 0) → 6 (`10 p.m`); (`2023 was`, 3) → -1.
 */
export function digitJoinEnd(text: string, d: number): number {
  if (!isDigitCode(text.charCodeAt(d))) return -1;
  const next = text.charCodeAt(d + 1);
  if ((next === 47 || next === 58 || next === 45) && isDigitCode(text.charCodeAt(d + 2))) return d + 3;
  let i = d + 1;
  while (isTrimSpace(text.charCodeAt(i))) i++;
  const ap = text.charCodeAt(i) | 32; // `| 32` turns no other character into `a` or `p`
  if (ap !== 97 && ap !== 112) return -1;
  if (text.charCodeAt(i + 1) === 46) i++; // `\.?`: with no `m` after the dot, the `m` would have to stand on the dot
  return (text.charCodeAt(i + 1) | 32) === 109 && !isWordCode(text.charCodeAt(i + 2)) ? i + 2 : -1;
}

/**
 * The DIGIT_JOINS in text[start, end) from `reached` on, where the last one
 * ended: matches of a global regex never overlap. Returns where the last ends.
 */
export function pushDigitJoins(text: string, start: number, end: number, reached: number, index: (number[] | undefined)[]): number {
  for (let d = Math.max(start, reached); d < end; d++) {
    const joinEnd = digitJoinEnd(text, d);
    if (joinEnd < 0) continue;
    (index[DIGIT_JOINS] ??= []).push(d);
    reached = joinEnd;
    d = reached - 1;
  }
  return reached;
}

/** Whether text[at, …) starts with the lower-case `word` in any case. */
const opens = (text: string, at: number, end: number, word: string): boolean => end - at >= word.length && spells(text, at, at + word.length, word);

/** The form classes of a word; the end of a word cut by `from` still counts, from `from` on. */
export function pushForms(text: string, start: number, end: number, from: number, index: (number[] | undefined)[]): void {
  const first = text.charCodeAt(start);
  if (start >= from) {
    if (isDigitCode(first) || opens(text, start, end, 'noon') || opens(text, start, end, 'midnight')) (index[CLOCK_STARTS] ??= []).push(start);
    if (end - start === 4 && isDigitCode(first) && isDigitCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(start + 2)) && isDigitCode(text.charCodeAt(start + 3))) (index[FOUR_DIGITS] ??= []).push(start);
  }
  const last = text.charCodeAt(end - 1) | 32;
  let decade = -1;
  if (last === 115 && end - start >= 4 && spells(text, end - 4, end, 'ties')) decade = end - 4;
  else if (last === 115 && end - start >= 2 && text.charCodeAt(end - 2) === 48) decade = end - 2; // 0s
  else if (last === 48 && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && (text.charCodeAt(end + 1) | 32) === 115 && !isWordCode(text.charCodeAt(end + 2))) decade = end - 1; // 0's, 0’s
  if (decade >= from) (index[DECADE_ENDS] ??= []).push(decade);
}

/**
 * A test most words fail, before pushForms: only a word led by a digit, or
 * by `noon` or `midnight` (`no` or `mi`, four letters at least), or ending in
 * `ties`, `0s` or `0` can have a form.
 */
export function mayHaveForm(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 32;
  if (first <= 57) return true;
  if (end - start >= 4) {
    const second = text.charCodeAt(start + 1) | 32;
    if ((first === 110 && second === 111) || (first === 109 && second === 105)) return true; // no…, mi…
  }
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 48) return true;
  if (last !== 115 || end - start < 2) return false;
  const before = text.charCodeAt(end - 2) | 32;
  return before === 48 || (before === 101 && end - start >= 4 && (text.charCodeAt(end - 3) | 32) === 105 && (text.charCodeAt(end - 4) | 32) === 116); // 0s, ties
}
