import { isDigitCode, isTrimSpace } from '../../charCodes';

/** Character classes by code, so that the scan reads one table entry per character; claimScan reads the same. */
export const WORD = 1; // \w: ASCII letters, digits and `_`
export const DIGIT = 2;
const UNDERSCORE = 4;
export const LATIN = 8; // Latin-1 and Latin Extended letters: word characters of wordCount besides \w (less `_`)
export const SPACE = 16; // \s
export const UPPER = 32;
export const LOWER = 64;
export const CLASS = new Uint8Array(65536).map((_, c) => {
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  return (
    (upper || lower || digit || c === 95 ? WORD : 0) | (digit ? DIGIT : 0) | (c === 95 ? UNDERSCORE : 0) |
    (c >= 0xc0 && c <= 0x24f ? LATIN : 0) | (isTrimSpace(c) ? SPACE : 0) | (upper ? UPPER : 0) | (lower ? LOWER : 0)
  );
});

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
export const MAX_CAPITALS = 4;

/** What one scan found; surfaceScan fills one object claim after claim. */
export class Surface {
  /** SURFACE flags. */
  flags = 0;
  /** Matches of /(?<=\S\s+)[A-Z][a-z]+/g, up to 4. */
  capitals = 0;
  /** wordCount of the text. */
  words = 0;
}

/** The words of wordCount opening in a run of \w that holds `_`, which splits words; `inWord` if one runs into it. */
function wordStarts(units: Uint16Array, start: number, end: number, inWord: boolean): number {
  let n = 0;
  for (let j = start; j < end; j++) {
    if (units[j] === 95) inWord = false;
    else if (!inWord) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/** Whether the run of `\w` [start, end) is a year, as /^(?:1[89]\d\d|20\d\d)s?$/ tells: "1990s" → true. */
export function yearAt(units: Uint16Array, start: number, end: number): boolean {
  const n = end - start;
  if (n !== 4 && !(n === 5 && units[end - 1] === 115)) return false;
  const a = units[start];
  const b = units[start + 1];
  if (!((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))) return false;
  return isDigitCode(units[start + 2]) && isDigitCode(units[start + 3]);
}

/**
 * The character-level surface features of the code units [from, to) of a text
 * (see codeUnits) and its word count in one pass, so that each regex they
 * stand for need not scan the text on its own; reading the article's own units
 * is faster than reading a slice of it.
 * "Taxes rose 40% in 2019. Why?" → digit | percentSign | year | questionMark, 1 capital ("Why"), 6 words.
 */
export function surfaceScan(units: Uint16Array, from: number, to: number, out: Surface): Surface {
  let flags = 0;
  let capitals = 0;
  let words = 0;
  let seenNonSpace = false;
  // whether the last character was a word character of wordCount: `_` is not one, Latin letters are
  let inWord = false;
  for (let i = from; i < to; ) {
    const c = units[i];
    let k = CLASS[c];
    if (k & WORD) {
      const start = i;
      // the classes of the run's characters, OR-ed: whether it holds a digit or a `_`
      let run = 0;
      do run |= k;
      while (++i < to && (k = CLASS[units[i]]) & WORD);
      if (run & UNDERSCORE) {
        words += wordStarts(units, start, i, inWord);
        inWord = units[i - 1] !== 95;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
      if (run & DIGIT) flags |= SURFACE.digit | (yearAt(units, start, i) ? SURFACE.year : 0);
      if (i - start >= 5 && (units[i - 1] | 32) === 100 && (units[i - 2] | 32) === 101) flags |= SURFACE.pastSuffix;
      // a capital opening a word after white space that follows some text
      if (capitals < MAX_CAPITALS && CLASS[c] & UPPER && start + 1 < to && CLASS[units[start + 1]] & LOWER && seenNonSpace && start > from && CLASS[units[start - 1]] & SPACE) capitals++;
      seenNonSpace = true;
      continue;
    }
    if (c === 37) flags |= SURFACE.percentSign;
    else if (c === 36 || c === 0x20ac || c === 0xa3) flags |= SURFACE.moneySign;
    else if (c === 39) flags |= SURFACE.apostrophe;
    else if (c === 63) flags |= SURFACE.questionMark;
    if (!(k & SPACE)) seenNonSpace = true;
    if (!(k & LATIN)) inWord = false;
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
