/** TempEval-3 style scoring of date mentions: extents (relaxed, strict) and value, as P/R/F1. */

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Accepted values: one for TIMEX gold, several where the gold lists readings. */
  readonly values: readonly string[];
}

export interface Tally {
  gold: number;
  predicted: number;
  relaxed: number;
  strict: number;
  value: number;
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, relaxed: 0, strict: 0, value: 0 });

/**
 * Pairs each gold mention with the first unused prediction it overlaps
 * (exact extents first), then counts strict, relaxed and value agreement.
 */
export function scoreCase(gold: readonly Mention[], predicted: readonly Mention[], tally: Tally): Array<[Mention, Mention | null]> {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const used = new Set<Mention>();
  const pairs: Array<[Mention, Mention | null]> = [];
  for (const g of gold) {
    const exact = predicted.find((p) => !used.has(p) && p.start === g.start && p.end === g.end);
    const p = exact ?? predicted.find((q) => !used.has(q) && q.start < g.end && g.start < q.end) ?? null;
    pairs.push([g, p]);
    if (!p) continue;
    used.add(p);
    tally.relaxed++;
    if (exact) tally.strict++;
    if (p.values.some((v) => g.values.includes(v))) tally.value++;
  }
  return pairs;
}

const f1 = (hits: number, t: Tally) => {
  const p = t.predicted ? hits / t.predicted : 0;
  const r = t.gold ? hits / t.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** The three TempEval-3 figures of a tally. */
export function summary(t: Tally): Record<string, number> {
  return {
    'extent-relaxed-f1': f1(t.relaxed, t),
    'extent-strict-f1': f1(t.strict, t),
    'value-f1': f1(t.value, t),
    'value-precision': t.predicted ? t.value / t.predicted : 0,
    'value-recall': t.gold ? t.value / t.gold : 0,
  };
}
