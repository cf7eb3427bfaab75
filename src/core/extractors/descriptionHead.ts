import type { Gender } from '../lexicon/pronouns';
import { GENDERED_NOUNS } from '../lexicon/pronouns';
import type { Word } from './words';
import { endsInEd } from './keyEnds';

/**
 * Words that open a phrase after a noun's head: "Center" is the head of "the Brennan Center for Justice",
 * "source" of "a source close to the audit".
 */
const AFTER_HEAD: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'who', 'which', 'that', 'close', 'familiar']);

/**
 * The head of the noun phrase in words [from, to]: the last word before a phrase
 * that follows it. `the Brennan Center for Justice` → "Center"; `the head of the union` → "head".
 */
export function descriptionHead(ws: readonly Word[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!ws[k].capital && AFTER_HEAD.has(ws[k].key) && !ws[k - 1].punct) return k - 1;
    // "a memo obtained by the Courier": the noun before the participle.
    if (ws[k].text === 'by' && k - 2 > from && !ws[k - 1].punct && !ws[k - 2].punct && endsInEd(ws[k - 1].key)) return k - 2;
  }
  return to;
}

/** The sex a head noun shows: "woman" → female, "spokesman" → male; else unknown. */
export function nounGender(key: string): Gender {
  const g = GENDERED_NOUNS.get(key);
  if (g) return g;
  if (key.endsWith('woman') || key.endsWith('women')) return 'female';
  return key.endsWith('sman') ? 'male' : 'unknown';
}
