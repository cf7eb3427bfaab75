import { SCALES } from '../../lexicon/numberWords';
import { amountOf } from './amount';
import type { Amount } from './amount';
import { isDayOfMonth, isLikelyYear } from './dateContext';
import { readMeasure } from './readMeasure';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import { unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

const LINKS = new Set(['and', 'or', 'to']);

/**
 * The unit or scale a bare number shares with the number that "and" or "or"
 * joins to it, which carries its own: "11 and 8 percent" → %, "two or three
 * weeks" → week, "seven or eight thousand votes" → 7000 votes; across "to" only when the
 * second falls, as a score or a cut does, since a rise is a range: "beat him 52 to 38 percent",
 * "cut from 12 to 10 percent" → %. The span stays the first number's. Not across a currency
 * written before the second ("5 and $10").
 */
export function readSharedUnit(tokens: readonly Token[], amount: Amount): { amount: Amount; unit: UnitMatch | null } | null {
  const link = tokens[amount.end];
  if (amount.form !== 'cardinal' || amount.scale !== 1 || link?.type !== 'word' || link.end - link.start > 3 || !LINKS.has(link.lower)) return null;
  // Only a number may follow the link: most words after "and" are looked at no further.
  if (((tokens[amount.end + 1]?.marks ?? 0) & CARRIES_NUMBER) === 0) return null;
  if (amount.digits !== null && isLikelyYear(tokens[amount.digits].text)) return null;
  // "April 24 and 25 delegates": a day of a month shares nothing with the count after it.
  if (isDayOfMonth(tokens, amount.start, amount.end, amount.value)) return null;
  const next = readMeasure(tokens, amount.end + 1);
  if (!next || 'skip' in next || next.prefixed || next.amount.form !== 'cardinal') return null;
  const upper = next.amount;
  const to = link.lower === 'to';
  if (to && (upper.value >= amount.value || !next.unit)) return null;
  // A scale carries back only to a smaller number, as in a range: "two or three million", not "11 and 8 million".
  // Words keep no scale of their own: it is their last word ("eight thousand").
  const written = upper.scale > 1 ? upper.scale : (SCALES.get(tokens[upper.end - 1].lower) ?? 1);
  const scale = !to && written > 1 && amount.value * written <= upper.value ? written : 1;
  if (!next.unit && scale === 1) return null;
  const scaled = scale === 1 ? amount : amountOf(amount.value * scale, amount.start, amount.end, amount.form, scale, amount.digits);
  return { amount: scaled, unit: next.unit && unitEndingAt(next.unit, amount.end) };
}
