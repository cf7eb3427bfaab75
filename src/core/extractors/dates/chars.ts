/** Character tests by char code, so that no one-character string is made per step. */

/** ASCII letters, digits and `_`: what `\b` counts as a word character. */
export const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Exactly what `\s` matches. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
