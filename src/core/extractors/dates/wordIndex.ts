import { classTotal, entriesOf, hashOf, SHAPES, shapeOf, spells, wordClass } from './anchorWords';
import type { FinderContext } from './candidate';

export { wordClass } from './anchorWords';

/** One per finder context: for each class, its words' starts in text order. */
const INDEXES = new WeakMap<FinderContext, number[][]>();

/** What `\b` counts as a word character (ASCII letters, digits, `_`), one flag per UTF-16 code: one load per step of the pass. */
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
/** NaN past the end of the text reads as 0 (no word), as the comparisons did. */
const isWord = (c: number): boolean => WORD[c] === 1;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Four-digit numbers standing as words, what `\b\d{4}\b` finds. */
export const FOUR_DIGITS = wordClass([]);
/** Words led by a digit, `noon` or `midnight` (any case): where `\b(?:\d|noon|midnight)` matches. */
export const CLOCK_STARTS = wordClass([]);
/** Where `0'?s\b|ties\b` (any case) matches: the `0` or `t` ending a word as in `1990s`, `1990's`, `nineties`. */
export const DECADE_ENDS = wordClass([]);

/** Whether text[at, …) starts with the lower-case `word` in any case. */
const opens = (text: string, at: number, end: number, word: string): boolean => end - at >= word.length && spells(text, at, at + word.length, word);

/**
 * The classes of words known by their form rather than their spelling, which
 * the same pass fills; the end of a word cut by `from` still counts, from `from` on.
 */
function pushForms(text: string, start: number, end: number, from: number, index: number[][]): void {
  const first = text.charCodeAt(start);
  if (start >= from) {
    if (isDigit(first) || opens(text, start, end, 'noon') || opens(text, start, end, 'midnight')) index[CLOCK_STARTS].push(start);
    if (end - start === 4 && isDigit(first) && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2)) && isDigit(text.charCodeAt(start + 3))) index[FOUR_DIGITS].push(start);
  }
  const last = text.charCodeAt(end - 1) | 32;
  let decade = -1;
  if (last === 115 && end - start >= 4 && spells(text, end - 4, end, 'ties')) decade = end - 4;
  else if (last === 115 && end - start >= 2 && text.charCodeAt(end - 2) === 48) decade = end - 2; // 0s
  else if (last === 48 && text.charCodeAt(end) === 39 && (text.charCodeAt(end + 1) | 32) === 115 && !isWord(text.charCodeAt(end + 2))) decade = end - 1; // 0's
  if (decade >= from) index[DECADE_ENDS].push(decade);
}

/** One pass over the words from ctx.from on, filling every class at once. */
function indexOf(ctx: FinderContext): number[][] {
  const cached = INDEXES.get(ctx);
  if (cached) return cached;
  const { text, from } = ctx;
  const index: number[][] = [];
  for (let id = classTotal(); id > 0; id--) index.push([]);
  let i = from;
  while (i > 0 && i < text.length && isWord(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i))) i++; // a word cut by `from` is no word
  if (i > from) {
    let start = from;
    while (start > 0 && isWord(text.charCodeAt(start - 1))) start--;
    pushForms(text, start, i, from, index);
  }
  const length = text.length;
  while (i < length) {
    if (WORD[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && WORD[text.charCodeAt(i)] === 1) i++;
    // only a word led by a digit, n or m, or ending in s or 0 can have a form
    const first = text.charCodeAt(start) | 32;
    const last = text.charCodeAt(i - 1) | 32;
    if (first <= 57 || first === 110 || first === 109 || last === 115 || last === 48) pushForms(text, start, i, from, index);
    if (!SHAPES[shapeOf(text, start, i)]) continue;
    for (const entry of entriesOf(hashOf(text, start, i))) {
      if (!spells(text, start, i, entry.word)) continue;
      for (const id of entry.classes) index[id].push(start);
    }
  }
  INDEXES.set(ctx, index);
  return index;
}

/**
 * Where the words of a class stand as whole words, in text order: what
 * `\b(?:day|days)\b` with flag `i` finds from ctx.from on.
 */
export function wordAnchors(ctx: FinderContext, id: number): readonly number[] {
  return indexOf(ctx)[id];
}

/** The words of a simple alternation, `s?` spelled out: `days?|century` → day, days, century. */
export function wordSet(alternation: string): string[] {
  return alternation.toLowerCase().split('|').flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]));
}
