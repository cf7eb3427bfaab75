/** Above this many spans, insertion sort gives way to Array.sort. */
const SHORT = 32;

/**
 * Sorts the first `n` indices of `order` by `startOf[index]`, ties by index:
 * the order a stable sort by start gives, without a comparator call per pair
 * for the few spans of an article. order [0, 1, 2], startOf [5, 1, 5] → [1, 0, 2].
 */
export function orderByStart(order: Int32Array, n: number, startOf: ArrayLike<number>): void {
  if (n > SHORT) {
    const sorted = Array.from(order.subarray(0, n)).sort((x, y) => startOf[x] - startOf[y] || x - y);
    order.set(sorted);
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
