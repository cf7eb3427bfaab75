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

const length = (c: Candidate) => c.span.end - c.span.start;
const inner = (a: Candidate, b: Candidate) => (length(b) < length(a) || (length(b) === length(a) && RANK[b.kind] < RANK[a.kind]) ? b : a);
const toResult = (c: Candidate): HoverResult => ({ markdown: c.markdown(), range: { start: c.span.start, end: c.span.end }, kind: c.kind, id: c.span.id });

/** A quote's partner in a hover is the claim it holds or sits in, and the other way round. */
export const HOVER_PARTNER: Partial<Record<HoverKind, HoverKind>> = { quote: 'claim', claim: 'quote' };

/**
 * The hover for the innermost highlight at an offset, or null outside every span.
 * Inside a figure inside a quote inside a claim, the figure's hover wins:
 * hoverForOffset(a, offsetOf('eight')) → { kind: 'figure', id: 'f1', range, markdown }.
 */
export function hoverForOffset(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult | null {
  const found = candidates(analysis, offset, options);
  return found.length ? toResult(found.reduce(inner)) : null;
}

/**
 * The hovers at an offset, innermost first: that one, and when it is a quote or
 * a claim, also the innermost claim or quote overlapping it there, so a quote
 * that is also a claim can be reviewed from anywhere inside it.
 * hoversForOffset(a, offsetOf('We will')) → [{ kind: 'claim', id: 'c1', … }, { kind: 'quote', id: 'q1', … }].
 */
export function hoversForOffset(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult[] {
  const found = candidates(analysis, offset, options);
  if (found.length === 0) return [];
  const best = found.reduce(inner);
  const partners = found.filter((c) => c.kind === HOVER_PARTNER[best.kind]);
  return (partners.length ? [best, partners.reduce(inner)] : [best]).map(toResult);
}

function candidates(analysis: Analysis, offset: number, options: HoverOptions): Candidate[] {
  return [
    ...analysis.figures.filter((f) => covers(f, offset)).map((f): Candidate => ({ kind: 'figure', span: f, markdown: () => figureHover(analysis, f, options) })),
    ...analysis.dates.filter((d) => covers(d, offset)).map((d): Candidate => ({ kind: 'date', span: d, markdown: () => dateHover(analysis, d, options) })),
    ...analysis.quotes.filter((q) => covers(q, offset)).map((q): Candidate => ({ kind: 'quote', span: q, markdown: () => quoteHover(analysis, q, options) })),
    ...analysis.claims.filter((c) => covers(c, offset)).map((c): Candidate => ({ kind: 'claim', span: c, markdown: () => claimHover(analysis, c, options) })),
  ];
}
