import { QUOTE_MARK_OR_TAG } from '../lexicon/quoteMarks';

/**
 * Every mark and markup tag of a text, found in one pass, then handed out
 * block by block: scanning each block's own slice would copy the whole text
 * once more. Blocks must be asked for in text order.
 * `new QuoteMarkIndex('A "b"\n\nc').within(0, 5)` → [0, 2] (the two marks).
 */
export class QuoteMarkIndex {
  private readonly at: number[] = [];
  private readonly length: number[] = [];
  private next = 0;

  constructor(text: string) {
    const re = new RegExp(QUOTE_MARK_OR_TAG.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.at.push(m.index);
      this.length.push(m[0].length);
    }
  }

  /**
   * The index range [from, to) of the matches inside [start, end), or null
   * when a match crosses the block's edge (a tag over a lone CR, '' astride
   * two blocks): the block alone might read those characters otherwise.
   */
  within(start: number, end: number): [number, number] | null {
    const { at, length } = this;
    let i = this.next;
    while (i < at.length && at[i] + length[i] <= start) i++;
    this.next = i;
    if (i < at.length && at[i] < start) return null;
    const from = i;
    for (; i < at.length && at[i] < end; i++) if (at[i] + length[i] > end) return null;
    this.next = i;
    return [from, i];
  }

  markAt(i: number): number {
    return this.at[i];
  }

  lengthAt(i: number): number {
    return this.length[i];
  }
}
