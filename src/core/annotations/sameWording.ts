import { digitsOf } from './sameNumbers';

const WORDS = /[\p{L}\p{N}]+/gu;

/** Shorter words are too easily another word with one letter more or less ("no" → "not"). */
const MIN_SLIP_LENGTH = 4;
/** At most one word in this many may carry a slip, and always one. */
const WORDS_PER_SLIP = 4;

/** The words of a text, lower-cased: what sameWording compares. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(WORDS) ?? [];

/** How many of so many words may carry a slip. */
export const slipsAllowed = (words: number): number => Math.max(1, Math.floor(words / WORDS_PER_SLIP));

/**
 * True when `b` is `a` with one letter typed in or out, or two neighbours
 * swapped: the slips a typo fix undoes. A letter replaced is no slip, since
 * "rise" → "rose" or "increase" → "decrease" says something else.
 * oneSlip('minstry', 'ministry') → true; oneSlip('rise', 'rose') → false
 */
function oneSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_SLIP_LENGTH) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  if (Math.abs(a.length - b.length) !== 1) return false;
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when `now` says what `reviewed` said, its words only proofread: the
 * same words in the same order and the same numbers, whatever the case,
 * spacing and punctuation, with at most one word in four (and always one)
 * corrected by a typo's slip (oneSlip). A word added, removed or replaced, or
 * a changed number, makes another statement, which a review does not follow.
 * sameWording('The minstry said costs rose', 'The ministry said costs rose.') → true
 * sameWording('The ministry said costs rose', 'The ministry said costs fell') → false
 */
export function sameWording(reviewed: string, now: string): boolean {
  if (reviewed === now) return true;
  const before = wordsOf(reviewed);
  const after = wordsOf(now);
  if (!before.length || before.length !== after.length || digitsOf(reviewed) !== digitsOf(now)) return false;
  let slips = 0;
  const most = slipsAllowed(before.length);
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    if (!oneSlip(before[i], after[i]) || ++slips > most) return false;
  }
  return true;
}
