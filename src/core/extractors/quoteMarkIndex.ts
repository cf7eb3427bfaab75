import { QUOTE_MARKS, QUOTE_MARK_OR_TAG } from '../lexicon/quoteMarks';

const MARK_OR_TAG = new RegExp(QUOTE_MARK_OR_TAG.source, 'g');
/** Fails at once on a Latin-1 string, which V8 stores one byte a character. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** The marks a Latin-1 text can hold, each mark's first character: " ' « » and ` (of ``). */
const LATIN_MARKS = [...new Set([...QUOTE_MARKS.keys()].map((mark) => mark[0]))].filter((ch) => ch.charCodeAt(0) <= 0xff);

/**
 * QUOTE_MARK_OR_TAG's matches in a Latin-1 text without a tag ("<"), found
 * with indexOf, which is far faster there than a regex: one search per mark
 * character, merged in text order. Returns false, finding nothing, for
 * other texts. `latinMarks("''A,'' he said", at, length)` → at [0, 3], length [2, 2].
 */
function latinMarks(text: string, at: number[], length: number[]): boolean {
  if (text.includes('<') || BEYOND_LATIN1.test(text)) return false;
  const next: number[] = [];
  for (const ch of LATIN_MARKS) next.push(text.indexOf(ch));
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j] >= 0 && (k < 0 || next[j] < next[k])) k = j;
    if (k < 0) return true;
    const i = next[k];
    const c = text.charCodeAt(i);
    // '' and `` are one mark of two characters; a lone ` is none.
    const pair = (c === 0x27 || c === 0x60) && text.charCodeAt(i + 1) === c;
    if (pair || c !== 0x60) {
      at.push(i);
      length.push(pair ? 2 : 1);
    }
    next[k] = text.indexOf(LATIN_MARKS[k], pair ? i + 2 : i + 1);
  }
}

/**
 * Where the match of QUOTE_MARK_OR_TAG that ends at `end` starts, the search
 * having started at `from`: a tag at its "<", '' or `` two back, else one back.
 * A lone ' just after the search start cannot be the second half of ''.
 */
function matchStart(text: string, end: number, from: number): number {
  const c = text.charCodeAt(end - 1);
  if (c === 0x3e) return text.lastIndexOf('<', end - 1);
  if (c === 0x60) return end - 2;
  return c === 0x27 && end - 2 >= from && text.charCodeAt(end - 2) === 0x27 ? end - 2 : end - 1;
}

/**
 * Every mark and markup tag of a text, found in one pass, then handed out
 * block by block: scanning each block's own slice would copy the whole text
 * once more. Blocks must be asked for in text order.
 * `new QuoteMarkIndex('A "b"\n\nc').within(0, 5)` → true, with first 0 and last 2 (the two marks).
 */
export class QuoteMarkIndex {
  private readonly at: number[] = [];
  private readonly length: number[] = [];
  private next = 0;
  /** The index range [first, last) of the block that within() last accepted. */
  first = 0;
  last = 0;

  constructor(text: string) {
    if (latinMarks(text, this.at, this.length)) return;
    // test() rather than exec(): no match object per mark, and the end tells the start.
    const re = MARK_OR_TAG;
    re.lastIndex = 0;
    for (let from = 0; re.test(text); from = re.lastIndex) {
      const start = matchStart(text, re.lastIndex, from);
      this.at.push(start);
      this.length.push(re.lastIndex - start);
    }
  }

  /**
   * Sets [first, last) to the matches inside [start, end) and returns true,
   * or returns false when a match crosses the block's edge (a tag over a lone
   * CR, '' astride two blocks): the block alone might read those characters otherwise.
   */
  within(start: number, end: number): boolean {
    const { at, length } = this;
    let i = this.next;
    while (i < at.length && at[i] + length[i] <= start) i++;
    this.next = i;
    if (i < at.length && at[i] < start) return false;
    const first = i;
    for (; i < at.length && at[i] < end; i++) if (at[i] + length[i] > end) return false;
    this.next = i;
    this.first = first;
    this.last = i;
    return true;
  }

  markAt(i: number): number {
    return this.at[i];
  }

  lengthAt(i: number): number {
    return this.length[i];
  }
}
