import { continuesWord } from './countWords';
import { isLetterOrNumber } from './wordChars';

/** Short words a title keeps in lower case ("Meet the Press"). */
const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'is']);
const LONGEST_MINOR = Math.max(...[...MINOR_WORDS].map((w) => w.length));

/** Whether text[start, end), the index-th word, may stand in a title: capitalised, a number, or a minor word past the first. */
function titleWord(text: string, start: number, end: number, index: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x80 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : text[start] !== text[start].toLowerCase()) return true;
  // A lower-case word is a minor one or none; lower-casing never shortens a word.
  return index > 0 && end - start <= LONGEST_MINOR && MINOR_WORDS.has(text.slice(start, end).toLowerCase());
}

/** titleWord for a word as a string, as the /u word regex reads it. `isTitleWord("the", 1)` → true. */
export function isTitleWord(word: string, index: number): boolean {
  return titleWord(word, 0, word.length, index);
}

/**
 * True when every word of text (as countWords reads words) may stand in a
 * title, read in place without a Unicode regex. For text within the BMP,
 * as countWords has checked. `titleWords("Meet the Press")` → true; `titleWords("Meet them")` → false.
 */
export function titleWords(text: string): boolean {
  let index = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetterOrNumber(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < text.length && continuesWord(text.charCodeAt(i))) i++;
    if (!titleWord(text, start, i, index++)) return false;
  }
  return true;
}
