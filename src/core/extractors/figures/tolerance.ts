import { readAmount } from './amount';
import type { Token } from './tokens';
import { readUnitAfter, unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

/**
 * A tolerance written after an amount, with the unit it shares, ending at the
 * unit: "2,000.45±0.01 pounds" → pound; "45% ± 3%" → %. The amount keeps its
 * value; the tolerance only widens the span. `unit` is the one read right
 * after the amount, if any. Null when no tolerance with a unit is there.
 */
export function readTolerance(tokens: readonly Token[], k: number, unit: UnitMatch | null): UnitMatch | null {
  if (tokens[k]?.head !== 0xb1) return null; // "±", by code: most tokens are never cut into strings
  const tolerance = readAmount(tokens, k + 1, unit?.kind === 'money');
  if (!tolerance || tolerance === 'invalid' || tolerance.form !== 'cardinal' || tolerance.value < 0) return null;
  const after = readUnitAfter(tokens, tolerance.end, tolerance.scale > 1, false);
  if (!unit) return after;
  if (!after) return unitEndingAt(unit, tolerance.end);
  return after.unit === unit.unit && after.kind === unit.kind ? unitEndingAt(unit, after.end) : null;
}
