import { NEGATIVE_WORDS, SCALES, VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { readDigitForm, scaleAt } from './digitParts';
import { digitValue } from './digitValue';
import { isGluedMillion } from './gluedMillion';
import { readNumberWords } from './numberWords';
import type { NumberForm } from './numberWords';
import { readPower } from './power';
import { readScaledTail } from './scaledTail';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';

/** A number read from the text, before any unit: "-1.5 million", "two-and-a-half", "8th". */
export interface Amount {
  readonly value: number;
  readonly start: number;
  /** Index of the token after the amount. */
  readonly end: number;
  readonly form: NumberForm;
  /** The scale word multiplied in, e.g. 1e6 for "1.5 million"; 1 without one. */
  readonly scale: number;
  /** True when written in digits (then `tokens[digits]` is the digit token). */
  readonly digits: number | null;
}

const SIGNS = new Set(['-', '−', '–']);

/**
 * Every Amount is built here, with its fields in one order: objects of one
 * shape keep the readers' property lookups fast.
 */
export function amountOf(value: number, start: number, end: number, form: NumberForm, scale: number, digits: number | null): Amount {
  return { value, start, end, form, scale, digits };
}

/**
 * Reads the amount at token i, or null. A digit token that is a code rather
 * than an amount ("1.2.3") yields `invalid` so the caller can step past it.
 * `money` lets a glued "m" mean million ("$3m") rather than metre; without it, the words around decide (see isGluedMillion).
 */
export function readAmount(tokens: readonly Token[], i: number, money: boolean): Amount | 'invalid' | null {
  const t = tokens[i];
  if (!t) return null;
  let sign = 1;
  let k = i;
  // A minus touches its number, or opens the text: "-5", "(-3)", "- 10 k" alone.
  const signed = tokens[i + 1]?.type === 'num' && (tokens[i + 1].glued || i === 0);
  if (t.type === 'sym' && SIGNS.has(t.text) && signed && !joinsTwo(tokens, i)) {
    sign = -1;
    k = i + 1;
  } else if (t.type === 'word' && (t.marks & CARRIES_NUMBER) !== 0 && NEGATIVE_WORDS.has(t.lower)) {
    const inner = readAmount(tokens, i + 1, money);
    return inner && inner !== 'invalid' ? amountOf(-inner.value, i, inner.end, inner.form, inner.scale, inner.digits) : null;
  }
  const first = tokens[k];
  if (first.type === 'word') {
    const words = readNumberWords(tokens, k);
    return words ? amountOf(words.value, i, words.end, words.form, 1, null) : null;
  }
  if (first.type === 'sym') {
    const fraction = VULGAR_FRACTIONS.get(first.text);
    return fraction === undefined ? null : amountOf(fraction, i, k + 1, 'fraction', 1, null);
  }
  const base = digitValue(first.text);
  if (base === null) return 'invalid';
  const read = readDigitForm(tokens, k, base);
  if (read === 'invalid') return read;
  const { value, end, form } = read;
  if (form === 'ordinal') return amountOf(value, i, end, form, 1, k);
  const power = form === 'cardinal' && end === k + 1 ? readPower(tokens, end, value) : null;
  if (power) return amountOf(sign * power.value, i, power.end, form, 1, k);
  // "a $400-million budget": a scale word may be hyphenated to its digits.
  const at = tokens[end]?.text === '-' && tokens[end].glued && tokens[end + 1]?.glued && SCALES.has(tokens[end + 1].lower) ? end + 1 : end;
  const scale = form !== 'cardinal' ? 0 : scaleAt(tokens[at], money) || (at === end && isGluedMillion(tokens, at) ? 1e6 : 0);
  if (!scale) return amountOf(sign * value, i, end, form, 1, k);
  const tail = SCALES.has(tokens[at].lower) ? readScaledTail(tokens, at + 1, scale) : null;
  const whole = value * scale + (tail ? tail.value : 0);
  return amountOf(sign * whole, i, tail ? tail.end : at + 1, form, scale, k);
}

/**
 * True when the minus at token i signs the currency glued after it: "-$3.6
 * billion", "(−€5m)", or "minus" the one after it: "minus £1.2bn"; not
 * "$2-$3", where it joins two amounts.
 */
export function signsCurrency(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next?.type !== 'sym') return false;
  if (t.type === 'word') return (t.marks & CARRIES_NUMBER) !== 0 && NEGATIVE_WORDS.has(t.lower);
  return t.type === 'sym' && SIGNS.has(t.text) && next.glued && !joinsTwo(tokens, i);
}

/** The amount with its sign flipped, starting at the sign's token: "-$3.6 billion" → -3.6e9 from the "-". */
export function negated(a: Amount, start: number): Amount {
  return amountOf(-a.value, start, a.end, a.form, a.scale, a.digits);
}

/** True when the dash at token i joins two numbers rather than signs one: "5-3", "32%-25%"; not "(-3)". */
function joinsTwo(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i].glued && (before?.type !== 'sym' || before.text === '%');
}
