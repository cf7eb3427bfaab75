import type { Gender } from '../lexicon/pronouns';
import type { Draft, EntityBook } from './entityBook';
import { namedIn } from './namedAfter';
import { orgShapedName } from './orgShapedName';

/** Whether an entity can be what a pronoun of this gender refers to. */
export function agrees(d: Draft, gender: Gender): boolean {
  // A person of unknown gender named like a brand ("NordBank said") is taken for a company.
  const brand = d.type === 'person' && d.gender === 'unknown' && orgShapedName(d.name);
  if (gender === 'male' || gender === 'female') return d.type === 'person' && (d.gender === gender || (d.gender === 'unknown' && !brand));
  if (gender === 'plural') return d.type !== 'person' || brand;
  if (gender === 'neuter') return d.type === 'organization' || d.type === 'document' || brand;
  return d.type === 'person';
}

/**
 * The group or organisation a "they" or "it" means: a recent subject, and none spoken of before a person
 * who became the subject since. `The ministry cut its forecast. "…," it said.` → the ministry; after
 * `Kell and Hale met. "…," they said.` or a group named only in passing, none: a pair or a passer-by
 * is likelier than the last organisation the text happened to name.
 */
function groupSubject(gender: Gender, subjects: readonly Draft[]): Draft | undefined {
  for (let k = subjects.length - 1; k >= Math.max(0, subjects.length - SUBJECT_WINDOW); k--) {
    if (agrees(subjects[k], gender)) return subjects[k];
    if (subjects[k].type === 'person') return undefined;
  }
  return undefined;
}

/** How many recent sentence subjects a pronoun looks back over before any mention will do. */
const SUBJECT_WINDOW = 4;

/**
 * The entity a pronoun at `at` refers to: the most recent sentence or
 * attribution subject that agrees, since news keeps its topic in subject
 * position; else the most recent agreeing mention, a known gender first.
 * `Brandt praised Hale. "…," he said.` → Brandt, not Hale. No one among `unlike`, the names
 * the pronoun's own clause gives after it, is meant.
 */
export function resolvePronoun(book: EntityBook, gender: Gender, at: number, subjects: readonly Draft[], unlike: readonly string[] | null = null): Draft | undefined {
  if (gender === 'plural' || gender === 'neuter') return groupSubject(gender, subjects);
  for (let k = subjects.length - 1; k >= Math.max(0, subjects.length - SUBJECT_WINDOW); k--) if (agrees(subjects[k], gender) && !(unlike && namedIn(subjects[k], unlike))) return subjects[k];
  const anyGender = gender === 'unknown';
  let sameGender: Draft | undefined;
  let anyAgreeing: Draft | undefined;
  for (const d of book.drafts) {
    if (d.told < 0 || d.told >= at || !agrees(d, gender) || (unlike && namedIn(d, unlike))) continue;
    if ((anyGender || d.gender === gender) && (!sameGender || d.told > sameGender.told)) sameGender = d;
    if (!anyAgreeing || d.told > anyAgreeing.told) anyAgreeing = d;
  }
  // A newcomer whose sex the name lists cannot tell does not outrank the known man or woman: "To professor
  // Maeve Tolland, …, she said" reaches her as a subject, while "In a talk with host Alyona Mirska, the
  // actor …, he said" means the actor named before, not the host named in passing.
  return sameGender ?? anyAgreeing;
}
