/**
 * How many of the ascending `starts` lie below `x`: the first index whose
 * value is not below it. The dates stage's own copy of lowerBound, for plain
 * arrays of offsets only: the shared one is also handed typed arrays by other
 * stages, and a search that sees one kind of array stays small and inlined.
 * `startsBelow([1, 3, 3, 7], 3)` → 1.
 */
export function startsBelow(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
