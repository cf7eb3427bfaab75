import type { EntityBook } from './entityBook';
import type { NameParts } from './personName';
import { REPORTING, classesOf } from './wordClasses';
import { FINITE_BE } from '../lexicon/clauseWords';
import type { Word } from './words';

/** "it's" and "it’s" join the copula to the pronoun. */
const JOINED_IS: ReadonlySet<string> = new Set(["'s", '\u2019s']);

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
  // "Quill said it was a fraud": "it" before a copula is most often what the speaker judges, not the speaker.
  const then = ws[to + 3];
  if (!then || FINITE_BE.has(then.key) || JOINED_IS.has(then.key) || ws[to + 4]?.key === 'be') return false;
  return !book.latestPerson(parts.name);
}
