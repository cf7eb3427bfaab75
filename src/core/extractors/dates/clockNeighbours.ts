import { isTrimSpace } from '../../charCodes';
import { spells } from './anchorWords';
import { CLOCK_RANGE } from './chronoParsers';

/**
 * What chrono's clock-time parser reads beside a number, tested by hand
 * where a regex call on a copy of the text around each number would mostly find nothing.
 */

/**
 * `/(?:at|from)\s*$/i` on window[max(0, p - 8), p): whether `at` or `from`
 * and only white space stand right before a number. (`seen at 10`, 8) → true.
 */
export function atOrFromBefore(window: string, p: number): boolean {
  const floor = Math.max(0, p - 8);
  let end = p;
  while (end > floor && isTrimSpace(window.charCodeAt(end - 1))) end--;
  return (end - 2 >= floor && spells(window, end - 2, end, 'at')) || (end - 4 >= floor && spells(window, end - 4, end, 'from'));
}

/** The start of chrono's pattern of a second time, as this check knows it. */
const RANGE_START = String.raw`^(\s*(?:\-|\–|\~|\〜|to|until|through|till|\?)\s*)`;
const KNOWN = CLOCK_RANGE?.source.startsWith(RANGE_START) ?? false;

/**
 * Whether CLOCK_RANGE may match at `at`: after white space, a dash, `~`,
 * `〜`, `?`, or a word starting with `t` or `u` (to, through, till, until).
 * Always true when chrono's pattern is not the one known here.
 */
export function mayRangeAfter(window: string, at: number): boolean {
  if (!KNOWN) return true;
  let i = at;
  while (isTrimSpace(window.charCodeAt(i))) i++;
  const c = window.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 126 || c === 0x301c || c === 63 || (c | 32) === 116 || (c | 32) === 117;
}
