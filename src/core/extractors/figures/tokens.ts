import { TextToken } from './textToken';
import { CARRIES_NUMBER, STARTS, symbolMarks, wordMarks } from './tokenMarks';

// Bound once: the dev runner (tsx) turns each use of an import into a getter call, in the hottest loop.
const DIGIT_MARKS = STARTS | CARRIES_NUMBER;
const marksOfWord = wordMarks;
const marksOfSymbol = symbolMarks;
const TokenClass = TextToken;

/** A word, a number written in digits, or one other visible character. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly type: 'num' | 'word' | 'sym';
  /** True when no whitespace separates it from the token before. */
  readonly glued: boolean;
  /** Bits of tokenMarks.ts: whether a figure may start here, whether it carries a number. */
  readonly marks: number;
}

/**
 * Digits with thousands groups (commas, or spaces only in groups of three),
 * decimals and exponents; read where a digit (or ".5") starts.
 */
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:[.,]\d+)*(?:[eE][-+]?\d+(?!\w))?|\.\d+/y;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x3ff);
}

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x1680 || c === 0x205f;
}

/**
 * Reads the word starting at i: letters, with inner apostrophes ("Russia's",
 * "one’s"), and returns its marks; `scan.end` receives where it ends. The
 * letters are hashed on the way, so a word on no list costs no string.
 */
function readWord(text: string, i: number, to: number, scan: { end: number }): number {
  let k = i;
  let hash = 0;
  let ascii = true;
  for (;;) {
    for (let c = text.charCodeAt(k); k < to && isLetter(c); c = text.charCodeAt(++k)) {
      if (c > 127) ascii = false;
      hash = (hash * 31 + (c | 32)) & 0xfffff; // as foldHash, written out: this loop is the hottest of the stage
    }
    const c = text.charCodeAt(k);
    if (k + 1 < to && (c === 39 || c === 0x2019) && isLetter(text.charCodeAt(k + 1))) {
      ascii = false; // no listed word has an apostrophe
      k++;
    } else {
      scan.end = k;
      return marksOfWord(text, i, k, hash, ascii);
    }
  }
}

/**
 * Splits text[from, to) into tokens with absolute offsets: a hand scanner,
 * since a regex match per word costs more than the rest of the stage.
 * "US$3bn" → `US` `$` `3` `bn`, each glued to the one before. Appends to
 * `into` when given, so the segments of a long text fill one array.
 */
export function toTokens(text: string, from = 0, to = text.length, into: Token[] = []): Token[] {
  const tokens = into;
  const scan = { end: 0 };
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    let type: Token['type'] = 'sym';
    let marks = 0;
    if (isLetter(c)) {
      marks = readWord(text, i, to, scan);
      end = scan.end;
      type = 'word';
    } else if ((c >= 48 && c <= 57) || (c === 46 && i + 1 < to && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m) {
        end = Math.min(to, i + m[0].length);
        type = 'num';
        marks = DIGIT_MARKS;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      end = i + 2; // a surrogate pair is one character
    }
    if (type === 'sym') marks = marksOfSymbol(text.slice(i, end));
    tokens.push(new TokenClass(text, i, end, type, i === previousEnd, marks));
    previousEnd = end;
    i = end;
  }
  return tokens;
}
