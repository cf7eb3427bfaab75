import type { Draft, EntityBook } from './entityBook';
import type { NameParts } from './personName';
import { personName } from './personName';
import type { Phrase } from './phraseWords';
import type { Resolved } from './resolveSubject';
import { resolveSubject } from './resolveSubject';
import type { Word } from './words';

/**
 * The "and" joining two people's names in a speaker phrase of words [from, to]; -1 when there is none.
 * Most phrases hold no "and", so the words are read before any name is split.
 */
function andAt(ws: readonly Word[], from: number, to: number): number {
  // The text, not the key: the phrase's capitalised words would be lowered just to be compared.
  for (let k = from + 1; k < to; k++) if (ws[k].text === 'and') return k;
  return -1;
}

/** Whether a name is a person's by what it holds: a given name, a title or honorific, or a surname the text gave in full before. */
function surely(parts: NameParts, book: EntityBook): boolean {
  const key = parts.name.toLowerCase();
  return parts.surelyPerson || book.knows(key.slice(key.lastIndexOf(' ') + 1));
}

/** Whether a name shows its sex by a given name or honorific and carries no title: "Tom Hale", "Mrs. Ana Hale". */
const plainlyPerson = (parts: NameParts) => parts.role === null && (parts.gender === 'male' || parts.gender === 'female');

/**
 * Whether both sides of the "and" name a person on their own. A full name the lexicon does not know ("Dana Kell")
 * counts beside one with a given name and no title; "Danish Climate and Energy Minister Sofie Brandt" joins two
 * titles, "United States Citizenship and Immigration Services" is a body, and "Procter and Gamble", "Tom and
 * Jerry Hale" have a side that is no full name.
 */
function twoPeople(left: NameParts | null, right: NameParts | null, book: EntityBook): boolean {
  if (!left || !right || left.type !== 'person' || right.type !== 'person' || left.givenOnly || right.givenOnly) return false;
  if (surely(left, book) && surely(right, book)) return true;
  return (plainlyPerson(left) && right.role === null && right.name.includes(' ')) || (plainlyPerson(right) && left.role === null && left.name.includes(' '));
}

/**
 * Two people who speak together, `Dana Kell and Tom Hale said`: the quote has one speaker in the schema, so the
 * first named speaks for both, and the second becomes an entity too, for a later "Hale" to find him rather than
 * a new one. The speaker's mention still spans both names. Null when the phrase is no such pair.
 */
export function pairedSpeaker(text: string, ws: readonly Word[], p: Phrase, book: EntityBook, subjects: readonly Draft[]): Resolved | null {
  if (p.kind !== 'name') return null;
  const and = andAt(ws, p.from, p.to);
  if (and < 0) return null;
  const second = personName(text, ws, and + 1, p.to, book);
  if (!second || !twoPeople(personName(text, ws, p.from, and - 1, book), second, book)) return null;
  const first = resolveSubject(text, ws, { from: p.from, to: and - 1, kind: 'name' }, book, subjects);
  const start = ws[second.from].start;
  const end = ws[p.to].end;
  const partner = book.byName(second.name, 'person', second.gender, second.role, { start, end, text: text.slice(start, end) });
  return first && { ...first, partner };
}
