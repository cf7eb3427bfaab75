/**
 * The first index in ascending `values` whose value is not below `x`, which is
 * also how many values are below it. `lowerBound([1, 3, 3, 7], 3)` → 1.
 */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
