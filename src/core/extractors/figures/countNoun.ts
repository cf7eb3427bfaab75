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

/** "MPs", "GPs", "NGOs": two to five capitals and a small "s", the plural of an initialism. */
function isInitialismPlural(w: string): boolean {
  const n = w.length;
  if (n < 3 || n > 6 || w.charCodeAt(n - 1) !== 115) return false;
  for (let k = 0; k < n - 1; k++) {
    const c = w.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * The plural noun a number counts, read at token j, or null.
 * "1,000 troops" → "troops"; "50 cars" → "cars"; "650 MPs" → "MPs"; "3 was" → null.
 */
export function countNounAt(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.type !== 'word' || t.glued) return null;
  if (t.text !== t.lower) return isInitialismPlural(t.text) ? t.text : null;
  if (IRREGULAR_PLURALS.has(t.lower)) return t.lower;
  return isPlural(t.lower) && !NOT_COUNT_NOUNS.has(t.lower) ? t.lower : null;
}

/**
 * countNounAt for a word the tokenizer found on no unit reader's list (no
 * UNIT_LISTED mark), so no irregular plural: "jobs" → "jobs", "MPs" → "MPs"; "Jobs", "says" → null.
 */
export function unlistedPlural(t: Token): string | null {
  if (t.glued) return null;
  if (t.text !== t.lower) return isInitialismPlural(t.text) ? t.text : null;
  return isPlural(t.lower) && !NOT_COUNT_NOUNS.has(t.lower) ? t.lower : null;
}
