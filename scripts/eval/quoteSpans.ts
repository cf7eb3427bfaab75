import type { Article, Tally } from './quoteScore';

// Offsets and span matching as ../shared/eval/README.md defines them, and the regex baseline.

export type Pair = readonly [number, number];

/** Code point offsets (the dataset's) to UTF-16 offsets (the engine's). */
export function toUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** A match per README: the overlap is at least half of the longer span. */
export const matches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= Math.max(a.end - a.start, b.end - b.start) / 2;
export const overlaps = (a: Pair, b: Pair) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

/** The dataset scores each paragraph's stretch of a multi-paragraph quote on its own. */
const REOPEN = /\s*(?:\r\n|\n|\r)\s*(?=["\u201c\u201e\u00ab]|''|``)/g;
export function segments(text: string, start: number, end: number): Pair[] {
  const out: Pair[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(REOPEN)) {
    out.push([from, start + m.index!]);
    from = start + m.index! + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/** Span F1 of the plain regex baseline over the same gold, counted into `t`. */
export function scoreBaseline(a: Article, text: string, t: Tally): void {
  const cp = toUtf16(a.text);
  const spans = [...text.matchAll(/"[^"]*"/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const taken = new Set<number>();
  t.pred += spans.length;
  for (const g of a.quotes) {
    t.gold++;
    const i = spans.findIndex((s, k) => !taken.has(k) && matches(s, { start: cp(g.start), end: cp(g.end) }));
    if (i >= 0) { taken.add(i); t.tp++; }
  }
}
