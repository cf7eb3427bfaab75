import { endsInS } from './keyEnds';
import { possessiveEnd } from './phraseWords';
import { FEMALE_NAME, MALE_NAME, ROLE, classesOf } from './wordClasses';
import type { Word } from './words';

/** Whether words [from, to] are all capitalised words, none a mark. */
function capitalised(ws: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ws[k].punct || !ws[k].capital) return false;
  return true;
}

/**
 * Whether "the" at word `the` opens a name of two or more capitalised words ending at `head`, none of them a
 * title, a given name or an owner: a body, as people are not named "the …". `The Daily Courier said`, `the
 * Harbour Gazette reported`; not "the Deputy Mayor", "the Iowa Democrat" (titles), "the Rowland Sisters" (a
 * plural: a group), nor "The Guardian" alone, which reads as a role as often ("the Ombudsman").
 */
export function namedWithThe(ws: readonly Word[], the: number, head: number): boolean {
  if (head - the < 2 || ws[the].key !== 'the' || endsInS(ws[head].key) || !capitalised(ws, the + 1, head)) return false;
  for (let k = the + 1; k <= head; k++) if ((classesOf(ws[k]) & (ROLE | MALE_NAME | FEMALE_NAME)) !== 0 || possessiveEnd(ws[k].text) > 0) return false;
  return true;
}

/**
 * The first word of the name after a body's possessive in a phrase of capitalised words that "the" opens,
 * words [the, to]: `The Valley Ledger’s Ana Ruiz` → "Ana"; -1 when there is none.
 */
export function ownedName(ws: readonly Word[], the: number, to: number): number {
  if (to - the < 2 || ws[the].key !== 'the' || !capitalised(ws, the + 1, to)) return -1;
  for (let k = to - 1; k > the; k--) if (possessiveEnd(ws[k].text) > 0) return k + 1;
  return -1;
}
