/**
 * Levenshtein distance between a and b when it is at most `limit`, else
 * limit + 1. Only the diagonal band of width 2·limit + 1 is filled, so a long
 * annotation costs its length times the limit, not its length squared.
 * editDistanceWithin('kitten', 'sitting', 3) → 3; editDistanceWithin('kitten', 'sitting', 2) → 3
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // prev[j] is the distance between a[0, i-1) and b[0, j). Cells right of the
  // band are never written, so they keep `over`; the one left of it is reset.
  let prev = new Array<number>(b.length + 1).fill(over);
  let cur = new Array<number>(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur[from - 1] = from === 1 && i <= limit ? i : over;
    let least = cur[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(over, prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = d;
      if (d < least) least = d;
    }
    if (least > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
