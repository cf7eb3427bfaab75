import { codeUnits } from './codeUnits';

export const FNV_OFFSET = 0x811c9dc5 | 0;
/** Kept signed inside the loop (the same 32 bits), so that the engine never boxes a hash; the Uint32Array reads them unsigned. */
export const step = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);
const SPACE = 32;
const APOSTROPHE = 39;
const ZERO = 48;
const COMMA = 44;
const PERIOD = 46;
/** Digits and the separators a number runs on with ("1,200.5"). */
export const inNumber = (c: number): boolean => (c >= 48 && c <= 57) || c === COMMA || c === PERIOD;
/** ASCII letters, lower-cased, by character code; 0 for anything else: one load per character, no range test. */
const LETTER = new Uint8Array(65536).map((_, c) => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : 0));
/** Room for a text's hashes, reused from claim to claim; `count` of `values` are the text's. */
export class HashBuffer {
  values = new Uint32Array(1024);
  count = 0;
}
const shared = new HashBuffer();

/**
 * FNV-1a hashes (32 bits, stable across runs) of the lower-cased unigrams and
 * bigrams, numbers folded to "0", so that the model keeps weights per bucket
 * and never a vocabulary. A bigram's hash continues its first word's, so no
 * string is built. "Taxes rose 4%" → hashes of "taxes", "rose", "0",
 * "<s> taxes", "taxes rose", "rose 0".
 */
export function hashedTokens(text: string): Uint32Array {
  hashInto(text, 0, text.length, shared);
  return shared.values.slice(0, shared.count);
}

/**
 * hashedTokens of text.slice(from, to) without the slice or the copy: the
 * hashes go into `into`, until its next use. Reading the article's own string
 * is faster than reading a slice of it.
 */
export function hashInto(text: string, from: number, to: number, into: HashBuffer): void {
  // at most (to - from) + 2 hashes, as always: past that they are dropped ("a1a" has 6 hashes for 5 slots)
  const cap = to - from + 2;
  if (into.values.length < cap) into.values = new Uint32Array(2 * cap);
  const out = into.values;
  let n = 0;
  let previous = START;
  const units = codeUnits(text);
  for (let i = from; (i = readToken(units, i, to, previous)) >= 0; ) {
    if (n < cap) out[n] = token.word;
    if (n + 1 < cap) out[n + 1] = token.pair;
    n += 2;
    previous = token.word;
  }
  into.count = Math.min(n, cap);
}

/** The hashes of the token readToken read last: the word alone, and the word after the one before it. */
export const token = { word: 0, pair: 0 };
/** The hash before a text's first word: "<s>". */
export const START = [60, 115, 62].reduce(step, FNV_OFFSET);

/**
 * Reads the next word or number in the code units [i, to) of a text (see
 * codeUnits), skipping what is neither,
 * hashes it into `token` (its pair with the word hashed `previous`), and returns
 * where it ends; -1 when no token is left. Each word is hashed as it is
 * scanned, alone and after the previous word, in one pass.
 */
export function readToken(units: Uint16Array, i: number, to: number, previous: number): number {
  for (; i < to; i++) {
    const c = units[i];
    let l = LETTER[c];
    let word = FNV_OFFSET;
    let pair = step(previous, SPACE);
    if (l !== 0) {
      do {
        word = step(word, l);
        pair = step(pair, l);
      } while (++i < to && (l = LETTER[units[i]]) !== 0);
      // "don't", "it’s": an apostrophe between letters joins them
      const a = i + 1 < to ? units[i] : 0;
      if ((a === APOSTROPHE || a === 0x2019) && (l = LETTER[units[i + 1]]) !== 0) {
        word = step(word, APOSTROPHE);
        pair = step(pair, APOSTROPHE);
        i++;
        do {
          word = step(word, l);
          pair = step(pair, l);
        } while (++i < to && (l = LETTER[units[i]]) !== 0);
      }
    } else if (c >= 48 && c <= 57) {
      do i++;
      while (i < to && inNumber(units[i]));
      word = step(word, ZERO);
      pair = step(pair, ZERO);
    } else continue;
    token.word = word;
    token.pair = pair;
    return i;
  }
  return -1;
}
