import { QUOTE_MARKS, QUOTE_MARK_OR_TAG, type QuoteFamily } from '../lexicon/quoteMarks';

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

/**
 * The quote marks in text[start, end) that may quote, in order. Apostrophes,
 * inch marks after a digit (`a 12" pipe`) that cannot close anything are
 * decided later; marks inside markup tags (`<a href="…">`) are skipped.
 * `'He said "no".'` → open at 8, either at 11 (both `either` for straight marks).
 */
export function findQuoteMarks(text: string, start: number, end: number): MarkToken[] {
  const out: MarkToken[] = [];
  // Searching a slice keeps a block without marks from scanning the rest of the text.
  const block = text.slice(start, end);
  const re = QUOTE_MARK_OR_TAG;
  re.lastIndex = 0;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    if (m[0].length > 2) continue;
    const mark = QUOTE_MARKS.get(m[0]);
    if (!mark) continue;
    const at = start + m.index;
    if (mark.family === 'double') {
      out.push({ at, length: m[0].length, family: 'double', role: mark.role });
      continue;
    }
    const role = singleRole(m[0], block[m.index - 1] ?? '', block[m.index + 1] ?? '');
    if (role) out.push({ at, length: 1, family: 'single', role });
  }
  return out;
}
