import { MONTHS } from '../../lexicon/temporal';
import type { FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';

/** What an explicit date or clock time contains: a month name, `noon`, `midnight`… */
const ANCHOR_WORDS = wordClass([...Object.keys(MONTHS), 'noon', 'midnight']);
/** … or `14/2`, `13:00`, `10 p.m.`. */
const DIGITS = /\d(?:[/:-]\d|\s*[ap]\.?m\b)/gi; // the digit taken out front: the same matches, found faster
/** Characters kept either side of an anchor: enough for "Saturday, February 14-15, 2023 at 10:30 p.m.". */
const REACH = 40;

const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Exactly what `\s` matches, read from a char code so that no one-character string is made per step. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The anchors as [start, end), in text order; words and digits never overlap. */
function anchors(ctx: FinderContext): [number, number][] {
  const out: [number, number][] = [];
  for (const start of wordAnchors(ctx, ANCHOR_WORDS)) {
    let end = start;
    while (end < ctx.text.length && isWord(ctx.text.charCodeAt(end))) end++;
    out.push([start, end]);
  }
  DIGITS.lastIndex = ctx.from;
  for (let m = DIGITS.exec(ctx.text); m; m = DIGITS.exec(ctx.text)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The stretches of text around each anchor, merged and cut at white space, so
 * that chrono reads a fraction of a news text: `[[start, end], …]` in text order.
 */
export function chronoWindows(ctx: FinderContext): [number, number][] {
  const { text, from } = ctx;
  const out: [number, number][] = [];
  for (const [at, to] of anchors(ctx)) {
    let start = Math.max(from, at - REACH);
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, to + REACH);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
