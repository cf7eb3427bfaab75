import { IRREGULAR_PLURALS, NOT_COUNT_NOUNS } from '../../lexicon/countNouns';
import type { Token } from './tokens';

const PLURAL = /^[a-z]{2,}[^su]s$/;

/**
 * The plural noun a number counts, read at token j, or null.
 * "1,000 troops" → "troops"; "50 cars" → "cars"; "3 was" → null.
 */
export function countNounAt(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.type !== 'word' || t.glued || t.text !== t.lower) return null;
  if (IRREGULAR_PLURALS.has(t.lower)) return t.lower;
  return PLURAL.test(t.lower) && !NOT_COUNT_NOUNS.has(t.lower) ? t.lower : null;
}
