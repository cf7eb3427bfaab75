import type { Paragraph } from '../model';
import { LINE_OPENERS } from '../lexicon/quoteMarks';
import { lineBreakSearch } from '../segment/lineBreaks';
import { trimmedEnd, trimmedStart } from '../segment/whiteSpace';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** True when the block starts a new paragraph rather than a new line. */
  readonly paragraphStart: boolean;
}

const OPENERS = new RegExp(LINE_OPENERS.source, 'g');

/**
 * The stretches a quotation may span before it must close or be reopened:
 * paragraphs, cut again where a line starts with an opening mark, as quoted
 * speech set line by line does. `"A\n“B"` → [A], [“B].
 */
export function quoteBlocks(text: string, paragraphs: readonly Paragraph[]): Block[] {
  const out: Block[] = [];
  const re = OPENERS;
  const nextLineBreak = lineBreakSearch(text);
  for (const p of paragraphs) {
    let from = p.start;
    // A paragraph of one line has no line to cut at, and most paragraphs are one line.
    const lineBreak = nextLineBreak(p.start);
    if (lineBreak >= 0 && lineBreak < p.end) {
      const paragraph = text.slice(p.start, p.end);
      re.lastIndex = 0;
      for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
        pushBlock(text, from, p.start + m.index, from === p.start, out);
        from = p.start + m.index + m[0].length;
      }
    }
    pushBlock(text, from, p.end, from === p.start, out);
  }
  return out;
}

/** Appends text[from, to) trimmed, unless nothing is left. */
function pushBlock(text: string, from: number, to: number, paragraphStart: boolean, out: Block[]): void {
  const start = trimmedStart(text, from, to);
  const end = trimmedEnd(text, start, to);
  if (start < end) out.push({ start, end, paragraphStart });
}
