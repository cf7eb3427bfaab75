/** Bits of a code point's class, as the tokenizer needs them. */
export const LETTER = 1;
export const NUMBER = 2;
export const UPPER = 4;
export const SPACE = 8;
const KNOWN = 16;

const L = /\p{L}/u;
const N = /\p{N}/u;
const LU = /\p{Lu}/u;
const S = /\s/u;

function classify(ch: string): number {
  return (L.test(ch) ? LETTER : 0) | (N.test(ch) ? NUMBER : 0) | (LU.test(ch) ? UPPER : 0) | (S.test(ch) ? SPACE : 0) | KNOWN;
}

/**
 * The class of each UTF-16 unit, filled on first sight: a table lookup
 * instead of a Unicode regex per character. A lone surrogate is none of
 * them. 'A' → LETTER | UPPER; ' ' → SPACE; '’' → 0.
 */
const BMP = new Uint8Array(0x10000);

/** Class bits of the code unit c (a surrogate half counts as neither letter nor digit). */
export function unitClass(c: number): number {
  let v = BMP[c];
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? KNOWN : classify(String.fromCharCode(c));
    BMP[c] = v;
  }
  return v;
}

/** The classes of ASCII, filled at load, for the tokenizer's common case. */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, c) => unitClass(c));

/** Class bits of the code point cp, astral ones included: "𝐀" → LETTER | UPPER. */
export function pointClass(cp: number): number {
  return cp < 0x10000 ? unitClass(cp) : classify(String.fromCodePoint(cp));
}

/**
 * True for a UTF-16 unit that is a letter or number (\p{L}\p{N}) as a regex
 * reads a lone unit: a surrogate half is neither, nor is -1 or NaN (no
 * character). `isLetterOrNumber(0x61)` → true; `isLetterOrNumber(0x2019)` → false.
 */
export function isLetterOrNumber(c: number): boolean {
  return (unitClass(c) & (LETTER | NUMBER)) !== 0;
}
