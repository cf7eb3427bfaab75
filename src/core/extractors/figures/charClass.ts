import { isTrimSpace } from '../../charCodes';

/** Classes of UTF-16 code units, as the tokenizer reads them. */
export const OTHER = 0;
export const LETTER = 1;
export const SPACE = 2;
export const DIGIT = 3;

/** Letters, and the combining accents of decomposed text ("A\u0303"), which belong to the letter before them. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x3ff);
}

/**
 * The class of every code unit, looked up once per character instead of a
 * chain of range tests: CHAR_CLASS['a'.charCodeAt(0)] → LETTER.
 */
export const CHAR_CLASS: Uint8Array = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  CHAR_CLASS[c] = isLetterCode(c) ? LETTER : isTrimSpace(c) ? SPACE : c >= 48 && c <= 57 ? DIGIT : OTHER;
}
