import type { Figure } from '../../model';

/** How far back, in characters, the count that "a third" goes on from may stand: the sentence before, at most. */
const REACH = 240;
/** "a third", "an eighth": the share's words alone, with no noun or "of" of their own. */
const BARE_SHARE = /^an?\s+[a-z]+$/i;
/** "a third of voters", "a third less": a share's own words after it. */
const SHARE_AFTER = /^\s+(?:of|less|more|fewer|lower|higher|smaller|larger|bigger|as)\b/i;
/** "cut by a third", "nearly a third": words before it that measure a share. */
const SHARE_BEFORE = /\b(?:by|than|about|almost|nearly|roughly|around|over|under|some|just|only|barely)\s+$/i;

/**
 * "a third" after a count of two is the third of the things counted, not a share:
 * "Two centres have opened. A third would open next year" → ordinal 3; "a third of voters", "Half said yes
 * and a third said no" and "opened two theatres … cut waits by a third" stay shares. A half is never the second.
 */
export function asNextInCount(text: string, f: Figure, before: Figure | undefined): Figure {
  if (f.kind !== 'count' || f.value === null || f.value >= 0.34 || f.value <= 0 || !before || before.range || f.start - before.end > REACH) return f;
  if (before.kind !== 'count' && before.kind !== 'quantity') return f;
  const n = Math.round(1 / f.value);
  if (before.value !== n - 1 || Math.abs(n * f.value - 1) > 1e-9 || !BARE_SHARE.test(f.text)) return f;
  if (SHARE_AFTER.test(text.slice(f.end, f.end + 10)) || SHARE_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start))) return f;
  return { ...f, kind: 'ordinal', value: n };
}
