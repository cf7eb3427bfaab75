import { numberOpensSpan } from './blockedSpans';
import { numberEnd } from './numberEnd';
import { CHAR_CLASS, DIGIT, LETTER, SPACE } from './charClass';
import { GLUED, MARKS_SHIFT, NUM, TextToken, WORD } from './textToken';
import { CARRIES_NUMBER, STARTS, symbolMarks, wordMarks } from './tokenMarks';

const DIGIT_MARKS = STARTS | CARRIES_NUMBER;
/** The most slots an array of tokens is made with at once: a far longer one would be made slow, as a dictionary. */
const MOST_SIZED = 4096;

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
  /** The first code unit of `text`, read without cutting the string: "Km" → 75. */
  readonly head: number;
}

function isLetter(c: number): boolean {
  return CHAR_CLASS[c] === LETTER;
}

export function isSpace(c: number): boolean {
  return CHAR_CLASS[c] === SPACE;
}

/** Where the word read last by readWord ends: a number, so no object is written per word. */
let wordEnd = 0;

/**
 * Reads the word starting at i: letters, with inner apostrophes ("Russia's",
 * "one’s"), and returns its marks; wordEnd receives where it ends. The
 * letters are hashed on the way, so a word on no list costs no string.
 */
function readWord(text: string, i: number, to: number): number {
  let k = i;
  let hash = 0;
  let codes = 0; // every code unit OR-ed: beyond 127 when any letter is not ASCII
  for (;;) {
    for (let c = text.charCodeAt(k); k < to && isLetter(c); c = text.charCodeAt(++k)) {
      codes |= c;
      hash = (hash * 31 + (c | 32)) & 0xfffff; // as foldHash, written out: this loop is the hottest of the stage
    }
    const c = text.charCodeAt(k);
    if (k + 1 < to && (c === 39 || c === 0x2019) && isLetter(text.charCodeAt(k + 1))) {
      codes |= 128; // no listed word has an apostrophe
      k++;
    } else {
      wordEnd = k;
      return wordMarks(text, i, k, hash, codes < 128);
    }
  }
}

/** Set when the tokens read so far hold a blocked span or an address, or may. */
export interface Watch {
  open: boolean;
}

/** "www" before the point at `point`, all at or after `from`: an address may start there. */
function endsWithWww(text: string, point: number, from: number): boolean {
  return point - 3 >= from && text.charCodeAt(point - 1) === 119 && text.charCodeAt(point - 2) === 119 && text.charCodeAt(point - 3) === 119;
}

/**
 * A sign token that may belong to an address: "@", ":" of "://", "." of
 * "www.", or a high surrogate with no low one after it, which swallows the next code unit.
 */
function mayOpenAddress(text: string, i: number, end: number, from: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 64) return true;
  if (c === 58) return text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47;
  if (c === 46) return endsWithWww(text, i, from);
  return end === i + 2 && !(text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff);
}

/**
 * Splits text[from, to) into tokens with absolute offsets: a hand scanner,
 * since a regex match per word costs more than the rest of the stage.
 * "US$3bn" → `US` `$` `3` `bn`, each glued to the one before. Appends to
 * `into` when given, so the segments of a long text fill one array; else
 * fills a new one sized for the text at once (a token per four characters
 * is more than prose holds, up to MOST_SIZED), since growing it push by
 * push cost about a third of the tokenizer. With `watch`, also notes whether blockedSpans may
 * find anything there.
 */
export function toTokens(text: string, from = 0, to = text.length, into?: Token[], watch?: Watch): Token[] {
  const tokens = into ?? new Array<Token>(Math.min(MOST_SIZED, Math.max(0, to - from) >> 2));
  let n = into ? into.length : 0;
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = CHAR_CLASS[c];
    if (kind === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    let bits: number; // type and marks, as TextToken keeps them
    if (kind === LETTER) {
      bits = WORD | (readWord(text, i, to) << MARKS_SHIFT);
      end = wordEnd;
    } else {
      const number = kind === DIGIT || (c === 46 && i + 1 < to && CHAR_CLASS[text.charCodeAt(i + 1)] === DIGIT) ? numberEnd(text, i) : -1;
      if (number >= 0) {
        end = Math.min(to, number);
        bits = NUM | (DIGIT_MARKS << MARKS_SHIFT);
        // ".5" after "www" still ends an address's "www.".
        if (watch) watch.open ||= numberOpensSpan(text, i, end, from, to) || (c === 46 && endsWithWww(text, i, from));
      } else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) end = i + 2; // a surrogate pair is one character
        bits = symbolMarks(text, i, end) << MARKS_SHIFT;
        if (watch) watch.open ||= mayOpenAddress(text, i, end, from);
      }
    }
    tokens[n++] = new TextToken(text, i, end, i === previousEnd ? bits | GLUED : bits);
    previousEnd = end;
    i = end;
  }
  tokens.length = n;
  return tokens;
}
