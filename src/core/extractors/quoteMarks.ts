import { QUOTE_MARKS, QUOTE_MARK_OR_TAG, type QuoteFamily } from '../lexicon/quoteMarks';
import type { QuoteMarkIndex } from './quoteMarkIndex';

export interface MarkToken {
  readonly at: number;
  /** 1, or 2 for the typewriter marks '' and ``. */
  readonly length: number;
  readonly family: QuoteFamily;
  /** `either`: a straight double mark, opened or closed by the pairing state. */
  readonly role: 'open' | 'close' | 'either';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string) => ch !== '' && LETTER_OR_DIGIT.test(ch);
const isSpace = (ch: string) => ch === '' || ch.trim() === '';
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * The role of a single mark from its neighbours, or null for an apostrophe:
 * `don’t`, `leaders’` without an open quote, `’90s`, `rock 'n' roll` are decided here.
 */
function singleRole(ch: string, prev: string, next: string): 'open' | 'close' | null {
  if (isWordChar(prev) && isWordChar(next)) return null;
  const opens = !isWordChar(prev) && !isSpace(next) && !isDigit(next);
  const closes = !isSpace(prev) && !isWordChar(next);
  if (ch === '\u2018' || ch === '\u2039') return opens ? 'open' : null;
  if (ch === '\u2019' || ch === '\u203a') return closes ? 'close' : null;
  return opens ? 'open' : closes ? 'close' : null;
}

/** The token for a match at text[at, at + length) in a block [start, end), or null for a tag or an apostrophe. */
function toToken(text: string, at: number, length: number, start: number, end: number): MarkToken | null {
  if (length > 2) return null;
  const ch = length === 1 ? text[at] : text.slice(at, at + 2);
  const mark = QUOTE_MARKS.get(ch);
  if (!mark) return null;
  if (mark.family === 'double') return { at, length, family: 'double', role: mark.role };
  const role = singleRole(ch, at > start ? text[at - 1] : '', at + 1 < end ? text[at + 1] : '');
  return role ? { at, length: 1, family: 'single', role } : null;
}

/**
 * The quote marks in text[start, end) that may quote, in order. Apostrophes,
 * inch marks after a digit (`a 12" pipe`) that cannot close anything are
 * decided later; marks inside markup tags (`<a href="…">`) are skipped.
 * `'He said "no".'` → open at 8, either at 11 (both `either` for straight marks).
 */
export function findQuoteMarks(text: string, start: number, end: number, index?: QuoteMarkIndex): MarkToken[] {
  const out: MarkToken[] = [];
  const range = index?.within(start, end);
  if (range) {
    for (let i = range[0]; i < range[1]; i++) {
      const token = toToken(text, index!.markAt(i), index!.lengthAt(i), start, end);
      if (token) out.push(token);
    }
    return out;
  }
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
