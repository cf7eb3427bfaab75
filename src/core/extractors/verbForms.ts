import { IRREGULAR_VERBS, SUBJECT_ADVERBS } from '../lexicon/clauseWords';
import { AUXILIARIES, REPORTING_VERBS, VERB_MODIFIERS } from '../lexicon/reportingVerbs';
import type { Word } from './words';

// How a word reads as a verb, from the lexicons and its ending; no tagger needed.

const NOT_VERB_S = /(?:ss|us|is|ics|ous|['’]s)$/;

/** A reporting verb from the lexicon: "said", "told", "according" is not one. */
export const isVerb = (w: Word | undefined) => !!w && !w.punct && REPORTING_VERBS.has(w.key);

/** A lower-case word that reads as a verb in `"…," Okafor assured Kell` or `"…?" reacted Okafor`. */
export const verbLike = (w: Word | undefined) => !!w && !w.punct && !w.capital && /(?:ed|s)$/.test(w.key) && w.key.length > 3;

/** A lower-case finite verb by lexicon or ending: "cites", "knocked", "went"; not "status", "campus". */
export function isFiniteVerb(w: Word | undefined): boolean {
  if (!w || w.punct || w.capital || w.key.length < 3) return false;
  const k = w.key;
  return REPORTING_VERBS.has(k) || IRREGULAR_VERBS.has(k) || (k.length > 3 && (k.endsWith('ed') || (k.endsWith('s') && !NOT_VERB_S.test(k))));
}

/** Adverbs and auxiliaries between a subject and its verb: "has also", "flatly", "reportedly". */
export const isModifier = (w: Word) => !w.punct && !w.capital && (VERB_MODIFIERS.has(w.key) || AUXILIARIES.has(w.key) || SUBJECT_ADVERBS.has(w.key) || (w.key.length > 4 && w.key.endsWith('ly')));
