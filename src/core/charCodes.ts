/*
 * Tests on one UTF-16 code, shared by the stages that read text by char code
 * so that no one-character string is made per step.
 */

/** An ASCII digit, as `\d` takes it: `isDigitCode(0x37)` → true, `isDigitCode(0x661)` → false. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What String.prototype.trim and the regex `\s` take as white space: `isTrimSpace(0xa0)` → true, `isTrimSpace(0x200b)` → false. */
export function isTrimSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What `\b` counts as a word character: ASCII letters, digits and `_`. `isWordCode(0x5f)` → true, `isWordCode(0xe9)` → false. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * A code that may be part of a word: `isWordCode`, or one from À up to the
 * General Punctuation block, where most letters of Latin, Greek and Cyrillic
 * lie. `mayBeWordCode(0xe9)` → true, `mayBeWordCode(0x2019)` → false.
 */
export function mayBeWordCode(c: number): boolean {
  return isWordCode(c) || (c >= 0xc0 && c < 0x2000);
}
