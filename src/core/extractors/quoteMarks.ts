import { QUOTE_MARKS, QUOTE_MARK_OR_TAG, type QuoteFamily, type QuoteMark } from '../lexicon/quoteMarks';
import { isDigitCode, isTrimSpace } from '../charCodes';
import { isLetterOrNumber } from './wordChars';
import { isElidedMark } from '../segment/elidedMark';
import type { QuoteMarkIndex } from './quoteMarkIndex';

export interface MarkToken {
  readonly at: number;
  /** 1, or 2 for the typewriter marks '' and ``. */
  readonly length: number;
  readonly family: QuoteFamily;
  /** `either`: a straight double mark, opened or closed by the pairing state. */
  readonly role: 'open' | 'close' | 'either';
}

/** QUOTE_MARKS by the code of a one-character mark: no string to build and hash per mark. */
const MARK_BY_CODE = new Map<number, QuoteMark>([...QUOTE_MARKS].filter(([k]) => k.length === 1).map(([k, v]) => [k.charCodeAt(0), v]));

const NO_MARKS: readonly MarkToken[] = Object.freeze([]);

const isSpace = (c: number) => c < 0 || isTrimSpace(c);

/**
 * The role of a single mark from its neighbours' codes (-1 for none), or null
 * for an apostrophe: `don’t`, `leaders’` without an open quote, `’90s`,
 * `rock 'n' roll` are decided here.
 */
function singleRole(ch: number, prev: number, next: number): 'open' | 'close' | null {
  const wordBefore = isLetterOrNumber(prev);
  const wordAfter = isLetterOrNumber(next);
  if (wordBefore && wordAfter) return null;
  const opens = !wordBefore && !isSpace(next) && !isDigitCode(next);
  const closes = !isSpace(prev) && !wordAfter;
  if (ch === 0x2018 || ch === 0x2039) return opens ? 'open' : null;
  if (ch === 0x2019 || ch === 0x203a) return closes ? 'close' : null;
  // `means 'not yet,'"`: a mark between punctuation and a closing double mark ends the inner quote.
  if (opens && closes && (next === 0x22 || next === 0x201d)) return 'close';
  return opens ? 'open' : closes ? 'close' : null;
}

/** The token for a match at text[at, at + length) in a block [start, end), or null for a tag or an apostrophe. */
function toToken(text: string, at: number, length: number, start: number, end: number): MarkToken | null {
  if (length > 2) return null;
  const mark = length === 1 ? MARK_BY_CODE.get(text.charCodeAt(at)) : QUOTE_MARKS.get(text.slice(at, at + 2));
  if (!mark) return null;
  if (mark.family === 'double') return { at, length, family: 'double', role: mark.role };
  if (isElidedMark(text, at, start, end)) return null;
  const role = singleRole(text.charCodeAt(at), at > start ? text.charCodeAt(at - 1) : -1, at + 1 < end ? text.charCodeAt(at + 1) : -1);
  return role ? { at, length: 1, family: 'single', role } : null;
}

/**
 * The quote marks in text[start, end) that may quote, in order. Apostrophes,
 * inch marks after a digit (`a 12" pipe`) that cannot close anything are
 * decided later; marks inside markup tags (`<a href="…">`) are skipped.
 * `'He said "no".'` → open at 8, either at 11 (both `either` for straight marks).
 */
export function findQuoteMarks(text: string, start: number, end: number, index?: QuoteMarkIndex): readonly MarkToken[] {
  if (index?.within(start, end)) {
    // Most blocks hold no mark at all.
    if (index.first === index.last) return NO_MARKS;
    const out: MarkToken[] = [];
    for (let i = index.first; i < index.last; i++) {
      const token = toToken(text, index.markAt(i), index.lengthAt(i), start, end);
      if (token) out.push(token);
    }
    return out;
  }
  const out: MarkToken[] = [];
  // Searching a slice keeps a block without marks from scanning the rest of the text.
  const block = text.slice(start, end);
  const re = QUOTE_MARK_OR_TAG;
  re.lastIndex = 0;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const token = toToken(text, start + m.index, m[0].length, start, end);
    if (token) out.push(token);
  }
  return out;
}
