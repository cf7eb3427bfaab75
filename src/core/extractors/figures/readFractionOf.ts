import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import { countNounAt } from './countNoun';
import type { Token } from './tokens';
import { readUnitAfter } from './unitAfter';

/**
 * A proportion written with "over" or "out of" after a bare number:
 * "one over three" → 1/3; "one out of three voters" → 1/3. Not when the
 * second number has a unit of its own ("5 over 3 years").
 */
export function readFractionOf(tokens: readonly Token[], numerator: Amount): Amount | null {
  const t = tokens[numerator.end];
  const outOf = t?.lower === 'out' && tokens[numerator.end + 1]?.lower === 'of';
  if (numerator.form !== 'cardinal' || !(outOf || t?.lower === 'over')) return null;
  const denominator = readAmount(tokens, numerator.end + (outOf ? 2 : 1), false);
  if (!denominator || denominator === 'invalid' || denominator.form !== 'cardinal' || denominator.value === 0) return null;
  if (outOf && numerator.value > denominator.value) return null;
  const unit = readUnitAfter(tokens, denominator.end, false);
  if (unit && !(outOf && countNounAt(tokens, denominator.end))) return null;
  return amountOf(numerator.value / denominator.value, numerator.start, denominator.end, 'fraction', numerator.scale, numerator.digits);
}
