import { isTrimSpace } from '../charCodes';
import { isLetterOrNumber } from './wordChars';
import type { MarkToken } from './quoteMarks';

/**
 * What a double mark does to the pairing: `open` a quote, open a `weak` one
 * that is dropped unless it closes, `close` the innermost double quote, or
 * `skip` as a stray mark.
 */
export type DoubleAction = 'open' | 'weak' | 'close' | 'skip';

// Neighbours are read as codes, -1 for none (the block's edge).
/** White space or . , ; : ! ? */
const isSpaceOrStop = (c: number) => isTrimSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
/** . , ; ! ? and … : a mark right after one ends a quote, whatever follows. */
export const isQuoteEndStop = (c: number) => c === 0x2e || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2026;

export const looksOpening = (prev: number, next: number) => !isLetterOrNumber(prev) && next >= 0 && !isSpaceOrStop(next);
export const looksClosing = (prev: number, next: number) => prev >= 0 && !isTrimSpace(prev) && !isLetterOrNumber(next);
const onlyClosing = (prev: number, next: number) => looksClosing(prev, next) && !looksOpening(prev, next);

/**
 * The action of a curly or angle double mark whose shape names its role,
 * read against its neighbours, since news copy often types the wrong shape:
 * `“rapists“ while` and `That is all. “` end at the second “, `aides ”get close”`
 * and a paragraph set as `”We will …”` open at the ”. A mistyped opener opens
 * weakly: without a closer it is no quote. `inDouble` tells a double quote is open.
 */
export function shapedRole(m: MarkToken, prev: number, next: number, inDouble: boolean): DoubleAction {
  // `` is never mistyped for a closer.
  if (m.role === 'open' && m.length === 1) {
    const closes = next < 0 || onlyClosing(prev, next) || (isQuoteEndStop(prev) && !isLetterOrNumber(next));
    if (closes) return inDouble ? 'close' : 'skip';
    return 'open';
  }
  if (m.role === 'open') return 'open';
  if (inDouble) return 'close';
  return prev < 0 || (looksOpening(prev, next) && !looksClosing(prev, next)) ? 'weak' : 'skip';
}

/**
 * For each k, how many double marks after marks[k] could close a quote: straight ones and right-shaped
 * ones. Counted once for the block, from its end, as a block of thousands of marks would make a count
 * at each mark quadratic. `"a" “b”` → [2, 1, 1, 0].
 */
export function closersAfter(marks: readonly MarkToken[]): Int32Array {
  const after = new Int32Array(marks.length);
  for (let j = marks.length - 1, n = 0; j >= 0; j--) {
    after[j] = n;
    if (marks[j].family === 'double' && marks[j].role !== 'open') n++;
  }
  return after;
}
