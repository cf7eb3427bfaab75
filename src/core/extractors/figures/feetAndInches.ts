import { amountOf } from './amount';
import type { Amount } from './amount';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/** Prime marks for feet (' ’ ′), by code unit, as heights are written; compared, not looked up, as most numbers pass here. */
function isFootMark(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2032;
}

/** Marks for inches: " ” ″. */
function isInchMark(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2033;
}

/**
 * A height in prime marks after a whole number of feet, all glued:
 * "6’2”" → 6 2/12 foot; null for "the ’90s" or "6’ tall".
 */
export function readFeetAndInches(tokens: readonly Token[], feet: Amount): { amount: Amount; unit: UnitMatch } | null {
  const k = feet.end;
  const foot = tokens[k];
  if (!foot?.glued || !isFootMark(foot.head) || foot.end - foot.start !== 1 || feet.digits === null || feet.scale !== 1) return null;
  const inches = tokens[k + 1];
  const inch = tokens[k + 2];
  if (inches?.type !== 'num' || !inches.glued || !inch?.glued || !isInchMark(inch.head) || inch.end - inch.start !== 1) return null;
  const n = Number(inches.text);
  if (!Number.isInteger(n) || n >= 12 || !Number.isInteger(feet.value)) return null;
  const amount = amountOf(feet.value + n / 12, feet.start, feet.end, feet.form, 1, feet.digits);
  return { amount, unit: { kind: 'quantity', unit: 'foot', end: k + 3, category: 'length', scale: 1 } };
}
