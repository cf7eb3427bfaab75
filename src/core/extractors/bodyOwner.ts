import { endsInS } from './keyEnds';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';
import { ORGANIZATION, PLACE, classesOf } from './wordClasses';

/**
 * Whether a possessive at word `owner` is part of a body's name ending at word i: "the Transport Workers' Union",
 * "St. Brigid's Hospital". Not "the Courier's Dana Kell", whose last word is no body's, nor "Kell's Harbour
 * Trust", whose owner is no plural and stands apart from the body's noun.
 */
export function bodyNamedByOwner(ws: readonly Word[], owner: number, i: number): boolean {
  if ((classesOf(ws[i]) & (ORGANIZATION | PLACE)) !== ORGANIZATION) return false;
  const w = ws[owner];
  // "Workers'": a plural's apostrophe alone; "Brigid's" right before the body's noun.
  return owner + 1 === i || (possessiveEnd(w.text) === 1 && endsInS(w.key.slice(0, -1)));
}
