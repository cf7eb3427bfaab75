import type { EntityBook } from './entityBook';
import type { NameParts } from './personName';
import { REPORTING, classesOf } from './wordClasses';
import type { Word } from './words';

/**
 * Whether a bare one-word name at word `to`, new to the book, reports of itself with "it", as a body does:
 * "Brightwater said it would appeal", "Northline says it accepts the findings". Someone named before
 * ("Kell said it was hard" after "Dana Kell") stays a person.
 */
export function saysOfItself(ws: readonly Word[], to: number, parts: NameParts, book: EntityBook): boolean {
  if (parts.type !== 'person' || parts.surelyPerson || parts.role !== null || parts.from !== to || parts.name.includes(' ')) return false;
  const verb = ws[to + 1];
  const it = ws[to + 2];
  if (!verb || !it || it.text !== 'it' || verb.punct || verb.capital || (classesOf(verb) & REPORTING) === 0) return false;
  return !book.latestPerson(parts.name);
}
