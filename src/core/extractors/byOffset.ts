/** Anything placed at an offset of the text. */
interface AtOffset {
  readonly at: number;
}

const byAt = (a: AtOffset, b: AtOffset) => a.at - b.at;

/**
 * Sorts by offset in place, stably, by insertion: things found while
 * reading come nearly in order, so this is about one pass. A list far from
 * order (two long runs, as a long article's cues) goes to the built-in sort
 * before insertion turns quadratic; insertion never swaps equal offsets, so
 * the result is the same stable order.
 * [{at: 5}, {at: 2}] → [{at: 2}, {at: 5}].
 */
export function sortByOffset<T extends AtOffset>(list: T[]): T[] {
  let budget = 4 * list.length + 64;
  for (let k = 1; k < list.length; k++) {
    const e = list[k];
    let m = k - 1;
    while (m >= 0 && list[m].at > e.at) {
      list[m + 1] = list[m];
      m--;
      if (--budget < 0) {
        list[m + 1] = e;
        return list.sort(byAt);
      }
    }
    list[m + 1] = e;
  }
  return list;
}

/**
 * Two sorted lists as one, the first's items first on a tie: what a stable sort of both together gives.
 * Made at its full size and filled, rather than grown by push.
 */
export function mergeByOffset<T extends AtOffset>(first: readonly T[], second: readonly T[]): T[] {
  const out = new Array<T>(first.length + second.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) out[k] = j >= second.length || (i < first.length && first[i].at <= second[j].at) ? first[i++] : second[j++];
  return out;
}
