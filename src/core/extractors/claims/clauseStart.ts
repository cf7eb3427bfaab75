import { isDigitCode } from '../../charCodes';

const isClauseMark = (c: number): boolean => c === 44 || c === 59 || c === 58;
const isSingleMark = (c: number): boolean => c === 39 || c === 0x2019;

/** Where the clause mark ending the quote closing at `close` stands, inner single marks aside (`role,'"`), or -1. */
function stopOfQuote(seg: string, close: number): number {
  let k = close - 1;
  while (k > 0 && isSingleMark(seg.charCodeAt(k))) k--;
  return isClauseMark(seg.charCodeAt(k)) ? k : -1;
}

/**
 * Where the clause holding `at` starts: just past the last comma, semicolon or
 * colon before it, in one backward pass (from index 0 when `at` is 0, as lastIndexOf reads it).
 * A mark inside a closed pair of double quotes counts for nothing: in
 * `X called it "too little, too late" and said` the clause starts at 0; one
 * right before the closing mark ends a clause (`on “Kesterton,” Ann Lee said`).
 */
export function clauseStart(seg: string, at: number): number {
  // straight marks passed (odd: inside a quote), curly closing marks not yet opened, and the first mark met inside
  let straight = 0;
  let curly = 0;
  let inside = -1;
  for (let i = Math.max(at - 1, 0); i >= 0; i--) {
    const c = seg.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) {
      // "a survey of 2,000 voters", "at 10:30": a mark between digits ends no clause
      if (isDigitCode(seg.charCodeAt(i - 1)) && isDigitCode(seg.charCodeAt(i + 1))) continue;
      if (straight === 0 && curly === 0) return i + 1;
      if (inside < 0) inside = i;
    } else if (c === 34 || c === 0x201d) {
      // a comma just inside the closing mark ends the clause, as the quote's own stop: `“Kesterton,” Ann Lee said`
      const stop = straight === 0 && curly === 0 ? stopOfQuote(seg, i) : -1;
      if (stop >= 0) return stop + 1;
      if (c === 0x201d) curly++;
      else {
        straight ^= 1;
        if (straight === 0 && curly === 0) inside = -1;
      }
    } else if (c === 0x201c && curly > 0 && --curly === 0 && straight === 0) inside = -1;
  }
  // a quote that never opens: the mark counts after all
  return inside + 1;
}
