import type { Word } from './word';
import { wordAt } from './words';

/**
 * wordAt(ws, at, lo) for an answer most often a few words past `lo`: steps of
 * 1, 2, 4 … find a bound first, so the binary search spans those few words,
 * not the rest of the article. Words starting 0, 4, 9, 15: at 9 from 1 → 2.
 */
export function wordFrom(ws: readonly Word[], at: number, lo: number): number {
  let hi = lo;
  let step = 1;
  while (hi < ws.length && ws[hi].start < at) {
    lo = hi + 1;
    hi = lo + step;
    step <<= 1;
  }
  return wordAt(ws, at, lo, Math.min(hi, ws.length));
}
