import type { Quote, Stage, Warning } from '../model';
import { quoteBlocks, type Block } from './quoteBlocks';
import { quoteKind } from './quoteKind';
import { QuoteMarkIndex } from './quoteMarkIndex';
import { findQuoteMarks } from './quoteMarks';
import { pairQuotes } from './quotePairs';
import { closesCarried } from './carriedQuote';
import { withUnmarked } from './unmarkedQuotes';

/** A quote within one block, before quotes reopened in the next block are joined to it. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly unclosed: boolean;
  /** Index of the enclosing piece in the same list, or -1. */
  readonly parent: number;
  readonly block: number;
  /** True when a straight `"` opens it: copy reopens a quote with the marks it opened with. */
  readonly straight: boolean;
  /** Goes on from the block before without a mark to reopen it. */
  readonly carried: boolean;
  readonly double: boolean;
}

/** Whether a paragraph opens with a single quote mark: `'Next year…` (an apostrophe as in `'90s` does not). */
function opensSingle(text: string, block: Block | undefined): boolean {
  if (!block?.paragraphStart || block.end - block.start < 2) return false;
  const c = text.charCodeAt(block.start);
  const d = text.charCodeAt(block.start + 1);
  return (c === 0x27 || c === 0x2018) && ((d >= 0x41 && d <= 0x5a) || d === 0x2026 || d === 0x2e);
}

/** Whether the block before block `index` ends inside a double quote it never closed. */
function leftOpen(pieces: readonly Piece[], index: number): boolean {
  for (let i = pieces.length - 1; i >= 0 && pieces[i].block === index - 1; i--) if (pieces[i].parent < 0) return pieces[i].unclosed && pieces[i].double;
  return false;
}

/** Appends a block's quotes to `pieces`. */
function blockPieces(text: string, block: Block, next: Block | undefined, index: number, marks: QuoteMarkIndex, pieces: Piece[], strays: number[]): void {
  const tokens = findQuoteMarks(text, block.start, block.end, marks);
  // Most blocks hold no mark, or apostrophes only.
  if (tokens.length === 0) return;
  const raw = pairQuotes(text, tokens, block.start, block.end, strays, opensSingle(text, next), leftOpen(pieces, index) && closesCarried(text, tokens, block.start, block.end));
  const first = pieces.length;
  for (const q of raw) {
    const closed = q.close !== null;
    const end = closed ? q.close! + q.closeLength : block.end;
    const parent = q.parent >= 0 ? first + q.parent : -1;
    const contentEnd = closed ? q.close! : block.end;
    const straight = text.charCodeAt(q.open) === 0x22;
    pieces.push({ start: q.open, end, contentStart: q.open + q.openLength, contentEnd, unclosed: !closed, parent, block: index, straight, carried: q.carried === true, double: q.double });
  }
}

/**
 * Joins a quote left open at a block's end to the quote that reopens the
 * next block, as multi-paragraph speech is printed; the rest stay as they are.
 * Copy reopens with the marks it opened with: a paragraph set in straight
 * marks followed by one in curly marks is a pasted passage, then a new quote.
 */
function joinReopened(pieces: readonly Piece[], blocks: readonly Block[]): number[][] {
  const groups: number[][] = [];
  let open: number[] | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.parent >= 0) {
      groups.push([i]);
      continue;
    }
    const last = open ? pieces[open[open.length - 1]] : undefined;
    if (open && last && p.block === last.block + 1 && p.start === blocks[p.block].start && (p.straight === last.straight || p.carried)) open.push(i);
    else groups.push((open = [i]));
    if (!p.unclosed) open = null;
  }
  return groups;
}

/** Fourth stage: quotations by their marks, the headline's too, nested ones linked, unclosed ones cut at their block; then transcript turns and dash dialogue. */
export const quotes: Stage = {
  name: 'quotes',
  run(analysis) {
    const { text } = analysis;
    const headline = analysis.article.headline;
    // The headline is a block of its own: its quotes are read like the body's, and attributed apart (headlineSpeakers).
    const body = quoteBlocks(text, analysis.paragraphs);
    const blocks = headline && text.slice(headline.start, headline.end).search(/["“”‘’'«»„]/) >= 0 ? [{ start: headline.start, end: headline.end, paragraphStart: true }, ...body] : body;
    const marks = new QuoteMarkIndex(text);
    const pieces: Piece[] = [];
    const strays: number[] = [];
    for (let i = 0; i < blocks.length; i++) blockPieces(text, blocks[i], blocks[i + 1], i, marks, pieces, strays);
    const groups = joinReopened(pieces, blocks);
    // Each piece's group number, 1-based: its quote's id is `q${n}`.
    const groupOf: number[] = new Array<number>(pieces.length);
    for (let i = 0; i < groups.length; i++) for (const p of groups[i]) groupOf[p] = i + 1;
    let children: Map<number, string[]> | undefined;
    for (let i = 0; i < groups.length; i++) {
      const parent = pieces[groups[i][0]].parent;
      if (parent < 0) continue;
      const parentGroup = groupOf[parent];
      children ??= new Map<number, string[]>();
      const siblings = children.get(parentGroup);
      if (siblings) siblings.push(`q${i + 1}`);
      else children.set(parentGroup, [`q${i + 1}`]);
    }
    const warnings: Warning[] = strays.map((at) => ({
      code: 'stray-quote-mark',
      message: 'This quote mark pairs with none: the quotation it opens seems to lack its closing mark.',
      start: at,
      end: at + 1,
    }));
    const out: Quote[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const first = pieces[g[0]];
      const last = pieces[g[g.length - 1]];
      const content = { start: first.contentStart, end: last.contentEnd, text: text.slice(first.contentStart, last.contentEnd) };
      if (last.unclosed) {
        warnings.push({ code: 'unclosed-quote', message: 'A quotation is not closed before its paragraph ends.', start: first.start, end: last.end });
      }
      const quote: { -readonly [K in keyof Quote]: Quote[K] } = {
        id: `q${i + 1}`,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        kind: quoteKind(content.text),
        content,
        speaker: null,
        unclosed: last.unclosed,
      };
      const nestedIds = children?.get(i + 1);
      if (nestedIds) quote.nestedIds = nestedIds;
      if (first.parent >= 0) quote.parentId = `q${groupOf[first.parent]}`;
      out.push(quote);
    }
    return { ...analysis, quotes: withUnmarked(text, analysis.paragraphs, out), warnings: warnings.length > 0 ? [...analysis.warnings, ...warnings] : analysis.warnings };
  },
};
