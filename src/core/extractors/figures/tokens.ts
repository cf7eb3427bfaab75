import { CHAR_CLASS, DIGIT, LETTER, SPACE } from './charClass';
import { TextToken } from './textToken';
import { CARRIES_NUMBER, STARTS, symbolMarks, wordMarks } from './tokenMarks';

const DIGIT_MARKS = STARTS | CARRIES_NUMBER;
const marksOfWord = wordMarks;
const marksOfSymbol = symbolMarks;
const TokenClass = TextToken;
const CLASS = CHAR_CLASS;
const IS_LETTER = LETTER;
const IS_SPACE = SPACE;
const IS_DIGIT = DIGIT;

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
  return CLASS[c] === IS_LETTER;
}

export function isSpace(c: number): boolean {
  return CLASS[c] === IS_SPACE;
}

/** Characters after a run of digits that may continue the number: separators, a decimal point, an exponent. */
function continuesNumber(c: number): boolean {
  return c === 46 || c === 44 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 101 || c === 69;
}

/**
 * Where a number that is only a run of digits ends ("2024", "8"), or -1 when
 * a separator follows and NUMBER must read it: most numbers need no regex.
 */
function plainDigitsEnd(text: string, i: number): number {
  let k = i;
  while (CLASS[text.charCodeAt(k)] === IS_DIGIT) k++;
  return k > i && !continuesNumber(text.charCodeAt(k)) ? k : -1;
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
    const kind = CLASS[c];
    if (kind === IS_SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    let type: Token['type'] = 'sym';
    let marks = 0;
    if (kind === IS_LETTER) {
      marks = readWord(text, i, to, scan);
      end = scan.end;
      type = 'word';
    } else if (kind === IS_DIGIT || (c === 46 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === IS_DIGIT)) {
      const plain = plainDigitsEnd(text, i);
      NUMBER.lastIndex = i;
      if (plain >= 0 || NUMBER.test(text)) {
        end = Math.min(to, plain >= 0 ? plain : NUMBER.lastIndex);
        type = 'num';
        marks = DIGIT_MARKS;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      end = i + 2; // a surrogate pair is one character
    }
    if (type === 'sym') marks = marksOfSymbol(text, i, end);
    tokens.push(new TokenClass(text, i, end, type, i === previousEnd, marks));
    previousEnd = end;
    i = end;
  }
  return tokens;
}
