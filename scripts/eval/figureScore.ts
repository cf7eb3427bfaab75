/** A gold figure: its span and the value it must have, as a number or an interval. */
export interface GoldFigure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A single number, or null when the gold gives an interval instead. */
  readonly value: number | null;
  /** Interval bounds; a null bound is open ("more than 30" → [30, null]). */
  readonly interval?: readonly [number | null, number | null];
}

export interface PredictedFigure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly range?: { readonly from: number; readonly to: number };
}

export interface FigureTally {
  gold: number;
  predicted: number;
  matched: number;
  valueRight: number;
  errors: string[];
}

export const emptyFigureTally = (): FigureTally => ({ gold: 0, predicted: 0, matched: 0, valueRight: 0, errors: [] });

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** True when the predicted value is the gold one: equal numbers, or the same interval bounds. */
export function sameValue(p: PredictedFigure, g: GoldFigure): boolean {
  if (!g.interval) return near(p.value, g.value);
  const [lo, hi] = g.interval;
  if (lo !== null && hi !== null && lo !== hi) {
    if (!p.range) return false;
    const [a, b] = p.range.from <= p.range.to ? [p.range.from, p.range.to] : [p.range.to, p.range.from];
    return near(a, Math.min(lo, hi)) && near(b, Math.max(lo, hi));
  }
  return near(p.value, lo ?? hi);
}

/**
 * Scores one case: each gold figure matches the unmatched prediction that
 * overlaps it most; a match counts for value accuracy when the values agree.
 */
export function scoreFigures(id: string, gold: readonly GoldFigure[], predicted: readonly PredictedFigure[], tally: FigureTally): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, k) => {
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (!used.has(k) && overlap > bestOverlap) [best, bestOverlap] = [k, overlap];
    });
    if (best < 0) {
      tally.errors.push(`${id}\tmissed\t${g.text}\t${g.value ?? g.interval}`);
      continue;
    }
    used.add(best);
    tally.matched++;
    const p = predicted[best];
    if (sameValue(p, g)) tally.valueRight++;
    else tally.errors.push(`${id}\tvalue\t${g.text}\t${g.value ?? g.interval}\tgot ${p.text}\t${p.value}${p.range ? ` ${p.range.from}-${p.range.to}` : ''}`);
  }
  predicted.forEach((p, k) => used.has(k) || tally.errors.push(`${id}\textra\t${p.text}\t${p.value}`));
}

/** Span precision, recall and F1 (a match is any overlap), and value accuracy over matches. */
export function figureSummary(t: FigureTally): Record<string, number> {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { 'span-P': precision, 'span-R': recall, 'span-F1': f1, 'value-acc': t.matched ? t.valueRight / t.matched : 0 };
}
