import { isSpace as isSpaceImport } from './isSpace';
import { isWord as isWordImport } from './leadWords';
// bound to locals once: under the CommonJS transform (tsx, mocha) each call through an import is a property read
const isSpace = isSpaceImport;
const isWord = isWordImport;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** Flags of surfaceScan; the regex each one stands for is in its comment. */
export const SURFACE = {
  /** /\d/ */
  digit: 1,
  /** `%`, the sign half of /%|\bper\s?cent\b/i */
  percentSign: 2,
  /** /[$€£]/ */
  moneySign: 4,
  /** /\b(?:1[89]\d\d|20\d\d)s?\b/ */
  year: 8,
  /** /\b\w{3,}ed\b/i, the suffix half of the past-tense test */
  pastSuffix: 16,
  /** a straight apostrophe, without which /n't\b/i cannot match */
  apostrophe: 32,
  /** a question mark, without which /\?\s*…$/ cannot match */
  questionMark: 64,
} as const;
const MAX_CAPITALS = 4;

/** What one scan found; surfaceScan fills one object claim after claim. */
export class Surface {
  /** SURFACE flags. */
  flags = 0;
  /** Matches of /(?<=\S\s+)[A-Z][a-z]+/g, up to 4. */
  capitals = 0;
  /** wordCount of the text. */
  words = 0;
}

/** Latin-1 and Latin Extended letters: word characters of wordCount besides \w (less `_`). */
const isLatinLetter = (c: number): boolean => c >= 0xc0 && c <= 0x24f;

/** The words of wordCount opening in a run of \w that holds `_`, which splits words; `inWord` if one runs into it. */
function wordStarts(text: string, start: number, end: number, inWord: boolean): number {
  let n = 0;
  for (let j = start; j < end; j++) {
    if (text.charCodeAt(j) === 95) inWord = false;
    else if (!inWord) {
      n++;
      inWord = true;
    }
  }
  return n;
}

function yearAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n !== 4 && !(n === 5 && text.charCodeAt(end - 1) === 115)) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (!((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))) return false;
  return isDigit(text.charCodeAt(start + 2)) && isDigit(text.charCodeAt(start + 3));
}

/**
 * The character-level surface features of text.slice(from, to) and its word
 * count in one pass, so that each regex they stand for need not scan the text
 * on its own; reading the article's own string is faster than reading a slice of it.
 * "Taxes rose 40% in 2019. Why?" → digit | percentSign | year | questionMark, 1 capital ("Why"), 6 words.
 */
export function surfaceScan(text: string, from: number, to: number, out: Surface): Surface {
  let flags = 0;
  let capitals = 0;
  let words = 0;
  let seenNonSpace = false;
  // whether the last character was a word character of wordCount: `_` is not one, Latin letters are
  let inWord = false;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (isWord(c)) {
      const start = i;
      let digits = false;
      let underscore = false;
      let d = c;
      do {
        // inside a run of \w, a code up to '9' is a digit
        if (d <= 57) digits = true;
        else if (d === 95) underscore = true;
        d = text.charCodeAt(++i);
      } while (i < to && isWord(d));
      if (underscore) {
        words += wordStarts(text, start, i, inWord);
        inWord = text.charCodeAt(i - 1) !== 95;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
      if (digits) flags |= SURFACE.digit | (yearAt(text, start, i) ? SURFACE.year : 0);
      if (i - start >= 5 && (text.charCodeAt(i - 1) | 32) === 100 && (text.charCodeAt(i - 2) | 32) === 101) flags |= SURFACE.pastSuffix;
      // a capital opening a word after white space that follows some text
      if (capitals < MAX_CAPITALS && isUpper(c) && start + 1 < to && isLower(text.charCodeAt(start + 1)) && seenNonSpace && start > from && isSpace(text.charCodeAt(start - 1))) capitals++;
      seenNonSpace = true;
      continue;
    }
    if (c === 37) flags |= SURFACE.percentSign;
    else if (c === 36 || c === 0x20ac || c === 0xa3) flags |= SURFACE.moneySign;
    else if (c === 39) flags |= SURFACE.apostrophe;
    else if (c === 63) flags |= SURFACE.questionMark;
    if (!isSpace(c)) seenNonSpace = true;
    if (!isLatinLetter(c)) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
    i++;
  }
  out.flags = flags;
  out.capitals = capitals;
  out.words = words;
  return out;
}
