import { amountOf, negated, readAmount, signsCurrency } from './amount';
import type { Amount } from './amount';
import type { Skip } from './candidate';
import { readCurrencyBefore } from './currency';
import { readFeetAndInches } from './feetAndInches';
import { moneyTail } from './moneyTail';
import { countOverBase, perBaseUnit, rateEnd, withSubunit } from './rateAndSubunit';
import { readTolerance } from './tolerance';
import type { Token } from './tokens';
import { readUnitAfter, unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

export interface Measure {
  readonly amount: Amount;
  readonly unit: UnitMatch | null;
  /** True when the currency was written before the amount ("$5"), so "and" after it may open a range. */
  readonly prefixed: boolean;
}

/**
 * An amount with its unit at token j: "$75 million", "40 tonnes",
 * "17 USD 25". A digit code that is no amount ("1.2.3") yields a Skip.
 */
export function readMeasure(tokens: readonly Token[], j: number): Measure | Skip | null {
  // "-$3.6 billion": the minus stands before the currency, where the amount reader does not look.
  const signed = signsCurrency(tokens, j) ? readCurrencyBefore(tokens, j + 1) : null;
  const currency = signed ?? readCurrencyBefore(tokens, j);
  const at = currency ? currency.end : j;
  const unsigned = readAmount(tokens, at, currency !== null);
  if (unsigned === 'invalid') return { skip: pastGlued(tokens, at + 1) };
  const read = signed && unsigned && unsigned.form !== 'ordinal' ? negated(unsigned, j) : unsigned;
  if (!read || read.form === 'ordinal') return read && { amount: read, unit: null, prefixed: false };
  let unit: UnitMatch | null = currency
    ? { kind: 'money', unit: currency.code, end: read.end, category: 'money', scale: 1 }
    : readUnitAfter(tokens, read.end, read.scale > 1);
  if (!currency && !unit) {
    const height = readFeetAndInches(tokens, read);
    if (height) return { amount: height.amount, unit: height.unit, prefixed: false };
  }
  if (!currency) unit = readTolerance(tokens, unit ? unit.end : read.end, unit) ?? unit;
  // "312 per 100,000 person-years": a bare number over a base is a rate, and the base its unit.
  if (!currency && !unit) unit = perBaseUnit(tokens, read.end);
  if (currency) {
    // "$5 dollars", "US$ 1MM dollars": the same currency written again belongs to the figure.
    const again = readUnitAfter(tokens, read.end, true, false);
    if (again?.kind === 'money' && again.unit === currency.code) unit = unitEndingAt(unit!, again.end);
  }
  const scale = (currency?.scale ?? 1) * (unit?.scale ?? 1);
  const amount: Amount = scale === 1 ? read : amountOf(read.value * scale, read.start, read.end, read.form, read.scale * scale, read.digits);
  if (unit?.kind === 'money' && !currency) {
    const tail = moneyTail(tokens, amount, unit);
    return withRate(tokens, { amount: tail.amount, unit: tail.unit, prefixed: false });
  }
  const sub = unit ? withSubunit(tokens, amount, unit) : null;
  if (sub && unit) return { amount: sub.amount, unit: unitEndingAt(unit, sub.end), prefixed: false };
  return withRate(tokens, { amount, unit, prefixed: currency !== null });
}

/** A rate after the unit belongs to the figure: "$80 a barrel", "188 miles an hour". */
function withRate(tokens: readonly Token[], m: Measure): Measure {
  const base = m.unit && countOverBase(tokens, m.unit);
  if (base) return { amount: m.amount, unit: base, prefixed: m.prefixed };
  const end = m.unit ? rateEnd(tokens, m.unit.end) : 0;
  return m.unit && end > m.unit.end ? { amount: m.amount, unit: unitEndingAt(m.unit, end), prefixed: m.prefixed } : m;
}

/** The index after a run of tokens glued to the one before: a code is stepped over whole. */
function pastGlued(tokens: readonly Token[], k: number): number {
  while (tokens[k]?.glued) k++;
  return k;
}
