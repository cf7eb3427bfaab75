import { possessiveEnd } from './phraseWords';
import { ADDRESS_TITLES } from '../lexicon/roles';
import { HONORIFIC, ORGANIZATION, ROLE, classesOf } from './wordClasses';
import type { Word } from './words';

/**
 * Whether word i is a title rather than part of a name. A capitalised title
 * word after a capitalised given name is a surname: `Ana Pope`, `Tom Justice`,
 * `Lyle King`; `Secretary General` and `NATO chief` stay titles.
 */
export function actsAsRole(ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  if ((classesOf(w) & ROLE) === 0) return false;
  const prev = ws[i - 1];
  // "Ms. White", "Mr. King": after an honorific a title word is a surname, unless one used to address ("Mr. President").
  if (prev && (classesOf(prev) & HONORIFIC) !== 0 && w.capital && !ADDRESS_TITLES.has(w.key)) return false;
  // "Hewlett-Packard CEO": a title in capitals is no one's surname.
  const surname = w.capital && w.text !== w.text.toUpperCase() && !!prev && !prev.punct && prev.capital && (classesOf(prev) & ROLE) === 0 && (classesOf(w) & ORGANIZATION) === 0 && possessiveEnd(prev.text) === 0;
  return !surname || describedTitle(ws, i - 2);
}

/** Words before a title that make it an office held rather than a name: "the first", "new", "a". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'first', 'new', 'former', 'next', 'last', 'acting', 'interim']);

/** Whether word k, before a capitalised word and a title, shows an office: "Merovia's first Climate Commissioner", "the bank's Chief Economist". */
function describedTitle(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  return !!w && !w.punct && ((!w.capital && OFFICE_WORDS.has(w.key)) || possessiveEnd(w.text) > 0);
}
