import { isTrimSpace, isWordCode } from '../../charCodes';
import { spells } from './anchorWords';

/** The last word of each shift of SHIFTED in shiftedPeriods: `this past` ends in `past`. */
const SHIFT_WORDS = ['this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'latest'];

/** Where the word that white space before `at` follows starts; -1 when no white space stands there. */
function wordBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return -1;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether the word at `start`, ending at the white space after it, is one of `words` (any case). */
function isOneOf(text: string, start: number, words: readonly string[]): boolean {
  let end = start;
  while (isWordCode(text.charCodeAt(end))) end++;
  return words.some((word) => spells(text, start, end, word));
}

/**
 * The unit words (by their starts) that a shift word stands right before,
 * maybe with `fiscal` between: a necessary condition of every shifted
 * period, so that its pattern is tried only there.
 * `last year`, `this past fiscal year` pass; `the year`, `a year` do not.
 */
export function shiftedUnits(text: string, units: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of units) {
    let before = wordBefore(text, at);
    if (before >= 0 && isOneOf(text, before, ['fiscal'])) before = wordBefore(text, before);
    if (before >= 0 && isOneOf(text, before, SHIFT_WORDS)) out.push(at);
  }
  return out;
}
