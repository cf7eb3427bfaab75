import { orderByStart } from './orderByStart';

export interface Extent {
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

/** The first of the first `count` ascending `values` not below `x`. */
export function lowerBoundOf(values: Float64Array, count: number, x: number): number {
  return lowerBoundIn(values, 0, count, x);
}

/** Steps tried forward from a hint before halving the rest: a claim's spans lie a few past the last claim's. */
const NEAR = 4;

/**
 * lowerBoundOf, begun at `hint`, the answer to a query before: the stage asks
 * in text order, so the answer is most often at the hint or a step or two on,
 * found without the unpredictable branches of a binary search. Any hint gives
 * the same answer. lowerBoundNear([1, 5, 9], 3, 6, 1) → 2.
 */
export function lowerBoundNear(values: Float64Array, count: number, x: number, hint: number): number {
  if (hint > count) return lowerBoundIn(values, 0, count, x);
  // everything before the hint is below x: the answer is the hint or past it
  if (hint === 0 || values[hint - 1] < x) {
    for (let k = hint; k < hint + NEAR; k++) if (k === count || values[k] >= x) return k;
    return lowerBoundIn(values, hint + NEAR, count, x);
  }
  return lowerBoundIn(values, 0, hint - 1, x);
}

/** The first of `values` [lo, hi) not below `x`, or hi; those before lo are below it. */
function lowerBoundIn(values: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans sorted by start, so that each claim finds the quotes, figures, dates
 * and mentions near it by binary search instead of scanning the whole article
 * (which made the stage quadratic in the article's length). Results keep the
 * order of the original array, as `Array.filter` would. One index serves
 * document after document (`reset`), so that its arrays are allocated once.
 * `new SpanIndex([{start: 0, end: 4}, {start: 10, end: 12}]).inside(8, 20)` → [{start: 10, end: 12}].
 */
export class SpanIndex<T extends Extent> {
  private items: readonly T[] = NONE;
  private count = 0;
  private order = new Int32Array(16);
  private starts = new Float64Array(16);
  private ends = new Float64Array(16);
  /** The largest end among the first k spans by start, so a backward scan knows when to stop. */
  private maxEnd = new Float64Array(16);
  /** The last answers to lowerBoundNear, for the starts and for the ends of the claims asked about. */
  private nearStart = 0;
  private nearEnd = 0;

  constructor(items: readonly T[] = NONE) {
    this.reset(items);
  }

  /** Indexes `items` in place of the last array; each item's start and end are read once, the items being of many shapes. */
  reset(items: readonly T[]): this {
    const n = items.length;
    if (n > this.order.length) {
      this.order = new Int32Array(2 * n);
      this.starts = new Float64Array(2 * n);
      this.ends = new Float64Array(2 * n);
      this.maxEnd = new Float64Array(2 * n);
    }
    this.items = items;
    this.count = n;
    this.nearStart = 0;
    this.nearEnd = 0;
    const { order, starts, ends } = this;
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const item = items[i];
      order[i] = i;
      starts[i] = item.start;
      ends[i] = item.end;
      if (i > 0 && starts[i] < starts[i - 1]) sorted = false;
    }
    // the stages emit spans in text order, so sorting is rarely needed
    if (!sorted) {
      const startOf = starts.slice(0, n);
      const endOf = ends.slice(0, n);
      orderByStart(order, n, startOf);
      for (let k = 0; k < n; k++) {
        starts[k] = startOf[order[k]];
        ends[k] = endOf[order[k]];
      }
    }
    let max = -Infinity;
    for (let k = 0; k < n; k++) this.maxEnd[k] = max = Math.max(max, ends[k]);
    return this;
  }

  /** Spans lying within [start, end). */
  inside(start: number, end: number): readonly T[] {
    let n = 0;
    for (let k = (this.nearStart = lowerBoundNear(this.starts, this.count, start, this.nearStart)); k < this.count && this.starts[k] <= end; k++) {
      if (this.ends[k] <= end) n = keep(n, this.order[k]);
    }
    return this.pick(n);
  }

  /** How many spans lie within [start, end), without collecting them. */
  countInside(start: number, end: number): number {
    let n = 0;
    for (let k = (this.nearStart = lowerBoundNear(this.starts, this.count, start, this.nearStart)); k < this.count && this.starts[k] <= end; k++) {
      if (this.ends[k] <= end) n++;
    }
    return n;
  }

  /** Spans sharing at least one character with [start, end). */
  overlapping(start: number, end: number): readonly T[] {
    let n = 0;
    for (let k = (this.nearEnd = lowerBoundNear(this.starts, this.count, end, this.nearEnd)) - 1; k >= 0 && this.maxEnd[k] > start; k--) {
      if (this.ends[k] > start) n = keep(n, this.order[k]);
    }
    // found backwards: turned round, they are nearly in order again, which pick's insertion sort needs (a sentence of thousands of quotes made it quadratic)
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const t = found[i];
      found[i] = found[j];
      found[j] = t;
    }
    return this.pick(n);
  }

  /** The items at the first `n` indices of `found`, in array order. */
  private pick(n: number): readonly T[] {
    if (n === 0) return NONE; // most claims hold no figure, date or quote
    // a few indices, nearly in order: an insertion sort needs no view of the buffer
    for (let k = 1; k < n; k++) {
      const i = found[k];
      let j = k - 1;
      for (; j >= 0 && found[j] > i; j--) found[j + 1] = found[j];
      found[j + 1] = i;
    }
    const out: T[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = this.items[found[k]];
    return out;
  }
}
