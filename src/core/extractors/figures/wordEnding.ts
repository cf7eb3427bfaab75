import { GROUP_WORDS, ORDINAL_WORDS, SCALES, SHARE_PREPOSITIONS, SHARE_VERBS } from '../../lexicon/numberWords';
import { UNIT_NAMES } from '../../lexicon/units';
import type { Last, WordNumber } from './numberWords';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import { denominatorOf, nextWord, withScale } from './wordParts';

const NUMERATOR: ReadonlySet<Last> = new Set(['a', 'unit', 'teen', 'tens', 'hundred']);

/** The word that ends a number: an ordinal ("twenty-first"), a denominator ("two thirds"), or none. */
export function lastWord(tokens: readonly Token[], j: number, w: string, last: Last, sofar: number, end: number, scaled: boolean): WordNumber | null {
  // Ordinals, fractions, "half" and "quarter" carry a number; only a plural ("thirds") may name one without.
  if ((tokens[j].marks & CARRIES_NUMBER) === 0 && !w.endsWith('s')) return last === 'none' || last === 'a' ? null : { value: sofar, end, form: 'cardinal' };
  const ordinal = ORDINAL_WORDS.get(w);
  if (ordinal !== undefined && last === 'tens' && ordinal < 10) return { value: sofar + ordinal, end: j + 1, form: 'ordinal' };
  const denominator = denominatorOf(w);
  // "a sixth generation", "a third-place finish": a single ordinal before a noun ranks; before "of" or a verb it divides.
  const next = tokens[j + 1];
  const ranks = ordinal !== undefined && sofar <= 1 && (last === 'a' || last === 'unit') && (next?.type === 'word' ? !dividesBefore(next.lower, ordinal) : last === 'a' && isHyphenCompound(tokens, j + 1));
  if (ranks) return { value: ordinal, end: j + 1, form: 'ordinal' };
  if (denominator !== null && NUMERATOR.has(last)) return maybeScaled(tokens, { value: (sofar || 1) / denominator, end: j + 1, form: 'fraction' }, scaled);
  if (ordinal !== undefined && (last === 'none' || last === 'scale' || last === 'hundred')) return { value: sofar + ordinal, end: j + 1, form: 'ordinal' };
  if (last === 'none' && (w === 'half' || (w === 'quarter' && SCALES.has(tokens[j + 1]?.lower ?? '')))) {
    // "half a million", "half an hour": the article belongs to the fraction.
    const article = (next?.lower === 'a' || next?.lower === 'an') && isMeasureWord(tokens[j + 2]?.lower ?? '') ? 1 : 0;
    return maybeScaled(tokens, { value: w === 'half' ? 0.5 : 0.25, end: j + 1 + article, form: 'fraction' }, scaled);
  }
  return last === 'none' || last === 'a' ? null : { value: sofar, end, form: 'cardinal' };
}

/** True when "a third" before this word is a share: "of", a scale, a verb ("a third said"), a preposition or a comparative ("a third less"). */
function dividesBefore(w: string, ordinal: number): boolean {
  if (w === 'of' || SCALES.has(w) || SHARE_VERBS.has(w)) return true;
  if (ordinal > 2 && SHARE_PREPOSITIONS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed');
}

/** A hyphen glued between two words at token k: "-place" in "third-place", "-grader". */
function isHyphenCompound(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  return dash?.text === '-' && dash.glued && tokens[k + 1]?.type === 'word' && tokens[k + 1].glued;
}

/** A tens word and an ordinal after it, at token j: "twenty-fifth(s)" → 25; else null. */
export function compoundDenominator(tokens: readonly Token[], j: number, tens: number): { value: number; end: number } | null {
  const k = nextWord(tokens, j);
  const word = tokens[k]?.lower ?? '';
  const ordinal = ORDINAL_WORDS.get(word.endsWith('s') ? word.slice(0, -1) : word);
  return ordinal !== undefined && ordinal < 10 ? { value: tens + ordinal, end: k + 1 } : null;
}

/** Words that "half a" may measure: a scale, a dozen, or a unit ("half an hour"). */
function isMeasureWord(w: string): boolean {
  return SCALES.has(w) || GROUP_WORDS.has(w) || UNIT_NAMES.has(w);
}

export function maybeScaled(tokens: readonly Token[], n: WordNumber, scaled: boolean): WordNumber {
  return scaled ? withScale(tokens, n) : n;
}
