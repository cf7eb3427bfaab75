import { lowerBound } from '../../lowerBound';

interface Extent {
  readonly start: number;
  readonly end: number;
}

/** The answer of most queries, shared: callers only read it. */
const NONE: readonly never[] = [];
/** The indices a query has found so far, in one buffer shared by every query: none keeps them past its return. */
let found = new Int32Array(64);
/** Stores index `i` as the n-th found, growing the buffer when full; returns n + 1. */
function keep(n: number, i: number): number {
  if (n === found.length) {
    const grown = new Int32Array(2 * n);
    grown.set(found);
    found = grown;
  }
  found[n] = i;
  return n + 1;
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
    const n = items.length;
    this.order = new Int32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      this.order[i] = i;
      if (i > 0 && items[i].start < items[i - 1].start) sorted = false;
    }
    // the stages emit spans in text order, so sorting is rarely needed
    if (!sorted) this.order.set([...this.order].sort((x, y) => items[x].start - items[y].start || x - y));
    this.starts = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    let max = -Infinity;
    for (let k = 0; k < n; k++) {
      const item = items[this.order[k]];
      this.starts[k] = item.start;
      this.maxEnd[k] = max = Math.max(max, item.end);
    }
  }

  /** Spans lying within [start, end). */
  inside(start: number, end: number): readonly T[] {
    let n = 0;
    for (let k = lowerBound(this.starts, start); k < this.order.length && this.starts[k] <= end; k++) {
      if (this.items[this.order[k]].end <= end) n = keep(n, this.order[k]);
    }
    return this.pick(n);
  }

  /** How many spans lie within [start, end), without collecting them. */
  countInside(start: number, end: number): number {
    let n = 0;
    for (let k = lowerBound(this.starts, start); k < this.order.length && this.starts[k] <= end; k++) {
      if (this.items[this.order[k]].end <= end) n++;
    }
    return n;
  }

  /** Spans sharing at least one character with [start, end). */
  overlapping(start: number, end: number): readonly T[] {
    let n = 0;
    for (let k = lowerBound(this.starts, end) - 1; k >= 0 && this.maxEnd[k] > start; k--) {
      if (this.items[this.order[k]].end > start) n = keep(n, this.order[k]);
    }
    return this.pick(n);
  }

  /** The items at the first `n` indices of `found`, in array order. */
  private pick(n: number): readonly T[] {
    if (n === 0) return NONE; // most claims hold no figure, date or quote
    if (n > 1) found.subarray(0, n).sort();
    const out: T[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = this.items[found[k]];
    return out;
  }
}

const built = new WeakMap<readonly Extent[], SpanIndex<Extent>>();

/** The index of an analysis array, built once per array: stages never mutate their inputs. */
export function spanIndex<T extends Extent>(items: readonly T[]): SpanIndex<T> {
  let index = built.get(items);
  if (!index) built.set(items, (index = new SpanIndex(items)));
  return index as SpanIndex<T>;
}
