import type { Sentence } from '../model';
import { beforeWho, describedAsPerson, titlesName } from './describedAsPerson';
import type { EntityBook } from './entityBook';
import type { NameParts } from './personName';
import type { Event } from './timeline';
import type { Word } from './words';
import { PLACE, classesOf } from './wordClasses';

/** Words before a place's name: "in Charlotte", "to Virginia". */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'across', 'outside', 'inside', 'into', 'around']);
/** Whether word k stands where a place's name does: after BEFORE_PLACE or after a town and its comma. */
const placeLike = (ws: readonly Word[], k: number) => BEFORE_PLACE.has(ws[k - 1]?.key ?? '') || (ws[k - 1]?.text === ',' && !!ws[k - 2]?.capital);

/**
 * The name of a name event in lower case when it most likely names a person or organisation to keep, else null.
 * Known already, or a two-word name that opens its sentence before a verb: "Dana Kell praised …". A full name
 * before ", who" or after a trade noun too ("professor Brigid Harrison").
 */
export function likelyName(ws: readonly Word[], e: Event, parts: NameParts, book: EntityBook): string | null {
  const person = parts.type === 'person';
  const full = person && parts.name.includes(' ');
  // An organisation that opens its sentence is what a later "it" or "they" most likely means:
  // `The Finance Ministry cut its forecast. "…," it said.` A place is not: "Iowa votes first".
  const organization = parts.type === 'organization' && e.opens && (classesOf(ws[e.to]) & PLACE) === 0;
  // Lowered once, and only when a lookup needs it.
  let key: string | null = null;
  // A given name alone is most often someone's ("Hillary said"), but one after "in" or a town, and named
  // before by no one, is a place: "in Charlotte", "Roanoke, Virginia".
  const given = parts.givenOnly ? !!book.byGivenName((key ??= parts.name.toLowerCase())) || !placeLike(ws, e.from) : parts.surelyPerson;
  const likely =
    organization ||
    given ||
    (full && (e.opens || beforeWho(ws, e.to) || titlesName(ws, e.from - 1))) ||
    // "Brandt, who was elected in 2014, doesn't …": a bare name that opens its sentence before ", who" is someone;
    // "an actor in Dallas, who runs a theater" is not.
    (person && e.opens && beforeWho(ws, e.to) && (classesOf(ws[e.to]) & PLACE) === 0 && !placeLike(ws, e.from)) ||
    !!book.latestPerson(parts.name, (key ??= parts.name.toLowerCase())) ||
    (person && describedAsPerson(ws, e.to));
  return likely ? (key ?? parts.name.toLowerCase()) : null;
}

/** "As for Trump, he said …": the name set before the clause is what it is about. */
export const topicFront = (ws: readonly Word[], e: Event) => ws[e.from - 1]?.key === 'for' && ws[e.from - 2]?.key === 'as' && ws[e.to + 1]?.text === ',';

/**
 * Whether a name event first names someone by what they do, without being its sentence's subject:
 * "…, which concerns Henry Crespo, president of the caucus", "To professor Brigid Harrison, …"
 * (a preposition that opens the sentence); not "his rally in San Jose, California".
 */
export function introduces(ws: readonly Word[], e: Event, parts: NameParts, sentence: Sentence): boolean {
  if (e.quoted || parts.type !== 'person' || !(parts.name.includes(' ') || parts.role)) return false;
  if (e.governed && ws[e.from - 1].start !== sentence.start) return false;
  return describedAsPerson(ws, e.to) || titlesName(ws, e.from - 1);
}

