interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * Spans sorted by start, so that each claim finds the quotes, figures, dates
 * and mentions near it by binary search instead of scanning the whole article
 * (which made the stage quadratic in the article's length). Results keep the
 * order of the original array, as `Array.filter` would.
 * `spanIndex([{start: 0, end: 4}, {start: 10, end: 12}]).inside(8, 20)` → [{start: 10, end: 12}].
 */
export class SpanIndex<T extends Extent> {
  private readonly order: Int32Array;
  private readonly starts: Float64Array;
  /** The largest end among the first k spans by start, so a backward scan knows when to stop. */
  private readonly maxEnd: Float64Array;

  constructor(private readonly items: readonly T[]) {
    this.order = Int32Array.from(items.keys()).sort((x, y) => items[x].start - items[y].start || x - y);
    this.starts = Float64Array.from(this.order, (i) => items[i].start);
    this.maxEnd = new Float64Array(items.length);
    let max = -Infinity;
    this.order.forEach((i, k) => (this.maxEnd[k] = max = Math.max(max, items[i].end)));
  }

  /** Spans lying within [start, end). */
  inside(start: number, end: number): T[] {
    const found: number[] = [];
    for (let k = this.firstAtOrAfter(start); k < this.order.length && this.starts[k] <= end; k++) {
      if (this.items[this.order[k]].end <= end) found.push(this.order[k]);
    }
    return this.pick(found);
  }

  /** Spans sharing at least one character with [start, end). */
  overlapping(start: number, end: number): T[] {
    const found: number[] = [];
    for (let k = this.firstAtOrAfter(end) - 1; k >= 0 && this.maxEnd[k] > start; k--) {
      if (this.items[this.order[k]].end > start) found.push(this.order[k]);
    }
    return this.pick(found);
  }

  private firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private pick(found: number[]): T[] {
    return found.sort((x, y) => x - y).map((i) => this.items[i]);
  }
}

const built = new WeakMap<readonly Extent[], SpanIndex<Extent>>();

/** The index of an analysis array, built once per array: stages never mutate their inputs. */
export function spanIndex<T extends Extent>(items: readonly T[]): SpanIndex<T> {
  let index = built.get(items);
  if (!index) built.set(items, (index = new SpanIndex(items)));
  return index as SpanIndex<T>;
}
