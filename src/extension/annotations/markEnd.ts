import type { Quote } from '../../core/model';

/** What may stand between a claim's end and the quote's end: the closing mark, with a comma or full stop before it. */
const CLOSING_TAIL = /^\p{P}{1,3}$/u;

/** The last quote that starts before `offset` (quotes are sorted by start), or -1. */
function lastBefore(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Where the ✓ or ✎ after a claim goes: past the closing quotation mark when the
 * claim ends inside a quote that closes right after it, so the mark never reads
 * as part of the quoted words; otherwise at the claim's end. A binary search,
 * as a large article repaints its marks on every analysis.
 * `"We will build it," she said.` with the claim `We will build it` → the offset after `,"`.
 */
export function markEnd(quotes: readonly Quote[], end: number): number {
  let q: Quote | undefined = quotes[lastBefore(quotes, end)];
  // The quote just before may be a nested one that closed earlier: its parent may hold the end.
  while (q) {
    if (!q.unclosed && end < q.end && CLOSING_TAIL.test(q.text.slice(end - q.start))) return q.end;
    const parent: string | undefined = q.parentId;
    q = parent === undefined ? undefined : quotes.find((p) => p.id === parent);
  }
  return end;
}
