import { isTrimSpace, isWordCode } from '../../charCodes';
import { MONTHS } from '../../lexicon/temporal';
import type { FinderContext } from './candidate';
import { digitJoinEnd } from './wordForms';
import { DIGIT_JOINS, wordAnchors, wordClass } from './wordIndex';

/** What an explicit date or clock time contains: a month name, `noon`, `midnight`… */
const ANCHOR_WORDS = wordClass([...Object.keys(MONTHS), 'noon', 'midnight']);
/* … or `14/2`, `13:00`, `10 p.m.`: DIGIT_JOINS, found by the same pass */
/** Characters kept either side of an anchor: enough for "Saturday, February 14-15, 2023 at 10:30 p.m.". */
const REACH = 40;

/**
 * The stretches of text around each anchor, merged and cut at white space, so
 * that chrono reads a fraction of a news text: `[[start, end], …]` in text order.
 * The anchor words and the digit joins, each list in text order, are read in
 * one merge (words and digits never overlap), with no list of both to sort.
 */
export function chronoWindows(ctx: FinderContext): [number, number][] {
  const { text, from } = ctx;
  const words = wordAnchors(ctx, ANCHOR_WORDS);
  const joins = wordAnchors(ctx, DIGIT_JOINS);
  const out: [number, number][] = [];
  for (let w = 0, j = 0; w < words.length || j < joins.length; ) {
    let at: number;
    let to: number;
    if (j >= joins.length || (w < words.length && words[w] < joins[j])) {
      at = words[w++];
      to = at;
      while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
    } else {
      at = joins[j++];
      to = Math.max(at + 1, digitJoinEnd(text, at));
    }
    let start = Math.max(from, at - REACH);
    while (start > from && !isTrimSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, to + REACH);
    while (end < text.length && !isTrimSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
