import { isDigitCode } from '../charCodes';
import { ARTICLES_AND_POSSESSIVES } from '../lexicon/pronouns';
import { PLACE_PREPOSITIONS } from '../lexicon/clauseWords';
import { DETERMINER, FINITE, MODIFIER, NOUN_IN_LY, PREPOSITION, REPORTING, SPEAKING_NOUN, classesOf } from './wordClasses';
import type { Word } from './words';
import { endsInEd, endsInLy, endsInS } from './keyEnds';

// How a word reads as a verb, from the lexicons and its ending; no tagger needed.

/** For a key ending in "s": whether it ends like /(?:ss|us|is|ics|ous|['’]s)$/, a noun rather than a verb ("status", "basis", "politics"). */
function nounLikeS(k: string): boolean {
  const c = k.charCodeAt(k.length - 2);
  // s, u, i, ' and ’; "ous" ends in "us" already.
  return c === 0x73 || c === 0x75 || c === 0x69 || c === 0x27 || c === 0x2019 || (c === 0x63 && k.charCodeAt(k.length - 3) === 0x69);
}

/** A reporting verb from the lexicon: "said", "told", "according" is not one. */
export const isVerb = (w: Word | undefined) => !!w && !w.punct && (classesOf(w) & REPORTING) !== 0;

/** A lower-case word that reads as a verb in `"…," Okafor assured Kell` or `"…?" reacted Okafor`. */
export const verbLike = (w: Word | undefined) => !!w && !w.punct && !w.capital && (endsInEd(w.key) || endsInS(w.key)) && w.key.length > 3;

/** A lower-case finite verb by lexicon or ending: "cites", "knocked", "went"; not "status", "campus". */
export function isFiniteVerb(w: Word | undefined): boolean {
  if (!w || w.punct || w.capital || w.key.length < 3) return false;
  const k = w.key;
  return (classesOf(w) & FINITE) !== 0 || (k.length > 3 && (endsInEd(k) || (endsInS(k) && !nounLikeS(k))));
}

/** Adverbs and auxiliaries between a subject and its verb: "has also", "flatly", "reportedly". */
export const isModifier = (w: Word) =>
  !w.punct && !w.capital && ((classesOf(w) & MODIFIER) !== 0 || (w.key.length > 4 && endsInLy(w.key) && (classesOf(w) & NOUN_IN_LY) === 0));


/** Words after which a word in -s is a plural noun, not a verb: "the timeline of events", "his supporters", "two weeks". */
const BEFORE_PLURAL = DETERMINER | PREPOSITION;

/**
 * Whether a lower-case word before a noun reads as an adjective by its form: a superlative ("latest",
 * not "protest") or a hyphenated compound ("anti-Muslim", "so-called"), after which an -s word is a plural noun.
 */
function adjectiveLike(p: Word): boolean {
  if (p.capital) return false;
  const k = p.key;
  if (k.includes('-')) return true;
  return k.length > 5 && k.endsWith('est') && !NOT_SUPERLATIVE.has(k);
}
/** Words in -est that are no superlatives, and may stand before a verb in -s as its subject. */
const NOT_SUPERLATIVE: ReadonlySet<string> = new Set(['interest', 'protest', 'request', 'contest', 'conquest', 'harvest', 'inquest', 'manifest']);

/**
 * isFiniteVerb for word k in its context: an -s word that only its ending makes a verb is none after a
 * determiner, a preposition or an adjective ("his latest victories"); no word after "to" is finite ("a decision to read").
 */
export function finiteAt(ws: readonly Word[], k: number): boolean {
  if (!isFiniteVerb(ws[k])) return false;
  const w = ws[k];
  const p = ws[k - 1];
  // The text, not the key: a capitalised name's key would be lowered just to be compared.
  if (p && p.text === 'to') return false;
  if ((classesOf(w) & FINITE) !== 0) return true;
  // "a prepared text", "his repeated errors": an -ed word after an article or possessive is an adjective.
  if (!endsInS(w.key)) return !(p && (classesOf(p) & DETERMINER) !== 0 && ARTICLES_AND_POSSESSIVES.has(p.key));
  // "Gulf sources believe": a noun for people who speak is never the verb.
  if ((classesOf(w) & SPEAKING_NOUN) !== 0) return false;
  return !p || p.punct || ((classesOf(p) & BEFORE_PLURAL) === 0 && !PLACE_PREPOSITIONS.has(p.key) && !isDigitCode(p.key.charCodeAt(0)) && !adjectiveLike(p));
}
