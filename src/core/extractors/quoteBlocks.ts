import type { Paragraph } from '../model';
import { LINE_OPENERS } from '../lexicon/quoteMarks';
import { trimRange } from '../segment/whiteSpace';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** True when the block starts a new paragraph rather than a new line. */
  readonly paragraphStart: boolean;
}

/**
 * The stretches a quotation may span before it must close or be reopened:
 * paragraphs, cut again where a line starts with an opening mark, as quoted
 * speech set line by line does. `"A\n“B"` → [A], [“B].
 */
export function quoteBlocks(text: string, paragraphs: readonly Paragraph[]): Block[] {
  const out: Block[] = [];
  const re = new RegExp(LINE_OPENERS.source, 'g');
  for (const p of paragraphs) {
    let from = p.start;
    const paragraph = text.slice(p.start, p.end);
    re.lastIndex = 0;
    for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
      const [s, e] = trimRange(text, from, p.start + m.index);
      if (s < e) out.push({ start: s, end: e, paragraphStart: from === p.start });
      from = p.start + m.index + m[0].length;
    }
    const [s, e] = trimRange(text, from, p.end);
    if (s < e) out.push({ start: s, end: e, paragraphStart: from === p.start });
  }
  return out;
}
