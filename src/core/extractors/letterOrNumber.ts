const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * True for a UTF-16 unit that is a letter or number (\p{L}\p{N}), as the
 * regex reads a lone unit: a surrogate half is neither, nor is -1 (no
 * character). ASCII and General Punctuation (dashes, curly marks) are
 * decided without the Unicode regex, whose tables are large to touch.
 * `isLetterOrNumber(0x61)` → true; `isLetterOrNumber(0x2019)` → false.
 */
export function isLetterOrNumber(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER_OR_NUMBER.test(String.fromCharCode(c));
}
