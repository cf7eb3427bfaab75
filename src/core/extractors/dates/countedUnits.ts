import { isDigitCode, isTrimSpace, isWordCode } from '../../charCodes';
import { IS_NUMBER_TOKEN } from './numberPhrase';
import { spelledAmong } from './spelledAmong';

/** Words a duration may hold between its count and its unit: `eight consecutive years`. */
export const UNIT_ADJECTIVES: readonly string[] = ['consecutive', 'straight', 'full', 'more', 'additional', 'long', 'successive'];
/** By hash, without copying the word before each unit. */
const IS_ADJECTIVE = spelledAmong(UNIT_ADJECTIVES);

/** Where the word before `(?:\s+|-)` ending at `at` ends; -1 when no such separator ends there. */
function beforeSeparator(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c === 45) return at - 1; // -
  if (!isTrimSpace(c)) return -1;
  let end = at - 1;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether a count (`12`, `2½`, `two`, `a`, `several`, `a couple of`) may end at `end`. */
function countEndsAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (isDigitCode(last) || last === 0xbd) return true; // ½
  const start = wordStart(text, end);
  return start < end && IS_NUMBER_TOKEN(text, start, end);
}

/**
 * The unit words (by their starts) that a count may lead up to, past one
 * adjective: a necessary condition of every duration, so that the full
 * pattern is tried only there. `for two years`, `five-year`, `eight
 * consecutive years` pass; `last year`, `the year to August` do not.
 */
export function countedUnits(text: string, units: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of units) {
    const end = beforeSeparator(text, at);
    if (end <= 0) continue;
    if (countEndsAt(text, end)) out.push(at);
    else {
      const start = wordStart(text, end);
      const before = start < end && IS_ADJECTIVE(text, start, end) ? beforeSeparator(text, start) : -1;
      if (before > 0 && countEndsAt(text, before)) out.push(at);
    }
  }
  return out;
}
