import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import { countNounAt } from './countNoun';
import { isLikelyYear } from './dateContext';
import type { Token } from './tokens';
import { CARRIES_NUMBER } from './tokenMarks';
import { readUnitAfter } from './unitAfter';

/**
 * A proportion written with "over", "out of" or "in" after a bare number:
 * "one over three" → 1/3; "one out of three voters", "two in three voters" → 1/3, 2/3.
 * Not when the second number has a unit of its own ("5 over 3 years",
 * "five in 10 days"), is a year ("65 in 2025") or is the smaller ("5 in 2 attacks").
 */
export function readFractionOf(tokens: readonly Token[], numerator: Amount): Amount | null {
  const t = tokens[numerator.end];
  const outOf = t?.lower === 'out' && tokens[numerator.end + 1]?.lower === 'of';
  const share = outOf || t?.lower === 'in';
  if (numerator.form !== 'cardinal' || !(share || t?.lower === 'over')) return null;
  // "in" mostly opens a place or a date: a number must follow before anything is read.
  if (t.lower === 'in' && ((tokens[numerator.end + 1]?.marks ?? 0) & CARRIES_NUMBER) === 0) return null;
  const denominator = readAmount(tokens, numerator.end + (outOf ? 2 : 1), false);
  if (!denominator || denominator === 'invalid' || denominator.form !== 'cardinal' || denominator.value === 0) return null;
  if (share && numerator.value >= denominator.value && !(outOf && numerator.value === denominator.value)) return null;
  if (t.lower === 'in' && (numerator.scale !== 1 || (denominator.digits !== null && isLikelyYear(tokens[denominator.digits].text)))) return null;
  const unit = readUnitAfter(tokens, denominator.end, false);
  if (unit && !(share && countNounAt(tokens, denominator.end))) return null;
  return amountOf(numerator.value / denominator.value, numerator.start, denominator.end, 'fraction', numerator.scale, numerator.digits);
}
