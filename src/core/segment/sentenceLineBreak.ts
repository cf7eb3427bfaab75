import { breaksBeforeListItem } from './listItemLine';

/** What a line that starts a sentence begins with; sticky, read right after the line break. */
const STARTS_SENTENCE = /[ \t\u00a0]*["“‘'(\[]?[\p{Lu}\d]/uy;

const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isClosingMark = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * For the line break at `at` inside the trimmed range [start, end): the
 * extent [from, to) of the blanks and the break when it ends a sentence
 * (`[.!?…]`, closing marks, blanks) before a line that starts one, else null.
 * The same test as /(?<=[.!?…]["'”’)\]]*)[ \t\u00a0]*(?:\r\n|\n|\r)(?=[ \t\u00a0]*["“‘'(\[]?[\p{Lu}\d])/u
 * over text[start, end), without running a lookbehind at every character.
 * A line that opens a list item is cut before too (see breaksBeforeListItem).
 * `("One.\nTwo.", 0, 9, 4)` → [4, 5]; `("One\nstill.", 0, 10, 3)` → null.
 */
export function sentenceLineBreak(text: string, start: number, end: number, at: number): [number, number] | null {
  const to = at + (text.charCodeAt(at) === 13 && at + 1 < end && text.charCodeAt(at + 1) === 10 ? 2 : 1);
  let from = at;
  while (from > start && isBlank(text.charCodeAt(from - 1))) from--;
  // "Measures:\n- £12m for roads;\n- 40 staff": each item of a list stands alone, whatever ends the line before.
  if (breaksBeforeListItem(text, start, end, from, to)) return [from, to];
  let stop = from;
  while (stop > start && isClosingMark(text.charCodeAt(stop - 1))) stop--;
  if (stop === start || !isStop(text.charCodeAt(stop - 1))) return null;
  STARTS_SENTENCE.lastIndex = to;
  const m = STARTS_SENTENCE.exec(text);
  return m && STARTS_SENTENCE.lastIndex <= end ? [from, to] : null;
}
