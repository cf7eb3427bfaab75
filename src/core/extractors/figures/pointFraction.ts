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
