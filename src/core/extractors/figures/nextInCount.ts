import type { Figure } from '../../model';

/** How far back, in characters, the count that "a third" goes on from may stand: the sentence before, at most. */
const REACH = 240;
/** "a third", "an eighth": the share's words alone, with no noun or "of" of their own. */
const BARE_SHARE = /^an?\s+[a-z]+$/i;
const OF_AFTER = /^\s+of\b/i;

/**
 * "a third" after a count of two is the third of the things counted, not a share:
 * "Two centres have opened. A third would open next year" → ordinal 3; "a third of voters" and "Half said yes
 * and a third said no" stay shares. A half is never the second.
 */
export function asNextInCount(text: string, f: Figure, before: Figure | undefined): Figure {
  if (f.kind !== 'count' || f.value === null || f.value >= 0.34 || f.value <= 0 || !before || before.range || f.start - before.end > REACH) return f;
  if (before.kind !== 'count' && before.kind !== 'quantity') return f;
  const n = Math.round(1 / f.value);
  if (before.value !== n - 1 || Math.abs(n * f.value - 1) > 1e-9 || !BARE_SHARE.test(f.text) || OF_AFTER.test(text.slice(f.end, f.end + 8))) return f;
  return { ...f, kind: 'ordinal', value: n };
}
