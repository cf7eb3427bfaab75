import { bodyNamedByOwner } from './bodyOwner';
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
  if (head - the === 1 && titledThe(ws, the)) return true;
  if (head - the < 2 || ws[the].key !== 'the' || endsInS(ws[head].key) || !capitalised(ws, the + 1, head)) return false;
  for (let k = the + 1; k <= head; k++) if ((classesOf(ws[k]) & (ROLE | MALE_NAME | FEMALE_NAME)) !== 0 || possessiveEnd(ws[k].text) > 0) return false;
  return true;
}

/**
 * Whether a capital "The" inside a sentence opens a title of one capitalised word, as papers print their names:
 * "according to The Ledger", "…, The Guardian reported"; not "the Ombudsman", nor a "The" after a full stop or
 * at a line's start (only one space stands before it), nor one before a given name or an owner.
 */
function titledThe(ws: readonly Word[], the: number): boolean {
  const prev = ws[the - 1];
  const name = ws[the + 1];
  if (ws[the].text !== 'The' || !prev || !name || name.punct || !name.capital || ws[the].start - prev.end !== 1) return false;
  if (prev.punct && prev.text !== ',') return false;
  return (classesOf(name) & (MALE_NAME | FEMALE_NAME)) === 0 && possessiveEnd(name.text) === 0;
}

/**
 * The first word of the name after a body's possessive in a phrase of capitalised words that "the" opens,
 * words [the, to]: `The Valley Ledger’s Ana Ruiz` → "Ana"; -1 when there is none.
 */
export function ownedName(ws: readonly Word[], the: number, to: number): number {
  if (to - the < 2 || ws[the].key !== 'the' || !capitalised(ws, the + 1, to)) return -1;
  // "the Transport Workers' Union" is one body's name, owned by no one.
  for (let k = to - 1; k > the; k--) if (possessiveEnd(ws[k].text) > 0) return bodyNamedByOwner(ws, k, to) ? -1 : k + 1;
  return -1;
}
