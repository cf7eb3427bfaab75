/**
 * Index of the last span starting at or before `at`, in spans sorted by
 * start; 0 when none does, so callers check the span itself.
 * `[{start:0},{start:5}]`, 7 → 1.
 */
export function spanAt(spans: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
