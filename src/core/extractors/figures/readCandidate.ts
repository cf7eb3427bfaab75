import { AGE_BOUNDS, RANGE_VERBS } from '../../lexicon/qualifiers';
import type { Amount } from './amount';
import { isAgeAppositive } from './ageAppositive';
import { readAgeDecade } from './ageDecade';
import { isChangeThenLevel } from './changeThenLevel';
import { isYearThenLevel } from './yearThenLevel';
import { isDuringOver } from './isDuringOver';
import { isRiskRatio } from './isRiskRatio';
import type { Candidate, Skip } from './candidate';
import { readFractionOf } from './readFractionOf';
import { readHyphenedPoint, readPointAfter } from './pointFraction';
import { readMeasure } from './readMeasure';
import { readMultiplier } from './readMultiplier';
import { withPercentPoints } from './pointsOfPercent';
import { readVague } from './readVague';
import { readQualifierAfter, readQualifierBefore } from './qualifier';
import { readRangeEnd } from './readRangeEnd';
import { readSharedUnit } from './sharedUnit';
import { ONLY_QUALIFIES } from './tokenMarks';
import type { Token } from './tokens';
import { readUnitAfter, unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

const YEARS_OF_AGE: UnitMatch = { kind: 'duration', unit: 'year', end: 0, category: 'time', scale: 1 };
const RATIO: UnitMatch = { kind: 'multiplier', unit: null, end: 0, category: 'multiplier', scale: 1 };

/**
 * Reads the figure that starts at token i: qualifier, currency, amount,
 * range, unit and trailing qualifier. Returns null when no figure starts
 * here, or a Skip past a digit code that is no amount ("1.2.3").
 * "about $75 million" → qualifier "about", 75e6, USD.
 */
export function readCandidate(tokens: readonly Token[], i: number): Candidate | Skip | null {
  const qualifier = readQualifierBefore(tokens, i);
  if (!qualifier && (tokens[i].marks & ONLY_QUALIFIES) !== 0) return null;
  let j = qualifier ? qualifier.end : i;
  // Openers and age words are words: a number, the commonest start, is looked up in neither.
  const word = tokens[j]?.type === 'word';
  const lower = word ? tokens[j].lower : '';
  const opener = !qualifier && (lower === 'between' || lower === 'from') ? lower : null;
  let age = !opener && (lower === 'age' || lower === 'aged' || lower === 'ages');
  if (opener || age) j++;
  // "at the age of 30", "under the age of 18": as "age 30".
  if (age && tokens[j]?.lower === 'of') j++;
  // "between the ages of 18 and 29": the age words stand inside the range.
  if (opener === 'between' && tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'ages' && tokens[j + 2]?.lower === 'of') {
    age = true;
    j += 3;
  }
  // "from about $350 to $680": a qualifier may follow the opener.
  const inner = opener ? readQualifierBefore(tokens, j) : null;
  if (inner) j = inner.end;
  const multiplier = opener ? null : readMultiplier(tokens, i, j, qualifier);
  if (multiplier) return multiplier;
  const vague = opener || age ? null : readVague(tokens, i, j, qualifier);
  if (vague) return vague;
  const point = opener || age ? null : readHyphenedPoint(tokens, j);
  if (point) return { start: i, end: point.unit.end, amount: point.amount, upper: null, unit: point.unit, qualifier };
  // "in their 40s": a glued "s" after a number is rare, so the decade reader is asked only then
  const decade = (tokens[j + 1]?.lower === 's' || tokens[j + 2]?.lower === 's') && !opener && !age ? readAgeDecade(tokens, j) : null;
  if (decade) return decade;
  const measure = readMeasure(tokens, j);
  if (!measure || 'skip' in measure) return measure;
  let amount: Amount = measure.amount;
  let unit = measure.unit ?? (age ? unitEndingAt(YEARS_OF_AGE, amount.end) : null);
  // One counts no plural: "no one underestimates", "one another's" end at "one".
  if (unit?.category === 'count' && amount.value === 1 && amount.end === amount.start + 1) unit = null;
  if (age && unit?.category !== 'time') return null;
  // "temperatures ranged from -18 to -34": after such a verb the ends may fall.
  const anyOrder = opener === 'from' && RANGE_VERBS.has(tokens[i - 1]?.lower ?? '');
  const read = readRangeEnd(tokens, unit ? unit.end : amount.end, amount, unit, opener, anyOrder);
  if (read && 'skip' in read) return read;
  // "rose from X to Y" names both levels: a range, whatever its sizes.
  const range = read && (opener || !isChangeThenLevel(tokens, i, amount, unit, read.upper)) && !isYearThenLevel(tokens, amount, unit, read.upper) ? read : null;
  let upper: Amount | null = null;
  if (range) {
    ({ lower: amount, upper, unit } = range);
  } else if (opener) {
    return null;
  } else if (!unit) {
    unit = readPointAfter(tokens, amount);
  }
  if (!range && !unit) {
    const fraction = readFractionOf(tokens, amount);
    const shared = fraction ? null : readSharedUnit(tokens, amount);
    if (fraction) amount = fraction;
    else if (shared) ({ amount, unit } = shared);
  }
  unit = withPercentPoints(tokens, i, unit);
  // "Sarandon, 69, told": an age, as "aged 69".
  if (!unit && !upper && isAgeAppositive(tokens, amount)) unit = unitEndingAt(YEARS_OF_AGE, amount.end);
  // "hazard ratio 0.91": a ratio of risks multiplies one, as "0.91 times" would.
  else if (!unit && !upper && isRiskRatio(tokens, i, amount)) unit = unitEndingAt(RATIO, amount.end);
  let end = unit ? unit.end : (upper ?? amount).end;
  const after = readQualifierAfter(tokens, end);
  if (after) end = after.end;
  // "voters 45 and older": the bound makes the number an age.
  if (after && !unit && !upper && AGE_BOUNDS.has(after.text)) unit = unitEndingAt(YEARS_OF_AGE, end);
  // "four-plus months", "40-odd years": the unit may follow the qualifier.
  const late = after && !unit && !upper ? readUnitAfter(tokens, end, amount.scale > 1) : null;
  if (late && late.scale === 1) {
    unit = late;
    end = late.end;
  }
  // "develop dementia over nine years": "over" spreads the verb phrase across the time, as "€1.2 billion over two years".
  if (qualifier?.text === 'over' && !upper && !after && unit?.category === 'time' && isDuringOver(tokens, i, end)) {
    return { start: qualifier.end, end, amount, upper, unit, qualifier: null };
  }
  return { start: i, end: ageEnd(tokens, end, unit), amount, upper, unit, qualifier: qualifier ?? inner ?? after };
}

/** "30 years old", "3 years of age", "30-year-old", "11-year-olds": the age words belong to the figure. */
function ageEnd(tokens: readonly Token[], end: number, unit: UnitMatch | null): number {
  if (unit?.category !== 'time') return end;
  const t = tokens[end];
  if (t?.lower === 'old') return end + 1;
  if (t?.text === '-' && (tokens[end + 1]?.lower === 'old' || tokens[end + 1]?.lower === 'olds')) return end + 2;
  if (t?.lower === 'of' && tokens[end + 1]?.lower === 'age') return end + 2;
  return end;
}
