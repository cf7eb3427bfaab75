import type { Quote, Stage, Warning } from '../model';
import { quoteBlocks, type Block } from './quoteBlocks';
import { quoteKind } from './quoteKind';
import { findQuoteMarks } from './quoteMarks';
import { pairQuotes } from './quotePairs';

/** A quote within one block, before quotes reopened in the next block are joined to it. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly unclosed: boolean;
  readonly parent: Piece | null;
  readonly block: number;
}

function blockPieces(text: string, block: Block, index: number): Piece[] {
  const raw = pairQuotes(text, findQuoteMarks(text, block.start, block.end), block.start, block.end);
  const pieces: Piece[] = [];
  for (const q of raw) {
    const closed = q.close !== null;
    const end = closed ? q.close! + q.closeLength : block.end;
    const parent = q.parent >= 0 ? pieces[q.parent] : null;
    const contentEnd = closed ? q.close! : block.end;
    pieces.push({ start: q.open, end, contentStart: q.open + q.openLength, contentEnd, unclosed: !closed, parent, block: index });
  }
  return pieces;
}

/**
 * Joins a quote left open at a block's end to the quote that reopens the
 * next block, as multi-paragraph speech is printed; the rest stay as they are.
 */
function joinReopened(pieces: readonly Piece[], blocks: readonly Block[]): Piece[][] {
  const groups: Piece[][] = [];
  let open: Piece[] | null = null;
  for (const p of pieces) {
    if (p.parent) {
      groups.push([p]);
      continue;
    }
    const last = open?.[open.length - 1];
    if (open && last && p.block === last.block + 1 && p.start === blocks[p.block].start) open.push(p);
    else groups.push((open = [p]));
    if (!p.unclosed) open = null;
  }
  return groups;
}

/** Fourth stage: quotations by their marks, nested ones linked, unclosed ones cut at their block. */
export const quotes: Stage = {
  name: 'quotes',
  run(analysis) {
    const { text } = analysis;
    const blocks = quoteBlocks(text, analysis.paragraphs);
    const pieces = blocks.flatMap((b, i) => blockPieces(text, b, i));
    const groups = joinReopened(pieces, blocks);
    const ids = new Map<Piece, string>();
    groups.forEach((g, i) => g.forEach((p) => ids.set(p, `q${i + 1}`)));
    const children = new Map<string, string[]>();
    for (const g of groups) {
      const parentId = g[0].parent && ids.get(g[0].parent);
      if (!parentId) continue;
      const siblings = children.get(parentId);
      if (siblings) siblings.push(ids.get(g[0])!);
      else children.set(parentId, [ids.get(g[0])!]);
    }
    const warnings: Warning[] = [];
    const out: Quote[] = groups.map((g, i) => {
      const first = g[0];
      const last = g[g.length - 1];
      const content = { start: first.contentStart, end: last.contentEnd, text: text.slice(first.contentStart, last.contentEnd) };
      if (last.unclosed) {
        warnings.push({ code: 'unclosed-quote', message: 'A quotation is not closed before its paragraph ends.', start: first.start, end: last.end });
      }
      const nestedIds = children.get(`q${i + 1}`);
      return {
        id: `q${i + 1}`,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        kind: quoteKind(content.text),
        content,
        speaker: null,
        unclosed: last.unclosed,
        ...(nestedIds ? { nestedIds } : {}),
        ...(first.parent ? { parentId: ids.get(first.parent) } : {}),
      };
    });
    return { ...analysis, quotes: out, warnings: [...analysis.warnings, ...warnings] };
  },
};
