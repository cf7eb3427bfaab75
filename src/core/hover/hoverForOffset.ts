import type { Analysis, Span } from '../model';
import type { HoverKind, HoverOptions, HoverResult } from './hoverOptions';
import { quoteHover } from './quoteHover';
import { claimHover } from './claimHover';
import { figureHover } from './figureHover';
import { dateHover } from './dateHover';

export type { HoverKind, HoverOptions, HoverResult } from './hoverOptions';

interface Candidate {
  readonly kind: HoverKind;
  readonly span: Span & { readonly id: string };
  readonly markdown: () => string;
}

/** On equal length the more specific kind wins: a figure that is a whole claim is still a figure. */
const RANK: Readonly<Record<HoverKind, number>> = { figure: 0, date: 1, quote: 2, claim: 3 };

const covers = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/**
 * The hover for the innermost highlight at an offset, or null outside every span.
 * Inside a figure inside a quote inside a claim, the figure's hover wins:
 * hoverForOffset(a, offsetOf('eight')) → { kind: 'figure', id: 'f1', range, markdown }.
 */
export function hoverForOffset(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult | null {
  const found: Candidate[] = [
    ...analysis.figures.filter((f) => covers(f, offset)).map((f): Candidate => ({ kind: 'figure', span: f, markdown: () => figureHover(analysis, f, options) })),
    ...analysis.dates.filter((d) => covers(d, offset)).map((d): Candidate => ({ kind: 'date', span: d, markdown: () => dateHover(analysis, d, options) })),
    ...analysis.quotes.filter((q) => covers(q, offset)).map((q): Candidate => ({ kind: 'quote', span: q, markdown: () => quoteHover(analysis, q, options) })),
    ...analysis.claims.filter((c) => covers(c, offset)).map((c): Candidate => ({ kind: 'claim', span: c, markdown: () => claimHover(analysis, c, options) })),
  ];
  if (found.length === 0) return null;
  const length = (c: Candidate) => c.span.end - c.span.start;
  const best = found.reduce((a, b) => (length(b) < length(a) || (length(b) === length(a) && RANK[b.kind] < RANK[a.kind]) ? b : a));
  return { markdown: best.markdown(), range: { start: best.span.start, end: best.span.end }, kind: best.kind, id: best.span.id };
}
