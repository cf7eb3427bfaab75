import { followsChange } from './changeThenLevel';
import type { Token } from './tokens';
import { readUnitAfter, type UnitMatch } from './unitAfter';

/** Words that join a change in points to the level in percent it reaches or leaves: "7.6 points to 42%". */
const LINKS: ReadonlySet<string> = new Set(['to', 'from']);

const PERCENTAGE_POINT: UnitMatch = { kind: 'percent', unit: 'percentage point', end: 0, category: 'percent', scale: 1 };

/**
 * The unit of a count of "points", at token start after a verb of change,
 * that moves a level in percent: "grew 7.6 points to 42%" → percentage
 * points, as the writer shortens them. Else the unit as read: "rose 52 points
 * to 7,412", "fell 300 points, or 1.2%", "scored 20 points to 45%" keep points.
 */
export function withPercentPoints(tokens: readonly Token[], start: number, unit: UnitMatch | null): UnitMatch | null {
  if (unit?.unit !== 'points' || !LINKS.has(tokens[unit.end]?.lower ?? '') || !followsChange(tokens, start)) return unit;
  const level = tokens[unit.end + 1];
  if (level?.type !== 'num') return unit;
  const percent = readUnitAfter(tokens, unit.end + 2, false, false);
  return percent?.unit === '%' ? { ...PERCENTAGE_POINT, end: unit.end } : unit;
}
