import { isTrimSpace, isWordCode } from '../../charCodes';
import { spelledAmong } from './spelledAmong';

/** Words before a single quarter that make it a stretch of time: `for a quarter`, `within one quarter`; not `over`, which counts (`just over a quarter`). */
const TIME_LEADS = spelledAmong(['for', 'in', 'within', 'after', 'during', 'throughout', 'per', 'each', 'every', 'lasted', 'lasting', 'took', 'spent']);
/** Words inside a counted quarter that make it time: `the past two quarters`, `three straight quarters`, `a quarter ago`. */
const TIME_SIGNS = /\b(?:past|last|next|first|coming|previous|final|remaining|following|consecutive|straight|successive|row|ago|earlier|before|now)\b/i;
/** `later` after the quarters: `two quarters later`. */
const LATER = /\s+later\b/iy;
/** `century` after `quarter`: `a quarter century`, `a quarter-century`. */
const CENTURY_AFTER = /[-\s]+centur(?:y|ies)\b/iy;

/** The word that ends before `at`, spaces aside, as [start, end]; [at, at] when none. */
function wordBefore(text: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return [start, end];
}

/**
 * Are quarters counted in words (`a quarter`, `nearly a quarter`, `three quarters`),
 * matched as `match` at [start, end), a share rather than months? They are, unless
 * a word of time leads to them or stands in or after them: `grew by nearly a
 * quarter`, `five and a quarter` are shares; `for a quarter`, `the past two
 * quarters`, `two quarters later` are stretches.
 */
export function isShareQuarter(text: string, start: number, end: number, match: string): boolean {
  if (TIME_SIGNS.test(match)) return false;
  LATER.lastIndex = end;
  if (LATER.test(text)) return false;
  const [from, to] = wordBefore(text, start);
  return !(from < to && TIME_LEADS(text, from, to));
}

/** Where `century` ends after a quarter ending at `at`, or -1: `a quarter century` is 25 years. */
export function quarterCenturyEnd(text: string, at: number): number {
  CENTURY_AFTER.lastIndex = at;
  return CENTURY_AFTER.test(text) ? CENTURY_AFTER.lastIndex : -1;
}
