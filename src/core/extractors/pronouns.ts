import type { Gender } from '../lexicon/pronouns';
import type { Draft, EntityBook } from './entityBook';

/** Whether an entity can be what a pronoun of this gender refers to. */
export function agrees(d: Draft, gender: Gender): boolean {
  if (gender === 'male' || gender === 'female') return d.type === 'person' && (d.gender === gender || d.gender === 'unknown');
  if (gender === 'plural') return d.type !== 'person';
  if (gender === 'neuter') return d.type === 'organization';
  return d.type === 'person';
}

/**
 * The entity a pronoun at `at` refers to: the subject of the previous
 * attribution when it agrees, else the most recent agreeing entity, a
 * known gender before an unknown one.
 * `Stoltenberg said …. "…," he said.` → Stoltenberg.
 */
export function resolvePronoun(book: EntityBook, gender: Gender, at: number, lastSubject: Draft | undefined): Draft | undefined {
  if (lastSubject && lastSubject.last < at && agrees(lastSubject, gender)) {
    const known = gender === 'male' || gender === 'female';
    // "Palmieri criticized Manafort. "…," she said": a later woman beats a previous speaker of unknown gender.
    const since = lastSubject.last;
    const rival = known && lastSubject.gender !== gender ? book.latest((d) => d !== lastSubject && d.type === 'person' && d.gender === gender && d.last > since, at) : undefined;
    return rival ?? lastSubject;
  }
  return (
    book.latest((d) => agrees(d, gender) && (d.gender === gender || gender === 'unknown' || gender === 'plural' || gender === 'neuter'), at) ??
    book.latest((d) => agrees(d, gender), at)
  );
}
