import { GROUP_WORDS, SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import { compoundDenominator, lastWord, maybeScaled } from './wordEnding';
import { nextWord, readDecimals } from './wordParts';

export type NumberForm = 'cardinal' | 'ordinal' | 'fraction';

export interface WordNumber {
  readonly value: number;
  /** Index of the token after the number. */
  readonly end: number;
  readonly form: NumberForm;
}

export type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/** What may come after each kind of word: "twenty" takes "one", "hundred" takes "and", ... */
const OPEN: ReadonlySet<Last> = new Set(['none', 'hundred', 'scale', 'and']);
const COUNTED: ReadonlySet<Last> = new Set(['a', 'unit', 'teen', 'tens']);
const AFTER_A: ReadonlySet<string> = new Set(['hundred', 'half', 'quarter', 'third', 'fourth', 'fifth', 'sixth', 'eighth', 'tenth', 'hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth']);

/**
 * Reads a written-out number starting at token i, or null.
 * "two hundred and five" → 205; "two-and-a-half" → 2.5; "a dozen" → 12;
 * "three quarters" → 0.75 (fraction); "twenty-first" → 21 (ordinal).
 */
export function readNumberWords(tokens: readonly Token[], i: number, scaled = true): WordNumber | null {
  // A number opens with a word marked as carrying one, or with "a": most words stop here, unread.
  const first = tokens[i];
  if (!first || first.type !== 'word' || ((first.marks & CARRIES_NUMBER) === 0 && first.lower !== 'a' && first.lower !== 'an')) return null;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let end = i;
  for (let j = i; tokens[j]?.type === 'word'; j = nextWord(tokens, j)) {
    const w = tokens[j].lower;
    // Every word of these tables carries a number: the others skip the lookups.
    const numeric = (tokens[j].marks & CARRIES_NUMBER) !== 0;
    const small = numeric ? SMALL_NUMBERS.get(w) : undefined;
    const tens = numeric ? TENS.get(w) : undefined;
    const scale = numeric ? SCALES.get(w) : undefined;
    if (small !== undefined) {
      if (last === 'tens' ? small === 0 || small > 9 : !OPEN.has(last)) break;
      current += small;
      last = small < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      // "one twenty-fifth", "one hundred thirty fifths": a compound ordinal after a number divides it.
      const compound = last === 'none' || last === 'a' || last === 'and' ? null : compoundDenominator(tokens, j, tens);
      if (compound) return { value: (total + current) / compound.value, end: compound.end, form: 'fraction' };
      if (!OPEN.has(last)) break;
      current += tens;
      last = 'tens';
    } else if (w === 'hundred') {
      if (!(last === 'none' || COUNTED.has(last)) || current >= 100) break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'and' || (scale >= lastScale && current !== 0) || (last === 'none' && w.endsWith('s'))) break;
      total = scale < lastScale ? total + (current || 1) * scale : total * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    } else if (numeric && GROUP_WORDS.has(w) && COUNTED.has(last)) {
      return { value: (total + current || 1) * (GROUP_WORDS.get(w) ?? 1), end: j + 1, form: 'cardinal' };
    } else if (w === 'and' && (OPEN.has(last) || COUNTED.has(last)) && last !== 'none') {
      // "and a half", "and fifty-four hundredths": a fraction ends the number.
      const fraction = readNumberWords(tokens, nextWord(tokens, j), false);
      if (fraction?.form === 'fraction') {
        // "one billion and a half million": the fraction takes its own, smaller scale.
        const own = last === 'scale' ? SCALES.get(tokens[fraction.end]?.lower ?? '') : undefined;
        const part = last !== 'scale' ? fraction.value : fraction.value * (own !== undefined && own < lastScale ? own : lastScale);
        const whole = { value: total + (last === 'scale' ? 0 : current) + part, end: own !== undefined && own < lastScale ? fraction.end + 1 : fraction.end, form: 'cardinal' as const };
        return last === 'scale' ? whole : maybeScaled(tokens, whole, scaled);
      }
      const after = tokens[nextWord(tokens, j)]?.lower ?? '';
      if ((last !== 'hundred' && last !== 'scale') || !(SMALL_NUMBERS.has(after) || TENS.has(after))) break;
      last = 'and';
      continue;
    } else if (w === 'point' && last !== 'none' && last !== 'a' && last !== 'and') {
      const decimals = readDecimals(tokens, j + 1);
      if (!decimals) return null;
      const spoken = { value: total + current + decimals.value, end: decimals.end, form: 'cardinal' as const };
      // "one point two billion": a scale after the decimals scales them all, as after "and a half".
      return last === 'scale' ? spoken : maybeScaled(tokens, spoken, scaled);
    } else if ((w === 'a' || w === 'an') && last === 'none') {
      const after = tokens[nextWord(tokens, j)]?.lower ?? '';
      if (!(AFTER_A.has(after) || SCALES.has(after) || GROUP_WORDS.has(after))) return null;
      last = 'a';
      continue;
    } else {
      return lastWord(tokens, j, w, last, total + current, end, scaled);
    }
    end = j + 1;
  }
  return end === i || last === 'a' ? null : { value: total + current, end, form: 'cardinal' };
}
