import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import { readCurrencyBefore, type CurrencyMatch } from './currency';
import { isDayOfMonth, isLikelyYear } from './dateContext';
import { isVoteTally } from './isVoteTally';
import { countOverBase, rateEnd } from './rateAndSubunit';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import { unitOf } from './unitOf';
import { readUnitAfter, unitEndingAt } from './unitAfter';
import type { UnitMatch } from './unitAfter';

/** How many tokens before "45 to 52" its vote word may stand: "passed the bill 60 to 40". */
const TALLY_IN_WORDS_REACH = 3;

/** "-", "–" or "~" between the ends of a range, by its code. */
function isDash(t: Token | undefined): boolean {
  const c = unitOf(t);
  return c === 45 || c === 0x2013 || c === 126;
}

export interface RangeRead {
  readonly lower: Amount;
  readonly upper: Amount;
  readonly unit: UnitMatch | null;
}

/**
 * Reads the second half of a range at token k, after `lower` and its unit:
 * "-30%", "to 15 billion", "and 50 mg" (after "between"). A dash between
 * digits that is no range ("2-1", "555-0100") yields a Skip past both.
 * A scale or unit on the upper end carries to the lower: "10 to 15 billion".
 */
export function readRangeEnd(
  tokens: readonly Token[], k: number, lower: Amount, unit: UnitMatch | null, opener: string | null, anyOrder = false,
): RangeRead | { skip: number } | null {
  const t = tokens[k];
  if (!t || lower.form === 'ordinal') return null;
  const dash = isDash(t);
  if (dash && isTallyLink(tokens, k)) return { skip: k + 4 };
  if (!(dash || t.lower === 'to' || t.lower === 'through' || (t.lower === 'and' && opener === 'between'))) return null;
  const currency = !unit || unit.kind === 'money' ? readCurrencyBefore(tokens, k + 1) : null;
  const at = currency ? currency.end : k + 1;
  const upper = readAmount(tokens, at, currency !== null || unit?.kind === 'money');
  if (upper === 'invalid') return dash ? { skip: at + 1 } : null;
  if (!upper || upper.form !== lower.form) return null;
  // "7-Eleven", "Ocean 5-Ten": digits hyphenated to a capitalised number word make a name.
  if (dash && t.glued && lower.digits !== null && upper.digits === null && tokens[at].text !== tokens[at].lower) return { skip: upper.end };
  // "November 12, 2012–six days": a year does not start a range of words.
  if (lower.digits !== null && upper.digits === null && /^\d{4}$/.test(tokens[lower.digits].text)) return null;
  const upperUnit = currency ? currencyUnit(unit, currency, upper.end) : readUnitAfter(tokens, upper.end, upper.scale > 1);
  // "from $218 million in 2009 to $604 million", "in 2009 to 31 percent": a bare year starts no range of money or percents.
  const moneyOrShare = currency !== null || upperUnit?.kind === 'percent';
  if (!unit && moneyOrShare && lower.digits !== null && lower.value >= 1900 && isLikelyYear(tokens[lower.digits].text)) return null;
  if (!unit && !dash && isYearAfterPreposition(tokens, lower) && !isBareYear(tokens, upper)) return null;
  const plain = lower.digits !== null && upper.digits !== null && !unit && !upperUnit;
  const plainDigits = dash && plain;
  // "passed the bill 52-48", "failed 47-53": a tally is two counts, whichever way it runs; the upper is read next.
  if (plainDigits && !isLikelyYear(tokens[lower.digits!].text) && isVoteTally(tokens, lower.start, upper.end)) return null;
  // "failed 45 to 52", "by a vote of 4 to 7": in words too, with its vote word nearer, as "voted to cap it at 25 to 30" is a range.
  if (plain && !dash && !opener && t.lower === 'to' && isVoteTally(tokens, lower.start, upper.end, TALLY_IN_WORDS_REACH)) return null;
  if (plainDigits && !isDigitRange(tokens, lower, upper)) {
    return { skip: pastDashedDigits(tokens, upper.end) };
  }
  if (unit && upperUnit && (unit.unit !== upperUnit.unit || unit.kind !== upperUnit.kind)) return null;
  const scaled = lower.scale === 1 && upper.scale > 1 && lower.value * upper.scale <= upper.value;
  const from = scaled ? amountOf(lower.value * upper.scale, lower.start, lower.end, lower.form, upper.scale, lower.digits) : lower;
  if (!dash && opener !== 'between' && !anyOrder && upper.value <= from.value) return null;
  // "from 27 percent on March 9 to 33 percent": a day of a month opens no range of percents.
  if (!unit && upperUnit && isDayOfMonth(tokens, lower.start, lower.end, lower.value)) return null;
  // A dash that falls is a score or a name, not a range: "a 5-0 vote", "Five-0".
  if (dash && upper.value <= from.value) return null;
  const shared = upperUnit ?? (unit ? unitEndingAt(unit, upper.end) : null);
  const withRate = shared && (countOverBase(tokens, shared) ?? unitEndingAt(shared, rateEnd(tokens, shared.end)));
  if (!anyOrder || upper.value >= from.value) return { lower: from, upper, unit: withRate };
  // A falling range keeps its spans and gives its lower bound first.
  return {
    lower: amountOf(upper.value, from.start, from.end, from.form, from.scale, from.digits),
    upper: amountOf(from.value, upper.start, upper.end, upper.form, upper.scale, upper.digits),
    unit: withRate,
  };
}

