import { VERB_MODIFIERS } from '../../lexicon/reportingVerbs';
import { isTrimSpace } from '../../charCodes';
import { hasWordAt, wordTable } from './wordTable';

/**
 * Words between a subject and its verb that the shared list lacks: "The bank now forecasts", "She didn't say".
 * Read lower-case only ("USA TODAY said" keeps its name), and never down to a lone conjunction ("but now said").
 */
const NEGATED = "didn't doesn't don't wouldn't won't hasn't haven't hadn't can't couldn't".split(' ');
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set([
  'now', 'today', 'yesterday', 'meanwhile', 'however', 'instead', 'too', 'initially', 'originally', 'officially',
  ...NEGATED, ...NEGATED.map((w) => w.replace("'", '\u2019')),
]);
const MODIFIERS = wordTable(VERB_MODIFIERS);
const ADVERBS = wordTable(SUBJECT_ADVERBS);
const CONJUNCTIONS = wordTable(new Set(['and', 'but', 'or', 'yet', 'so']));

/**
 * Whether seg[from, to) lower-cased is a verb modifier, read in place for
 * an ASCII word; a word with other characters is lower-cased as a whole, since
 * toLowerCase folds a few of them onto ASCII letters.
 */
function isModifier(seg: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (seg.charCodeAt(i) > 127) return VERB_MODIFIERS.has(seg.slice(from, to).toLowerCase());
  return hasWordAt(seg, from, to, MODIFIERS);
}

/** Whether seg[from, to) is one of SUBJECT_ADVERBS as written, lower-case. */
function isAdverb(seg: string, from: number, to: number): boolean {
  const first = seg.charCodeAt(from);
  if (first < 97 || first > 122) return false;
  for (let i = from; i < to; i++) if (seg.charCodeAt(i) > 127) return SUBJECT_ADVERBS.has(seg.slice(from, to));
  return hasWordAt(seg, from, to, ADVERBS);
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
    if (k === end || m === k) return end;
    if (!isModifier(seg, k, end) && !(isAdverb(seg, k, end) && !loneConjunction(seg, from, m))) return end;
    end = m;
  }
}

/** Whether seg[from, end) is one conjunction, spaces aside. */
function loneConjunction(seg: string, from: number, end: number): boolean {
  const start = quoteOrSpaceEnd(seg, from, end);
  return hasWordAt(seg, start, end, CONJUNCTIONS);
}

const isQuoteOrSpace = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || isTrimSpace(c);

/** Where the quote marks and spaces opening seg[from, end) stop: what /^[\s"'\u201C\u201D\u2018\u2019]+/ takes of the slice. `("  'Ann", 0, 6)` → 3. */
export function quoteOrSpaceEnd(seg: string, from: number, end: number): number {
  while (from < end && isQuoteOrSpace(seg.charCodeAt(from))) from++;
  return from;
}
