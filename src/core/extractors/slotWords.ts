import { NAMING_AS, NAMING_SPEECH_VERBS, NAMING_VERBS, NOT_NAMED_NOUNS, TITLE_SLOT_WORDS, WORK_NOUNS } from '../lexicon/quoteSlots';
import { classesOf, DETERMINER, FEMALE_NAME, MALE_NAME, PRONOUN } from './wordClasses';
import type { Word } from './words';
import { wordAt } from './words';

// Words around a quote that name a work, a nickname or a term rather than report words, for quoteSlots.

const isPossessive = (w: Word) => w.key.length > 2 && (w.key.endsWith("'s") || w.key.endsWith('’s') || w.key.endsWith("s'") || w.key.endsWith('s’'));
const isPlural = (w: Word) => w.key.endsWith('s') && !w.key.endsWith('ss');

/** `a play called "…"`, `the so-called "…"`, `the hacker known as "…"`, but not `what he called "…"` nor `Marwick called "…"`. */
export function namedByParticiple(ws: readonly Word[], k: number): boolean {
  const w = ws[k - 1];
  if (w.key === 'so-called') return true;
  const v = w.key === 'as' && k >= 2 && NAMING_AS.has(ws[k - 2].key) ? k - 2 : NAMING_VERBS.has(w.key) ? k - 1 : -1;
  // Most quotes follow no naming verb: return before reading word v - 1, as a negative index is a slow miss.
  if (v < 1) return false;
  const noun = ws[v - 1];
  if (noun.punct || noun.capital || isPlural(noun) || noun.key.endsWith('ly')) return false;
  return (classesOf(noun) & (PRONOUN | DETERMINER)) === 0 && !NOT_NAMED_NOUNS.has(noun.key);
}

/** `Kell called Ruiz "The Iron Lady"`, `calling him "Little Enzo"`: a name a speaker gave someone, which are the speaker's words. */
export function givenName(ws: readonly Word[], k: number): boolean {
  for (let v = k - 2; v >= Math.max(1, k - 4); v--) {
    const w = ws[v + 1];
    if (w.punct || !(w.capital || (classesOf(w) & PRONOUN) !== 0)) return false;
    if (NAMING_SPEECH_VERBS.has(ws[v].key)) return true;
  }
  return false;
}

/** A title set where works are named: `on CBS's "Face the Nation"`, `the film, "Long Road"`; one word only after a possessive (`NBC's "Today"`). */
export function titlePlace(ws: readonly Word[], k: number, words: number): boolean {
  const w = ws[k - 1].text === ',' && k >= 2 ? ws[k - 2] : ws[k - 1];
  if (w.punct) return false;
  if (isPossessive(w) || WORK_NOUNS.has(w.key)) return true;
  return words > 1 && w === ws[k - 1] && TITLE_SLOT_WORDS.has(w.key);
}

/** Initials with their stops: "R.J.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * Whether the quote whose opening mark is word k and which ends at `end` sits where a nickname does: after a
 * first name or an initial and right before a capitalised word, as in Darnell "The Anvil" Boyce, R.J. "Buck" Tanner.
 */
export function nicknamePlace(ws: readonly Word[], k: number, end: number): boolean {
  const before = ws[k - 1];
  if ((classesOf(before) & (MALE_NAME | FEMALE_NAME)) === 0 && !(before.capital && INITIALS.test(before.text))) return false;
  const after = ws[wordAt(ws, end, k)];
  return !!after && after.capital && !after.punct && after.start - end <= 1;
}
