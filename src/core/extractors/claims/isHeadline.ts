import { TITLE_CASE_SIGNALS } from '../../lexicon/claimFrameWords';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** Letters, and the apostrophes inside "Ashgrove’s". */
const inWord = (c: number): boolean => isUpper(c) || isLower(c) || c === 39 || c === 0x2019;
/** Fewest words of four letters or more a headline has: "Talks Resume" is too short to tell. */
const MIN_LONG_WORDS = 4;

/**
 * Whether [start, end) is a headline in title case, which states nothing to
 * check: no word of four letters or more in lower case, and a small word
 * capitalised inside it ("Accused Of Reckless Stunt With Ferry"). A sentence
 * full of names ("Senate Leader Ana Ruiz met Tom Hale") has no such
 * small word. "Mayor Faces Vote Over Harbour Levy" → true.
 */
export function isHeadline(text: string, start: number, end: number): boolean {
  // most sentences have a lower-case word within their first two: nothing to scan
  let i = start;
  while (i < end && !inWord(text.charCodeAt(i))) i++;
  if (i >= end || !isUpper(text.charCodeAt(i))) return false;
  let long = 0;
  let signal = false;
  for (let first = true; i < end; first = false) {
    let e = i;
    while (e < end && inWord(text.charCodeAt(e))) e++;
    const upper = isUpper(text.charCodeAt(i));
    if (!upper && e - i >= 4) return false;
    if (e - i >= 4) long++;
    if (upper && !first && !signal && e - i <= 7) signal = TITLE_CASE_SIGNALS.has(text.slice(i, e));
    i = e;
    while (i < end && !inWord(text.charCodeAt(i))) i++;
  }
  return signal && long >= MIN_LONG_WORDS;
}
