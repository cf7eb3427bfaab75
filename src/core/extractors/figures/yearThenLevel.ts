import type { Amount } from './amount';
import { isYearHere } from './dateContext';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/**
 * True when "2019 to 48.2 million" is a year and the level reached since,
 * not a range: the lower end is a bare year and the upper carries a scale
 * word no year has. "doubled since 2019 to 48.2 million" → true; "2019 to
 * 2021", "1,500 to 2 million" → false.
 */
export function isYearThenLevel(tokens: readonly Token[], lower: Amount, unit: UnitMatch | null, upper: Amount): boolean {
  if (upper.scale === 1 || lower.scale !== 1 || lower.digits === null || lower.end !== lower.digits + 1) return false;
  return (unit === null || unit.end <= lower.end) && isYearHere(tokens, lower.digits);
}
