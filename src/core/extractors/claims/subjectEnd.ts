import { VERB_MODIFIERS } from '../../lexicon/reportingVerbs';
import { isTrimSpace } from '../../charCodes';
import { hasWordAt, wordTable } from './wordTable';

const MODIFIERS = wordTable(VERB_MODIFIERS);

/**
 * Whether seg[from, to) lower-cased is a verb modifier, read in place for
 * an ASCII word; a word with other characters is lower-cased as a whole, since
 * toLowerCase folds a few of them onto ASCII letters.
 */
function isModifier(seg: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (seg.charCodeAt(i) > 127) return VERB_MODIFIERS.has(seg.slice(from, to).toLowerCase());
  return hasWordAt(seg, from, to, MODIFIERS);
}

/** Where seg[from, end) ends once white space is trimmed off its end, as trimEnd of the slice would: never before `from`. */
export function trimmedEnd(seg: string, from: number, end: number): number {
  while (end > from && isTrimSpace(seg.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where the subject seg[from, end) ends without the verb modifiers closing it,
 * read in place instead of on trimmed copies: "NATO chief Jens Stoltenberg has also"
 * (from 0, end 36) → 26, the end of "NATO chief Jens Stoltenberg". `end` is trimmed first.
 */
export function subjectEnd(seg: string, from: number, end: number): number {
  end = trimmedEnd(seg, from, end);
  for (;;) {
    // the last word and the white space before it, as /\s+(\S+)$/ finds them in the slice
    let k = end;
    while (k > from && !isTrimSpace(seg.charCodeAt(k - 1))) k--;
    let m = k;
    while (m > from && isTrimSpace(seg.charCodeAt(m - 1))) m--;
    if (k === end || m === k || !isModifier(seg, k, end)) return end;
    end = m;
  }
}

const isQuoteOrSpace = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || isTrimSpace(c);

/** Where the quote marks and spaces opening seg[from, end) stop: what /^[\s"'\u201C\u201D\u2018\u2019]+/ takes of the slice. `("  'Ann", 0, 6)` → 3. */
export function quoteOrSpaceEnd(seg: string, from: number, end: number): number {
  while (from < end && isQuoteOrSpace(seg.charCodeAt(from))) from++;
  return from;
}
