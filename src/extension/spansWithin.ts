/** How far back before a window a span may start and still reach into it; longer spans are rare (a quote runs a few lines). */
const LOOK_BACK = 64;

/** The first index whose span starts at or after `offset`; spans are sorted by start. */
function firstFrom<T extends { readonly start: number }>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans, sorted by start, that touch any of the windows, found by binary
 * search so a 5 MB article's 200k spans are not all visited on every scroll:
 * ([{ start: 0, end: 5 }, { start: 50, end: 60 }], [{ start: 40, end: 55 }]) → [{ start: 50, end: 60 }].
 */
export function spansWithin<T extends { readonly start: number; readonly end: number }>(
  spans: readonly T[],
  windows: readonly { readonly start: number; readonly end: number }[],
): T[] {
  const picked = new Set<number>();
  for (const w of windows) {
    const from = firstFrom(spans, w.start);
    for (let i = Math.max(0, from - LOOK_BACK); i < from; i++) if (spans[i].end >= w.start) picked.add(i);
    for (let i = from; i < spans.length && spans[i].start <= w.end; i++) picked.add(i);
  }
  return [...picked].sort((a, b) => a - b).map((i) => spans[i]);
}
