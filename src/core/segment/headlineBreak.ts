/** A first line that ends without punctuation, then a line that starts a sentence. */
const HEADLINE = /^([^\r\n]{1,160}?[^\s.,;:!?"'”’)\]\-–—])[ \t]*(?:\r\n|\n|\r)[ \t]*(?=["“‘(]?[\p{Lu}\d])/u;

/**
 * Where a paragraph's unpunctuated first line ends, when it reads as a
 * headline above the next sentence; natural would glue the two together.
 * `"Talks resume\nThe ministers met."` at 0 → 12; otherwise -1. `nextLineBreak` is the text's lineBreakSearch.
 */
export function headlineBreak(text: string, start: number, end: number, nextLineBreak: (from: number) => number): number {
  const limit = Math.min(end, start + 200);
  // Most paragraphs are one line: without a line break there is no headline to find.
  const lineBreak = nextLineBreak(start);
  if (lineBreak < 0 || lineBreak >= limit) return -1;
  const m = HEADLINE.exec(text.slice(start, limit));
  return m ? start + m[1].length : -1;
}