/** Words before a bare year that make it a time, not the start of a range: "fell in 2024 to 61.7 million tonnes". */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'during']);

/** "in 2024", "by 2030": a bare four-digit year after a preposition of time. */
function isYearAfterPreposition(tokens: readonly Token[], a: Amount): boolean {
  return a.digits === a.start && a.scale === 1 && a.value >= 1900 && isLikelyYear(tokens[a.digits].text)
    && YEAR_PREPOSITIONS.has(tokens[a.start - 1]?.lower ?? '');
}

/** A bare year with nothing after it that makes it an amount: "2030" in "in 2024 to 2030". */
function isBareYear(tokens: readonly Token[], a: Amount): boolean {
  return a.digits !== null && a.scale === 1 && isLikelyYear(tokens[a.digits].text);
}

/** "a 5-to-4 ruling", "a 2-to-1 margin": numbers hyphenated with "to" are a vote or a ratio, not a range. */
function isTallyLink(tokens: readonly Token[], k: number): boolean {
  const to = tokens[k + 1];
  const dash = tokens[k + 2];
  const other = tokens[k + 3];
  return tokens[k].glued && to?.lower === 'to' && to.glued && dash?.text === '-' && dash.glued && other?.glued === true && (other.type === 'num' || (other.marks & CARRIES_NUMBER) !== 0);
}

/**
 * The unit of an upper end read after a currency: the lower end's money unit
 * ending later; after a bare lower end ("5 to $10") the currency's, so the
 * range is money as a whole (a unit left unset would leave the field out).
 */
function currencyUnit(unit: UnitMatch | null, currency: CurrencyMatch, end: number): UnitMatch {
  return unit ? unitEndingAt(unit, end) : { kind: 'money', unit: currency.code, end, category: 'money', scale: currency.scale };
}

/** A dash between plain numbers is a range only when it rises and looks like no code: "10-15", not "2-1" or "1995-01". */
function isDigitRange(tokens: readonly Token[], lower: Amount, upper: Amount): boolean {
  const a = tokens[lower.digits!].text;
  const b = tokens[upper.digits!].text;
  const next = tokens[upper.end];
  if (leadingZero(a) || leadingZero(b)) return false;
  if (next && next.glued && isDash(next) && tokens[upper.end + 1]?.type === 'num') return false;
  return upper.value > lower.value;
}

/** "01", "007": a zero before a digit writes a code; "0.74" is a decimal, as in a confidence interval "0.74-1.12". */
function leadingZero(digits: string): boolean {
  return digits.length > 1 && digits[0] === '0' && digits[1] !== '.';
}

/** "a 3-2-1 plan", "555-0100-22": the index after every "-digits" glued on, so no part of the code is read alone. */
function pastDashedDigits(tokens: readonly Token[], k: number): number {
  while (tokens[k]?.glued && isDash(tokens[k]) && tokens[k + 1]?.type === 'num' && tokens[k + 1].glued) k += 2;
  return k;
}
