import type { Phrase } from './phraseWords';
import { isDigitCode } from '../charCodes';
import { LINKS } from './phraseWords';
import { isFiniteVerb } from './verbForms';
import type { Word } from './words';
import { AUXILIARY, CLAUSE_LINK, DETERMINER, MODIFIER, NOT_NAME, PHRASE_OPENER, PREPOSITION, PRONOUN, SENTENCE_STARTER, SUBORDINATOR, classesOf } from './wordClasses';

/** How many words may say which people a plural means: "Andrean High School fans". */
const MAX_MODIFIERS = 4;

/** Words that open a clause or phrase, or link one, which never say which people a plural means: "When", "but", "which". */
const NOT_MODIFIER = DETERMINER | PREPOSITION | PRONOUN | NOT_NAME | CLAUSE_LINK | SUBORDINATOR | PHRASE_OPENER | SENTENCE_STARTER | AUXILIARY | MODIFIER;
const RELATIVES: ReadonlySet<string> = new Set(['which', 'whose', 'who', 'whom', 'that', 'but', 'or', 'nor', 'yet']);

/**
 * A word that may stand before a plural noun to say which people: "Police", "fire", "Chinese", "military".
 * Not a number's last part ("1,409 teachers" is read whole elsewhere).
 */
const modifies = (w: Word) =>
  !w.punct && !isDigitCode(w.text.charCodeAt(0)) && (classesOf(w) & NOT_MODIFIER) === 0 && !LINKS.has(w.key) && !RELATIVES.has(w.key) && !isFiniteVerb(w);

/**
 * The plural for people at word i with the words before it that say which, when they open their clause:
 * `Police officers said`, `"…," fire crews said`, `Andrean High School fans chanted` → the group speaks.
 * Null when the plural is an object ("interviewed by congressional staff") or owned ("her backers"),
 * where the speaker is someone else.
 */
export function groupOfPeople(ws: readonly Word[], i: number, floor: number): Phrase | null {
  let k = i - 1;
  while (k >= floor && k >= i - MAX_MODIFIERS && modifies(ws[k])) k--;
  return k < floor || ws[k].punct ? { from: k + 1, to: i, kind: 'description' } : null;
}
