import { COMPARATIVES, MULTIPLIER_WORDS, VAGUE_MULTIPLES } from '../../lexicon/qualifiers';
import { amountOf } from './amount';
import type { Candidate, Skip } from './candidate';
import { isOccasions } from './occasions';
import { rateEnd } from './rateAndSubunit';
import { readChange } from './readChange';
import type { QualifierMatch } from './qualifier';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

const THINK: ReadonlySet<string> = new Set(['think', 'thinks', 'thinking', 'thought']);

const OCCASIONS: UnitMatch = { kind: 'quantity', unit: 'times', end: 0, category: 'count', scale: 1 };

/**
 * A multiplier that has no digits to read: "twice", "tenfold", and "many
 * times higher" (value null, approximate). Numbered ones ("three times")
 * come from the unit reader. "Twice" that counts occasions is two of them.
 * Verbs that multiply ("doubled", "cut in half") are read as "twice" is.
 */
export function readMultiplier(tokens: readonly Token[], i: number, j: number, qualifier: QualifierMatch | null): Candidate | Skip | null {
  const t = tokens[j];
  // Every word of these tables carries a number: the others skip the lookups.
  if (!t || t.type !== 'word' || (t.marks & CARRIES_NUMBER) === 0) return null;
  const change = readChange(tokens, i, j, qualifier);
  if (change) return change;
  const word = MULTIPLIER_WORDS.get(t.lower);
  // "think twice": an idiom of caution, no figure.
  if (t.lower === 'twice' && THINK.has(tokens[j - 1]?.lower ?? '')) return { skip: j + 1 };
  // "arrested twice", "twice a year": how often, as "two times" is.
  if ((t.lower === 'twice' || t.lower === 'thrice') && isOccasions(tokens, j + 1, j - 1)) {
    const end = rateEnd(tokens, j + 1);
    return { start: i, end, amount: amountOf(word!, j, j + 1, 'cardinal', 1, null), upper: null, unit: { ...OCCASIONS, end }, qualifier };
  }
  if (word !== undefined) {
    return { start: i, end: withComparative(tokens, j + 1), amount: null, upper: null, unit: null, qualifier, multiplier: { value: word } };
  }
  const after = tokens[j + 2]?.lower ?? '';
  if (VAGUE_MULTIPLES.has(t.lower) && tokens[j + 1]?.lower === 'times' && (COMPARATIVES.has(after) || after === 'as')) {
    const vague: QualifierMatch = qualifier ?? { text: t.lower, end: j + 1, approximate: true };
    return { start: i, end: withComparative(tokens, j + 2), amount: null, upper: null, unit: null, qualifier: vague, multiplier: { value: null } };
  }
  return null;
}

/** "higher" after a multiplier belongs to it: "many times higher". */
function withComparative(tokens: readonly Token[], k: number): number {
  return COMPARATIVES.has(tokens[k]?.lower ?? '') ? k + 1 : k;
}
