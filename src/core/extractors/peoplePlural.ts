import { endsInS } from './keyEnds';
import { isPersonNoun } from './describedAsPerson';
import type { Word } from './words';
import { ROLE, classesOfKey } from './wordClasses';

/** Plural nouns for groups of people that neither a trade ending nor the role lexicon shows: "nurses", "crews". */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'staff', 'workers', 'officials', 'nurses', 'crews', 'parents', 'pupils', 'students', 'families', 'neighbours', 'neighbors',
  'locals', 'paramedics', 'medics', 'guards', 'clergy', 'relatives', 'colleagues', 'friends', 'fans', 'staffers',
]);

/** "managers", "staff", "nurses": people in the plural, in lower case. */
export function peoplePlural(w: Word | undefined): boolean {
  if (!w || w.punct || w.capital) return false;
  if (GROUP_NOUNS.has(w.key)) return true;
  if (!endsInS(w.key)) return false;
  const one = w.key.slice(0, -1);
  return isPersonNoun(one) || (classesOfKey(one) & ROLE) !== 0;
}
