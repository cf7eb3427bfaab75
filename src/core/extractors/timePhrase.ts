import { isFiniteVerb } from './verbForms';
import { TIME_OPENER, classesOf } from './wordClasses';
import type { Word } from './words';

/** A word that opens a short phrase of time or place between a subject and its verb (see TIME_PHRASE_OPENERS). */
const opensTimePhrase = (w: Word) => (classesOf(w) & TIME_OPENER) !== 0;
const MAX = 5;

/**
 * Past a phrase like "on Saturday" or "at the time" that starts at word i
 * and ends before a verb: the verb's index, else i.
 * `Okafor | on Saturday criticized` → the index of "criticized".
 */
export function skipTimePhrase(ws: readonly Word[], i: number, to: number): number {
  if (!ws[i] || ws[i].punct || !opensTimePhrase(ws[i])) return i;
  for (let k = i + 1; k <= Math.min(to, i + MAX); k++) {
    if (ws[k].punct) return i;
    if (isFiniteVerb(ws[k])) return k;
  }
  return i;
}

/** The same read backwards from the word before a verb: where the phrase starts, else k + 1. */
export function timePhraseStart(ws: readonly Word[], k: number, floor: number): number {
  for (let j = k; j >= Math.max(floor, k - MAX + 1); j--) {
    if (ws[j].punct || isFiniteVerb(ws[j])) return k + 1;
    if (opensTimePhrase(ws[j]) && skipTimePhrase(ws, j, k + 1) === k + 1) return j;
  }
  return k + 1;
}
