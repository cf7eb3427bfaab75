import { PLACE_PREPOSITIONS } from '../lexicon/clauseWords';
import { TIME_NOUNS } from '../lexicon/timeWords';
import type { Phrase } from './phraseWords';
import { PREPOSITION, classesOf } from './wordClasses';
import type { Word } from './words';

/** Words that open a clause, never a speaker: "that you can’t yell", "is how it ends". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'is', 'was', 'how', 'whether']);

/**
 * Whether a speaker phrase opens and ends as one can: not "of Harbour’s" (a preposition's object), "that you"
 * (a clause), nor "this year" (a time), each read as a subject by a search that found no better cue.
 * "the mayor", "Dana Kell", "former Gov. Tom Hale" can.
 */
export function opensSpeaker(ws: readonly Word[], p: Phrase): boolean {
  const first = ws[p.from];
  if (first.capital || first.punct) return true;
  if ((classesOf(first) & PREPOSITION) !== 0 || PLACE_PREPOSITIONS.has(first.key) || CLAUSE_OPENERS.has(first.key)) return false;
  const last = ws[p.to];
  return last.capital || !TIME_NOUNS.has(last.key);
}
