import { sameWording, slipsAllowed, wordsOf } from './sameWording';

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /[^\p{L}\p{N}\s]/u;
const EDGE_START = /^[^\p{L}\p{N}\s]*/u;
const EDGE_END = /[^\p{L}\p{N}\s]*$/u;
/** Past this many places of a part of one word, reading every word of the text is quicker. */
const MAX_PLACES = 2000;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const wordsIn = (text: string, from: number, to: number): Word[] =>
  [...text.slice(from, to).matchAll(WORD_RUN)].map((m) => ({ text: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length }));

/** The last text lower-cased, kept: an article with many orphans is lower-cased once, not once per orphan. */
let last: { text: string; lower: string } | null = null;
function lowerOf(text: string): string {
  if (last?.text !== text) last = { text, lower: text.toLowerCase() };
  return last.lower;
}

/** Up to `most` marks next to the words, toward `step`: the quote marks or comma a span opened or closed with. */
function edge(text: string, at: number, step: -1 | 1, most: number): number {
  let i = at;
  while (Math.abs(i - at) < most && MARK.test(text[step < 0 ? i - 1 : i] ?? ' ')) i += step;
  return i;
}

/**
 * Where a copy of the words may start: a copy holds at least one of their
 * `slips + 1` longest words unslipped, so only the places of those are read,
 * not every word of a 5 MB article. Null when lower-casing changes the
 * text's length (offsets would not carry over), or a single word's parts are
 * everywhere: then every word is read.
 */
function starts(text: string, want: readonly string[], slips: number, reach: number): number[] | null {
  const lower = lowerOf(text);
  if (lower.length !== text.length) return null;
  if (want.length === 1) return oneWordStarts(text, lower, want[0]);
  const keys = want.map((w, j) => ({ w, j })).sort((a, b) => b.w.length - a.w.length).slice(0, slips + 1);
  const out = new Set<number>();
  for (const { w, j } of keys) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      if (WORD_CHAR.test(text[i - 1] ?? ' ') || WORD_CHAR.test(text[i + w.length] ?? ' ')) continue;
      // The copy starts j words before its key word.
      const before = j ? wordsIn(text, Math.max(0, i - reach), i) : [];
      if (before.length >= j) out.add(j ? before[before.length - j].start : i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * One word may be the slipped one itself, but a slip (a letter in or out, two
 * swapped) leaves its head before the middle letter or its tail after the
 * next one as they were: the starts of the words holding either.
 */
function oneWordStarts(text: string, lower: string, word: string): number[] | null {
  const h = Math.floor(word.length / 2);
  const keys = [word.slice(0, h - 1), word.slice(h + 1)];
  if (keys.some((k) => k.length < 3)) return null;
  const out = new Set<number>();
  for (const key of keys) {
    let places = 0;
    for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
      if (++places > MAX_PLACES) return null;
      let start = i;
      while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
      out.add(start);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The spans of the text whose words are `exact`'s words proofread
 * (sameWording), each with as many of the marks `exact` opened and closed
 * with as stand beside it: the places a review may follow its words to, as
 * it does while they are edited. A word added, dropped or replaced is no copy.
 * proofreadCopies('He said: the minstry is late.', 'the ministry is late') → [{ start: 9, end: 28 }]
 */
export function proofreadCopies(text: string, exact: string): { start: number; end: number }[] {
  const want = wordsOf(exact);
  if (!want.length) return [];
  const slips = slipsAllowed(want.length);
  const lead = EDGE_START.exec(exact)![0].length;
  const trail = EDGE_END.exec(exact)![0].length;
  const out: { start: number; end: number }[] = [];
  const take = (words: readonly Word[], i: number) => {
    if (i + want.length > words.length) return;
    let differ = 0;
    for (let j = 0; j < want.length && differ <= slips; j++) if (words[i + j].text !== want[j]) differ++;
    if (differ > slips) return;
    const start = edge(text, words[i].start, -1, lead);
    const end = edge(text, words[i + want.length - 1].end, 1, trail);
    if (sameWording(exact, text.slice(start, end))) out.push({ start, end });
  };
  // Room for the words with any spacing and punctuation a proofreader leaves.
  const reach = exact.length * 2 + 64;
  const places = starts(text, want, slips, reach);
  if (places) for (const from of places) take(wordsIn(text, from, Math.min(text.length, from + reach)), 0);
  else {
    const words = wordsIn(text, 0, text.length);
    for (let i = 0; i + want.length <= words.length; i++) take(words, i);
  }
  return out;
}
