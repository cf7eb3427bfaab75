import { spells, wordClass } from './anchorWords';
import { isDigit, isWord } from './chars';

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

/** What may follow a DIGIT_JOIN's digit: `/ : -`, `a` or `p`, or white space (as `\s`, ASCII or not). */
const mayJoin = (c: number): boolean => c === 47 || c === 58 || c === 45 || (c | 32) === 97 || (c | 32) === 112 || c === 32 || (c >= 9 && c <= 13) || c >= 128;

/**
 * The DIGIT_JOINS in text[start, end) from `reached` on, where the last one
 * ended: matches of a global regex never overlap. Returns where the last ends.
 */
export function pushDigitJoins(text: string, start: number, end: number, reached: number, index: (number[] | undefined)[]): number {
  for (let d = Math.max(start, reached); d < end; d++) {
    if (!isDigit(text.charCodeAt(d)) || !mayJoin(text.charCodeAt(d + 1))) continue;
    DIGIT_JOIN.lastIndex = d;
    const m = DIGIT_JOIN.exec(text);
    if (!m) continue;
    (index[DIGIT_JOINS] ??= []).push(d);
    reached = d + m[0].length;
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
    if (isDigit(first) || opens(text, start, end, 'noon') || opens(text, start, end, 'midnight')) (index[CLOCK_STARTS] ??= []).push(start);
    if (end - start === 4 && isDigit(first) && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2)) && isDigit(text.charCodeAt(start + 3))) (index[FOUR_DIGITS] ??= []).push(start);
  }
  const last = text.charCodeAt(end - 1) | 32;
  let decade = -1;
  if (last === 115 && end - start >= 4 && spells(text, end - 4, end, 'ties')) decade = end - 4;
  else if (last === 115 && end - start >= 2 && text.charCodeAt(end - 2) === 48) decade = end - 2; // 0s
  else if (last === 48 && text.charCodeAt(end) === 39 && (text.charCodeAt(end + 1) | 32) === 115 && !isWord(text.charCodeAt(end + 2))) decade = end - 1; // 0's
  if (decade >= from) (index[DECADE_ENDS] ??= []).push(decade);
}

/**
 * A test most words fail, before pushForms: only a word led by a digit, or
 * by `noon` or `midnight` (n or m, four letters at least), or ending in `es`
 * (`ties`), `0s` or `0` can have a form.
 */
export function mayHaveForm(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 32;
  if (first <= 57 || ((first === 110 || first === 109) && end - start >= 4)) return true;
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 48) return true;
  if (last !== 115 || end - start < 2) return false;
  const before = text.charCodeAt(end - 2) | 32;
  return before === 101 || before === 48;
}
