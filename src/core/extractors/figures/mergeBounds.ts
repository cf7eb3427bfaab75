import { LOWER_BOUNDS, UPPER_BOUNDS } from '../../lexicon/qualifiers';
import type { Figure } from '../../model';

const JOINERS = /^\s*(?:,\s*)?(?:and|but|,)\s*$/i;

/** The bound a qualifier sets: "more than" → lower, "up to" → upper. */
function boundOf(f: Figure): 'lower' | 'upper' | null {
  if (f.kind === 'range' || f.value === null || !f.qualifier) return null;
  return LOWER_BOUNDS.has(f.qualifier) ? 'lower' : UPPER_BOUNDS.has(f.qualifier) ? 'upper' : null;
}

/**
 * Joins a lower and an upper bound written side by side into one range:
 * "more than 10 and less than 40" → range 10–40. Bounds that cross stay apart.
 * Ids are given afterwards, so the figures here carry none that matter.
 */
export function mergeBounds(text: string, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  // Each figure's bound is found once, as the second of a pair, and kept for the pair after it.
  let next = figures.length > 0 ? boundOf(figures[0]) : null;
  for (let k = 0; k < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    const first = next;
    next = b ? boundOf(b) : null;
    const join = b && first && next && first !== next && (a.unit === null || (a.kind === b.kind && a.unit === b.unit));
    if (!join || !JOINERS.test(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    const [lo, hi] = first === 'lower' ? [a.value!, b.value!] : [b.value!, a.value!];
    if (lo >= hi) {
      out.push(a);
      continue;
    }
    out.push({ ...a, unit: b.unit, end: b.end, text: text.slice(a.start, b.end), kind: 'range', value: lo, approximate: true, qualifier: `${a.qualifier} … ${b.qualifier}`, range: { from: lo, to: hi } });
    k++;
    next = k + 1 < figures.length ? boundOf(figures[k + 1]) : null;
  }
  return out;
}
