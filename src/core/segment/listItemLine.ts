/** A list marker opening a line, blanks before it, then a blank: "- ", "• ", "12. ", "3) ". Sticky. */
const LIST_MARKER = /[ \t\u00a0]*(?:[-–—•*▪◦‣·]|\d{1,2}[.)])[ \t\u00a0]/y;

/** Marks that may end a list's lead-in or one of its items: "Key measures:", "road repairs;". */
const ENDS_ITEM = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x3a, 0x2c, 0x2026]);

/** Whether the line starting at `at` opens with a list marker. */
export function opensListItem(text: string, at: number, end: number): boolean {
  LIST_MARKER.lastIndex = at;
  return LIST_MARKER.test(text) && LIST_MARKER.lastIndex <= end;
}

/**
 * Whether the line break [from, to) inside a paragraph starting at `start` sets off a list item: the next
 * line opens with a marker, and the line before ends in punctuation, or some line of the paragraph so far opens an item.
 * `"Measures:\n- £12m for roads;\n- 40 staff"` → true at both breaks; `"He left\n- and did not return"` → false.
 */
export function breaksBeforeListItem(text: string, start: number, end: number, from: number, to: number): boolean {
  if (!opensListItem(text, to, end)) return false;
  let last = from;
  while (last > start && (text.charCodeAt(last - 1) === 0x20 || text.charCodeAt(last - 1) === 0x09)) last--;
  if (last > start && ENDS_ITEM.has(text.charCodeAt(last - 1))) return true;
  // an item wrapped onto lines of its own ("- a tax credit for families earning under\n  $40,000 a year"):
  // any line of the paragraph so far that opens an item makes this a list
  for (let end = last; end > start; ) {
    let lineStart = end;
    while (lineStart > start && text.charCodeAt(lineStart - 1) !== 0x0a && text.charCodeAt(lineStart - 1) !== 0x0d) lineStart--;
    if (opensListItem(text, lineStart, end)) return true;
    end = lineStart - 1;
  }
  return false;
}
