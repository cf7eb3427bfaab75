import type { Word } from './words';
import { ROLE, classesOf } from './wordClasses';

/** An age set off by commas: "Harry Bond, 30, of Raleigh". */
const AGE = /^\d{1,3}$/;
/** Words after a trade noun that end it: "director of …", "a lawyer who …". */
const AFTER_TRADE: ReadonlySet<string> = new Set(['of', 'at', 'for', 'who', 'and']);

/** Nouns for people by their trade: "neurosurgeon", "organizer", "spokeswoman", "economist". */
export const PERSON_NOUN = /(?:ist|er|or|ian|man|woman|eon|ent|ant)$/;

/**
 * Whether the name ending at word `end` is followed by an aside that
 * describes a person: an age or a title. `Marek Nowak, director general of
 * the agency,` → true; `Iowa, a farm state,` → false.
 */
export function describedAsPerson(ws: readonly Word[], end: number): boolean {
  if (ws[end + 1]?.text !== ',') return false;
  const first = ws[end + 2];
  if (!first || first.punct) return false;
  if (AGE.test(first.key) && ws[end + 3]?.text === ',') return true;
  for (let k = end + 2; k < Math.min(ws.length, end + 8) && !ws[k].punct; k++) {
    if (ws[k].key === 'of' || ws[k].key === 'at' || ws[k].key === 'for') break;
    if ((classesOf(ws[k]) & ROLE) !== 0 && !ws[k].capital) return true;
    if (!ws[k].capital && PERSON_NOUN.test(ws[k].key) && (ws[k + 1]?.punct || AFTER_TRADE.has(ws[k + 1]?.key ?? ''))) return true;
  }
  return false;
}
