import { CLOCK_WORDS, INDEX_NAMES, PHONE_LINE_WORDS } from '../../lexicon/identifierWords';
import type { Candidate } from './candidate';
import type { Token } from './tokens';

/** "911", "311": a three-digit number ending in 11, as short service lines are numbered. */
function isServiceNumber(t: Token): boolean {
  return t.end - t.start === 3 && t.text[1] === '1' && t.text[2] === '1';
}

/** "the 90's", "the 1980’s": a round number with an apostrophe and "s" glued on names a decade. */
function isDecade(tokens: readonly Token[], end: number, value: number): boolean {
  const mark = tokens[end];
  const s = tokens[end + 1];
  return value % 10 === 0 && mark?.glued === true && (mark.head === 39 || mark.head === 8217) && s?.glued === true && s.lower === 's';
}

/**
 * True when a number is part of a name rather than an amount: an index
 * ("Fortune 500 companies"), a phone line ("a 911 caller"), an hour
 * ("three o'clock") or a decade ("the 90's"). "500 companies" → false.
 */
export function isNumberName(tokens: readonly Token[], c: Candidate): boolean {
  const a = c.amount;
  if (!a || c.upper) return false;
  const countable = !c.unit || c.unit.category === 'count';
  if (countable && a.digits !== null && INDEX_NAMES.has(tokens[a.start - 1]?.lower ?? '')) return true;
  if (c.unit) return false;
  const after = tokens[a.end];
  if (after && CLOCK_WORDS.has(after.lower)) return true;
  if (a.digits === null || a.end !== a.digits + 1) return false;
  if (after && isServiceNumber(tokens[a.digits]) && PHONE_LINE_WORDS.has(after.lower)) return true;
  return isDecade(tokens, a.end, a.value);
}
