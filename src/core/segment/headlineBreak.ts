/** A first line that ends without punctuation, then a line that starts a sentence. */
const HEADLINE = /^([^\r\n]{1,160}?[^\s.,;:!?"'”’)\]\-–—])[ \t]*(?:\r\n|\n|\r)[ \t]*(?=["“‘(]?[\p{Lu}\d])/u;

/**
 * Where a paragraph's unpunctuated first line ends, when it reads as a
 * headline above the next sentence; natural would glue the two together.
 * `"Talks resume\nThe ministers met."` at 0 → 12; otherwise -1.
 */
export function headlineBreak(text: string, start: number, end: number): number {
  const m = HEADLINE.exec(text.slice(start, Math.min(end, start + 200)));
  return m ? start + m[1].length : -1;
}
