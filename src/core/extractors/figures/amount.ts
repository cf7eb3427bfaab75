import { GROUP_WORDS, NEGATIVE_WORDS, ORDINAL_SUFFIXES, SCALE_ABBREVIATIONS, SCALES, VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { digitValue } from './digitValue';
import { readNumberWords, type NumberForm } from './numberWords';
import { readPower } from './power';
import { readScaledTail } from './scaledTail';
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
const LOWER_SINGLE = new Set(['m', 'b', 't']);

/**
 * Reads the amount at token i, or null. A digit token that is a code rather
 * than an amount ("1.2.3") yields `invalid` so the caller can step past it.
 * `money` lets a glued "m" mean million ("$3m") rather than metre.
 */
export function readAmount(tokens: readonly Token[], i: number, money: boolean): Amount | 'invalid' | null {
  const t = tokens[i];
  if (!t) return null;
  let sign = 1;
  let k = i;
  if (t.type === 'sym' && SIGNS.has(t.text) && tokens[i + 1]?.type === 'num' && tokens[i + 1].glued && !(t.glued && tokens[i - 1]?.type !== 'sym')) {
    sign = -1;
    k = i + 1;
  } else if (t.type === 'word' && NEGATIVE_WORDS.has(t.lower)) {
    const inner = readAmount(tokens, i + 1, money);
    return inner && inner !== 'invalid' ? { ...inner, start: i, value: -inner.value } : null;
  }
  const first = tokens[k];
  if (first.type === 'word') {
    const words = readNumberWords(tokens, k);
    return words ? { ...words, start: i, scale: 1, digits: null } : null;
  }
  if (first.type === 'sym') {
    const fraction = VULGAR_FRACTIONS.get(first.text);
    return fraction === undefined ? null : { value: fraction, start: i, end: k + 1, form: 'fraction', scale: 1, digits: null };
  }
  const base = digitValue(first.text);
  if (base === null) return 'invalid';
  let value = base;
  let end = k + 1;
  let form: NumberForm = 'cardinal';
  const next = tokens[end];
  if (next?.text === '/' && next.glued && tokens[end + 1]?.type === 'num' && tokens[end + 1].glued) {
    const denominator = digitValue(tokens[end + 1].text);
    if (tokens[end + 2]?.text === '/' || !denominator || !isFractionShape(base, denominator)) return 'invalid';
    value = base / denominator;
    end += 2;
    form = 'fraction';
  } else if (next?.type === 'num' && !next.glued && tokens[end + 1]?.text === '/' && tokens[end + 2]?.type === 'num' && tokens[end + 1].glued && tokens[end + 2].glued) {
    const numerator = digitValue(next.text) ?? 0;
    const denominator = digitValue(tokens[end + 2].text) ?? 0;
    if (denominator && isFractionShape(numerator, denominator) && Number.isInteger(base)) {
      value = base + numerator / denominator;
      end += 3;
    }
  } else if (next?.type === 'sym' && next.glued && VULGAR_FRACTIONS.has(next.text)) {
    value = base + (VULGAR_FRACTIONS.get(next.text) ?? 0);
    end += 1;
  } else if (next?.type === 'word' && next.glued && ORDINAL_SUFFIXES.has(next.lower) && Number.isInteger(base)) {
    return { value: base, start: i, end: end + 1, form: 'ordinal', scale: 1, digits: k };
  }
  const power = form === 'cardinal' && end === k + 1 ? readPower(tokens, end, value) : null;
  if (power) return { value: sign * power.value, start: i, end: power.end, form, scale: 1, digits: k };
  const scale = form === 'cardinal' ? scaleAt(tokens[end], money) : 0;
  if (!scale) return { value: sign * value, start: i, end, form, scale: 1, digits: k };
  const tail = SCALES.has(tokens[end].lower) ? readScaledTail(tokens, end + 1, scale) : null;
  const whole = value * scale + (tail ? tail.value : 0);
  return { value: sign * whole, start: i, end: tail ? tail.end : end + 1, form, scale, digits: k };
}

/** A slash reads as a fraction only in the shapes fractions take: "3/4", "1/40"; not "24/7" or "5/17". */
function isFractionShape(numerator: number, denominator: number): boolean {
  return numerator < denominator && Number.isInteger(numerator) && (denominator <= 10 || denominator % 10 === 0 || denominator === 16 || denominator === 32 || denominator === 64);
}

/** The multiplier of a scale word after digits: "million", "bn", glued "k"; 0 when there is none. */
function scaleAt(t: Token | undefined, money: boolean): number {
  if (!t || t.type !== 'word') return 0;
  const word = SCALES.get(t.lower) ?? GROUP_WORDS.get(t.lower);
  if (word !== undefined) return word;
  const abbreviation = SCALE_ABBREVIATIONS.get(t.lower);
  if (abbreviation === undefined) return 0;
  if (t.text.length === 1 && t.text !== 'k' && t.text !== 'K') {
    if (!t.glued) return 0;
    return LOWER_SINGLE.has(t.text) && !money ? (t.text === 'b' ? abbreviation : 0) : abbreviation;
  }
  if (t.text === 'mm' && !money) return 0;
  return abbreviation;
}
