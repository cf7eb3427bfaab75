import { sameWording, slipsAllowed, wordsOf } from './sameWording';

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const EDGE_START = /^[^\p{L}\p{N}\s]*/u;
const EDGE_END = /[^\p{L}\p{N}\s]*$/u;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The last text's words, kept: an article with many orphans is read once, not once per orphan. */
let last: { text: string; words: Word[] } | null = null;

function wordsWithOffsets(text: string): Word[] {
  if (last?.text === text) return last.words;
  const words = [...text.matchAll(WORD_RUN)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  last = { text, words };
  return words;
}

/** Up to `most` characters of `chars` next to the words, toward `step`: the marks a span opened or closed with. */
function edge(text: string, at: number, step: -1 | 1, most: number): number {
  let i = at;
  while (Math.abs(i - at) < most) {
    const c = text[step < 0 ? i - 1 : i];
    if (c === undefined || /[\p{L}\p{N}\s]/u.test(c)) break;
    i += step;
  }
  return i;
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
  const words = wordsWithOffsets(text);
  const slips = slipsAllowed(want.length);
  const lead = EDGE_START.exec(exact)![0].length;
  const trail = EDGE_END.exec(exact)![0].length;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + want.length <= words.length; i++) {
    let differ = 0;
    for (let j = 0; j < want.length && differ <= slips; j++) if (words[i + j].text !== want[j]) differ++;
    if (differ > slips) continue;
    const start = edge(text, words[i].start, -1, lead);
    const end = edge(text, words[i + want.length - 1].end, 1, trail);
    if (sameWording(exact, text.slice(start, end))) out.push({ start, end });
  }
  return out;
}
