import type { Amount } from './amount';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/**
 * How many times the change a level must be to be read as the level it reaches:
 * the two ends of one uncertain change stay of a size ("by 5% to 15%").
 */
const LEVEL_OVER_CHANGE = 4;

/**
 * True when "by X to Y" at the figure starting at token `start` is a change
 * and the level it reaches, two figures, rather than a range: X is written
 * in full (its own unit or scale word) and Y is far larger.
 * "rises by £4.6 billion to £68.1 billion" → true; "cut by 5% to 10%",
 * "by 10 to 15 percent" → false.
 */
export function isChangeThenLevel(tokens: readonly Token[], start: number, change: Amount, unit: UnitMatch | null, level: Amount): boolean {
  if (tokens[start - 1]?.lower !== 'by' || (!unit && change.scale === 1)) return false;
  return change.value > 0 && level.value >= LEVEL_OVER_CHANGE * change.value;
}
