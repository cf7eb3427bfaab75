import { SCALES } from '../../lexicon/numberWords';
import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import type { Token } from './tokens';
import { readUnitAfter, unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

const SUBUNITS = new Set(['USX', 'GBX']);

/**
 * What may follow a currency word: a scale ("75 USD million") or the
 * subunits ("thirteen dollars and forty-five cents", "15 dollars 50").
 */
export function moneyTail(tokens: readonly Token[], amount: Amount, unit: UnitMatch): { amount: Amount; unit: UnitMatch } {
  const scale = SCALES.get(tokens[unit.end]?.lower ?? '');
  if (scale !== undefined && amount.scale === 1 && tokens[unit.end].type === 'word') {
    const scaled = amountOf(amount.value * scale, amount.start, amount.end, amount.form, scale, amount.digits);
    return { amount: scaled, unit: unitEndingAt(unit, unit.end + 1) };
  }
  if (!Number.isInteger(amount.value) || amount.scale !== 1 || unit.unit === null || SUBUNITS.has(unit.unit)) return { amount, unit };
  const k = tokens[unit.end]?.lower === 'and' ? unit.end + 1 : unit.end;
  const minor = tokens[k]?.glued ? null : readAmount(tokens, k, false);
  if (!minor || minor === 'invalid' || minor.form !== 'cardinal' || minor.scale !== 1 || !Number.isInteger(minor.value) || minor.value >= 100) {
    return { amount, unit };
  }
  const after = readUnitAfter(tokens, minor.end, false);
  if (after && !(after.kind === 'money' && after.unit !== null && SUBUNITS.has(after.unit))) return { amount, unit };
  if (!after && (tokens[minor.end]?.type === 'num' || (tokens[minor.end]?.glued && tokens[minor.end].type === 'word'))) return { amount, unit };
  const whole = amountOf(amount.value + minor.value / 100, amount.start, amount.end, amount.form, amount.scale, amount.digits);
  return { amount: whole, unit: unitEndingAt(unit, after ? after.end : minor.end) };
}
