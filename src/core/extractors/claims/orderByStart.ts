/** Above this many spans, insertion sort gives way to Array.sort. */
const SHORT = 32;

/**
 * Sorts the first `n` indices of `order` by `startOf[index]`, ties by index:
 * the order a stable sort by start gives, without a comparator call per pair
 * for the few spans of an article. order [0, 1, 2], startOf [5, 1, 5] → [1, 0, 2].
 */
export function orderByStart(order: Int32Array, n: number, startOf: ArrayLike<number>): void {
  if (n > SHORT) {
    if (!sortPacked(order, n, startOf)) order.set(Array.from(order.subarray(0, n)).sort((x, y) => startOf[x] - startOf[y] || x - y));
    return;
  }
  for (let k = 1; k < n; k++) {
    const i = order[k];
    let j = k - 1;
    while (j >= 0 && (startOf[order[j]] > startOf[i] || (startOf[order[j]] === startOf[i] && order[j] > i))) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = i;
  }
}

/** Room for an index below the start in a packed key: start * INDEX_ROOM + index. */
const INDEX_ROOM = 2 ** 21;
/** Starts below this pack with any index below INDEX_ROOM into a double exactly (under 2^53). */
const START_ROOM = 2 ** 31;
let keys = new Float64Array(64);

/**
 * orderByStart by one native sort of numbers, each index packed below its start, instead of a
 * comparator call per pair: the entity mentions of a news article run to hundreds, in no order.
 * False, with `order` unchanged, when a start is no small whole number or the indices do not fit.
 */
function sortPacked(order: Int32Array, n: number, startOf: ArrayLike<number>): boolean {
  if (n > INDEX_ROOM) return false;
  if (keys.length < n) keys = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const start = startOf[i];
    if (!(start >= 0 && start < START_ROOM && Math.floor(start) === start && i >= 0 && i < INDEX_ROOM)) return false;
    keys[k] = start * INDEX_ROOM + i;
  }
  const sorted = keys.subarray(0, n).sort();
  for (let k = 0; k < n; k++) order[k] = sorted[k] % INDEX_ROOM;
  return true;
}
