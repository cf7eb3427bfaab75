/** The empty list to start from: `append` never adds to it, so callers share it (frozen, in case another would). */
export const EMPTY: never[] = Object.freeze([]) as never[];

/**
 * `list` with `item` at its end. The first item makes an array of one instead
 * of an empty array's first growth (room for sixteen): most sentences have one
 * frame, one clause and one claim. append(EMPTY, 1) → [1].
 */
export function append<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}
