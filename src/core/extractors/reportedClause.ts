import { FRONTING_WORDS, PLACE_PREPOSITIONS } from '../lexicon/clauseWords';
import { PREPOSITION, classesOf, classesOfKey } from './wordClasses';
import { breaksClause } from './clauseBreaks';
import type { Word } from './words';

/** The lexicon classes of "that", which every word keyed "that" has. */
const THAT = classesOfKey('that');

/**
 * Whether the clause opening at word k, after a comma, is the rest of a "that" clause whose
 * first words were a phrase set before its subject: in `Kell recalled that before the vote,
 * Hale was unknown` Hale is whom Kell spoke of, and Kell is still what the sentence is about.
 * `Kell spoke, and Hale left` and `Kell said that Hale left` are no such clause.
 */
export function endsReportedOpener(ws: readonly Word[], from: number, k: number): boolean {
  for (let j = k - 2; j > from; j--) {
    const w = ws[j];
    if (w.punct) {
      // The clause the search walks through ends at the mark before it, or at a colon.
      if (breaksClause(w.text) || w.text === ':') return false;
      continue;
    }
    // The classes first: a word keyed "that" has its classes, and a name's key is lowered only when asked.
    if (classesOf(w) !== THAT || w.key !== 'that') continue;
    const next = ws[j + 1];
    return !next.punct && (FRONTING_WORDS.has(next.key) || (classesOf(next) & PREPOSITION) !== 0 || PLACE_PREPOSITIONS.has(next.key));
  }
  return false;
}
