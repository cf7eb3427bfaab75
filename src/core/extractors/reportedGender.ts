import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import type { Draft } from './entityBook';
import type { Word } from './words';

/**
 * "Kurt Brandt said he was open to a compromise": the "he" that opens the reported clause is the speaker, whose
 * gender the name lists could not tell, unless someone else of that gender was spoken of just before.
 */
export function learnGender(ws: readonly Word[], cueTo: number, d: Draft, subjects: readonly Draft[]): void {
  if (d.type !== 'person' || d.gender !== 'unknown') return;
  const k = ws[cueTo + 1]?.key === 'that' ? cueTo + 2 : cueTo + 1;
  const gender = ws[k] && !ws[k].punct ? SUBJECT_PRONOUNS.get(ws[k].key) : undefined;
  if (gender !== 'male' && gender !== 'female') return;
  for (let j = subjects.length - 1; j >= Math.max(0, subjects.length - 4); j--) if (subjects[j] !== d && subjects[j].type === 'person' && subjects[j].gender === gender) return;
  d.gender = gender;
}
