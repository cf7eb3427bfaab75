/** Precision, recall and F1 of the positive class. */
export function prf(predicted: readonly boolean[], gold: readonly (0 | 1)[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((yes, i) => {
    if (yes && gold[i]) tp++;
    else if (yes) fp++;
    else if (gold[i]) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Average precision of one ranking; ties keep the original order, as a stable sort does. */
export function averagePrecision(scores: readonly number[], gold: readonly (0 | 1)[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, i], rank) => {
    if (gold[i]) sum += ++hits / (rank + 1);
  });
  return hits ? sum / hits : 0;
}

/** Mean of the average precision of each group (each debate), over the groups with a positive. */
export function meanAveragePrecision(scores: readonly number[], gold: readonly (0 | 1)[], groups: readonly string[]): number {
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  });
  const aps = [...byGroup.values()]
    .filter((idx) => idx.some((i) => gold[i]))
    .map((idx) => averagePrecision(idx.map((i) => scores[i]), idx.map((i) => gold[i])));
  return aps.length ? aps.reduce((a, b) => a + b, 0) / aps.length : 0;
}
