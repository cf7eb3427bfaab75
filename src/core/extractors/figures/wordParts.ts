import { FRACTION_WORDS, GROUP_WORDS, ORDINAL_WORDS, SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import type { WordNumber } from './numberWords';
import type { Token } from './tokens';

/** Index of the next word when a hyphen links two words ("twenty-five"), else i + 1. */
export function nextWord(tokens: readonly Token[], i: number): number {
  return tokens[i + 1]?.text === '-' && tokens[i + 2]?.type === 'word' ? i + 2 : i + 1;
}

/** The denominator a fraction word names: "thirds" → 3, "half" → 2; null for other words. */
export function denominatorOf(word: string): number | null {
  const fraction = FRACTION_WORDS.get(word);
  if (fraction !== undefined) return fraction;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return singular === 'second' || singular === 'first' ? null : (ORDINAL_WORDS.get(singular) ?? null);
}

/** Digits read out after "point", at token j: "five" → .5, "two five" → .25, "seventy-one" → .71. */
export function readDecimals(tokens: readonly Token[], j: number): { value: number; end: number } | null {
  let digits = '';
  let k = j;
  for (; tokens[k]?.type === 'word'; k = nextWord(tokens, k)) {
    const small = SMALL_NUMBERS.get(tokens[k].lower);
    const tens = TENS.get(tokens[k].lower);
    if (small !== undefined && small < 10) {
      digits += String(small);
    } else if (tens !== undefined && digits === '') {
      const unit = SMALL_NUMBERS.get(tokens[nextWord(tokens, k)]?.lower ?? '') ?? 0;
      const paired = unit > 0 && unit < 10;
      return { value: Number(`0.${tens + (paired ? unit : 0)}`), end: nextWord(tokens, paired ? nextWord(tokens, k) : k) };
    } else {
      break;
    }
  }
  return digits ? { value: Number(`0.${digits}`), end: k } : null;
}

/**
 * A scale or group word after a fraction multiplies it, hyphenated or not:
 * "half million", "two and a half million", "a half-dozen" → 6.
 */
export function withScale(tokens: readonly Token[], n: WordNumber): WordNumber {
  const hyphen = tokens[n.end]?.text === '-' && tokens[n.end].glued && tokens[n.end + 1]?.glued ? 1 : 0;
  const t = tokens[n.end + hyphen];
  if (t?.type !== 'word') return n;
  const scale = SCALES.get(t.lower) ?? GROUP_WORDS.get(t.lower);
  return scale === undefined ? n : { value: n.value * scale, end: n.end + hyphen + 1, form: 'cardinal' };
}
