import { isLetterOrNumber } from './wordChars';

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A word goes on through letters, numbers, apostrophes, dots and hyphens. */
export const continuesWord = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d || isLetterOrNumber(c);

/**
 * How many words text holds, as a letter or number and then letters,
 * numbers, apostrophes, dots and hyphens, counting no further than limit + 1
 * and building no strings; -1 for text with characters beyond the BMP, which
 * only a /u regex reads right.
 * `countWords("We will win.", 8)` → 3.
 */
export function countWords(text: string, limit: number): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i++);
    if (isSurrogate(c)) return -1;
    if (!isLetterOrNumber(c)) continue;
    if (++n > limit) return n;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (isSurrogate(d)) return -1;
      if (!continuesWord(d)) break;
    }
  }
  return n;
}
