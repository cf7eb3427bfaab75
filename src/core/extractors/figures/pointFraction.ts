import { amountOf } from './amount';
import type { Amount } from './amount';
import type { Token } from './tokens';
import { readUnitAfter, type UnitMatch } from './unitAfter';

/** "a quarter point", "half a point": in a story of rates a bare point after a fraction is a percentage point. */
const POINT: UnitMatch = { kind: 'percent', unit: 'percentage point', end: 0, category: 'percent', scale: 1 };

/**
 * The percentage point a fraction in words is of: "a quarter of a percentage
 * point", "half a percentage point", "a quarter point", "half a point" → the
 * unit "percentage point" ending after "point". Null after digits ("0.25
 * percentage points" has its unit already) and before other nouns ("half a
 * loaf", "a quarter of the seats").
 */
export function readPointAfter(tokens: readonly Token[], amount: Amount): UnitMatch | null {
  if (amount.digits !== null || amount.value >= 1 || amount.value <= 0) return null;
  let k = amount.end;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'a') k++;
  const unit = readUnitAfter(tokens, k, false);
  if (unit?.unit === 'percentage point' || unit?.unit === 'basis point') return unit;
  const t = tokens[k];
  return t?.lower === 'point' || t?.lower === 'points' ? { ...POINT, end: k + 1 } : null;
}

const HYPHENED_SHARES: ReadonlyMap<string, number> = new Map([['quarter', 0.25], ['half', 0.5]]);
/** Words after "half-point" that make it a place halfway: "the half-point mark", "the half-point of the season". */
const HALFWAY_AFTER: ReadonlySet<string> = new Set(['mark', 'of', 'stage']);

/**
 * "a quarter-point rise", "another half-point cut": a fraction hyphened to
 * "point", with or without "a", as "a quarter point" is read. The amount
 * starts at token j, after any qualifier; null elsewhere.
 */
export function readHyphenedPoint(tokens: readonly Token[], j: number): { amount: Amount; unit: UnitMatch } | null {
  const k = tokens[j]?.lower === 'a' ? j + 1 : j;
  const share = HYPHENED_SHARES.get(tokens[k]?.lower ?? '');
  const dash = tokens[k + 1];
  const point = tokens[k + 2];
  if (share === undefined || dash?.text !== '-' || !dash.glued || !point?.glued || point.lower !== 'point') return null;
  if (HALFWAY_AFTER.has(tokens[k + 3]?.lower ?? '')) return null;
  return { amount: amountOf(share, j, k + 1, 'fraction', 1, null), unit: { ...POINT, end: k + 3 } };
}
