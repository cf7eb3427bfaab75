import { ELIDED_WORDS, LONGEST_ELIDED } from '../lexicon/elisions';
import { isTrimSpace, mayBeWordCode } from '../charCodes';

const isSingleMark = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018;
/** What stands before an elided word: white space, a hyphen (`rock-'n'-roll`). */
const isWordGap = (c: number) => isTrimSpace(c) || c === 0x2d;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Whether the single mark at `at` in the block [start, end) is the
 * apostrophe of an elided word: the one before `'em`, `'til` (a ‘ there was
 * typed for it), and either mark of `'n'` (`rock ’n’ roll`), which would
 * otherwise close the quote it stands in. A word quoted as itself (`the 'cause'`) keeps its marks.
 * `("see 'em off", 4)` → true; `("the 'cause' of it", 4)` → false.
 */
export function isElidedMark(text: string, at: number, start: number, end: number): boolean {
  const c = text.charCodeAt(at);
  const prev = at > start ? text.charCodeAt(at - 1) : -1;
  // The second mark of 'n': n, and the first mark after a gap, before it.
  if ((prev | 32) === 0x6e && at - 3 >= start && isSingleMark(text.charCodeAt(at - 2)) && isWordGap(text.charCodeAt(at - 3))) {
    return at + 1 >= end || !mayBeWordCode(text.charCodeAt(at + 1));
  }
  // A ’ before a word after a gap is already an apostrophe; at a block's start a straight one may open.
  if ((c !== 0x27 && c !== 0x2018) || prev < 0 || !isWordGap(prev)) return false;
  let e = at + 1;
  while (e < end && e - at <= LONGEST_ELIDED && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === at + 1 || e - at - 1 > LONGEST_ELIDED || (e < end && mayBeWordCode(text.charCodeAt(e)))) return false;
  const word = text.slice(at + 1, e).toLowerCase();
  if (!ELIDED_WORDS.has(word)) return false;
  const after = e < end ? text.charCodeAt(e) : -1;
  // `'n'` carries its own closing apostrophe; any other word quoted whole is a quote.
  return word === 'n' ? isSingleMark(after) && (e + 1 >= end || !mayBeWordCode(text.charCodeAt(e + 1))) : !isSingleMark(after);
}
