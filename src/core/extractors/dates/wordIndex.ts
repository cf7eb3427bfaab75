import { isDigitCode, isWordCode } from '../../charCodes';
import { classTotal, pushAnchor, SMI } from './anchorWords';
import { pushCodes } from './codeWords';
import type { FinderContext } from './candidate';
import { mayHaveForm, pushDigitJoins, pushForms } from './wordForms';

export { wordClass } from './anchorWords';
export { FISCAL_WORDS, HALF_CODES, QUARTER_CODES } from './codeWords';
export { CLOCK_STARTS, DECADE_ENDS, DIGIT_JOIN, DIGIT_JOINS, FOUR_DIGITS } from './wordForms';

const NONE: readonly number[] = [];

/**
 * What `\b` counts as a word character (ASCII letters, digits, `_`), one
 * kind per ASCII code: one load per step of the pass. Digits are 2, the
 * rest 1, so that the pass also learns which words hold a digit, and which
 * hold letters beside it (3).
 */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = isDigitCode(c) ? 2 : isWordCode(c) ? 1 : 0;

/**
 * One pass over the words from ctx.from on, filling every class at once: for
 * each class, its words' starts in text order; none where a class has no
 * word. Each word is hashed as it is read, so that looking it up costs one
 * probe and no second walk over its letters. Kept on the context, which is
 * made anew for each text, so the finders of one text share it at less cost
 * than a WeakMap and nothing outlives the run.
 */
function indexOf(ctx: FinderContext): (number[] | undefined)[] {
  if (ctx.wordIndex) return ctx.wordIndex;
  const { text, from } = ctx;
  // a list only for the classes a text holds: most short texts hold few; the others stay holes, read as undefined, with no pass to fill them
  const index: (number[] | undefined)[] = new Array<number[] | undefined>(classTotal());
  let i = from;
  while (i > 0 && i < text.length && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i))) i++; // a word cut by `from` is no word
  let joined = from; // where the last DIGIT_JOIN ended
  if (i > from) {
    let start = from;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    pushForms(text, start, i, from, index);
    joined = pushDigitJoins(text, from, i, joined, index);
    pushCodes(text, start, i, from, index);
  }
  const length = text.length;
  while (i < length) {
    let c = text.charCodeAt(i);
    let kind = c < 128 ? WORD[c] : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    let kinds = 0;
    let h = 0;
    // hashOf's hash, step by step; past the end NaN is no word character
    do {
      kinds |= kind;
      h = (Math.imul(h, 31) + (c | 32)) & SMI;
      c = text.charCodeAt(++i);
      kind = c < 128 ? WORD[c] : 0;
    } while (kind !== 0);
    const end = i++; // the character that ended the word is none: stepped over at once
    if ((kinds & 2) !== 0) joined = pushDigitJoins(text, start, end, joined, index);
    if (kinds === 3) pushCodes(text, start, end, from, index);
    if (mayHaveForm(text, start, end)) pushForms(text, start, end, from, index);
    pushAnchor(text, start, end, h, index);
  }
  ctx.wordIndex = index;
  return index;
}

/**
 * Where the words of a class stand as whole words, in text order: what
 * `\b(?:day|days)\b` with flag `i` finds from ctx.from on.
 */
export function wordAnchors(ctx: FinderContext, id: number): readonly number[] {
  return indexOf(ctx)[id] ?? NONE;
}

/** The words of a simple alternation, `s?` spelled out: `days?|century` → day, days, century. */
export function wordSet(alternation: string): string[] {
  return alternation.toLowerCase().split('|').flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]));
}
