import { isWordChar } from './spanText';

/**
 * Whether a span is markup pasted with the article, with fewer than `min`
 * words outside its tags: `<tweet id="7"></tweet>.` → true; `<b>Rents</b> rose 4%` → false for 3.
 */
export function isMarkup(text: string, start: number, end: number, min: number): boolean {
  if (text.charCodeAt(start) !== 60) return false;
  let words = 0;
  let inTag = false;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 60) inTag = true;
    else if (c === 62) inTag = false;
    const w = !inTag && c !== 62 && isWordChar(c);
    if (w && !inWord && ++words >= min) return false;
    inWord = w;
  }
  return true;
}
