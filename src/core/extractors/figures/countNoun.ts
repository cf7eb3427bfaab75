import { IRREGULAR_PLURALS, NOT_COUNT_NOUNS } from '../../lexicon/countNouns';
import type { Token } from './tokens';

/**
 * "cars", "troops": ASCII letters, then a last letter but s or u, then "s", and not "-sis";
 * as /^[a-z]{2,}[^su]s$/ without "-sis" and without a regex. "-sis" writes singulars: "crisis", "basis";
 * "jihadis", "taxis" are plurals.
 */
function isPlural(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115) return false;
  const before = w.charCodeAt(n - 2);
  if (before === 115 || before === 117 || (before === 105 && w.charCodeAt(n - 3) === 115)) return false;
  for (let k = 0; k < n - 2; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * The plural noun a number counts, read at token j, or null.
 * "1,000 troops" → "troops"; "50 cars" → "cars"; "3 was" → null.
 */
export function countNounAt(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.type !== 'word' || t.glued || t.text !== t.lower) return null;
  if (IRREGULAR_PLURALS.has(t.lower)) return t.lower;
  return isPlural(t.lower) && !NOT_COUNT_NOUNS.has(t.lower) ? t.lower : null;
}

/**
 * countNounAt for a word the tokenizer found on no unit reader's list (no
 * UNIT_LISTED mark), so no irregular plural: "jobs" → "jobs"; "Jobs", "says" → null.
 */
export function unlistedPlural(t: Token): string | null {
  return !t.glued && t.text === t.lower && isPlural(t.lower) && !NOT_COUNT_NOUNS.has(t.lower) ? t.lower : null;
}
