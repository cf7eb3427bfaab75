import { FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { CLAUSE_LINKS, IRREGULAR_VERBS, NOUNS_IN_LY, PHRASE_OPENERS, PREPOSITIONS, SENTENCE_ADVERBS, SPEAKING_PRONOUNS, SUBJECT_ADVERBS, SUBORDINATORS } from '../lexicon/clauseWords';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/firstNames';
import { DETERMINERS, INDEFINITE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { ACCORDING_TO, AUXILIARIES, INDIRECT_SPEECH_VERBS, INVERTIBLE_VERBS, REPORTING_VERBS, VERB_MODIFIERS } from '../lexicon/reportingVerbs';
import { BARE_PLACE_WORDS, PLACE_WORDS } from '../lexicon/places';
import { HONORIFICS, ORGANIZATION_WORDS, ROLE_WORDS, SPEAKING_NOUNS, THING_WORDS } from '../lexicon/roles';
import { TIME_PHRASE_OPENERS, TIME_WORDS } from '../lexicon/timeWords';
import { KeyTable } from './keyTable';
import type { Word } from './words';

/** Lexicon classes of a word, as bits. */
export const REPORTING = 1 << 0;
export const INDIRECT = 1 << 1;
/** A reporting verb or an irregular past: "said", "went". */
export const FINITE = 1 << 2;
/** A verb modifier, auxiliary or subject adverb: "has", "also", "however". */
export const MODIFIER = 1 << 3;
/** Opens sentences or clauses, never a name: "The", "He", "In". */
export const NOT_NAME = 1 << 4;
/** The same with dates and numbers, for a word inside a name: "Monday". */
export const NOT_NAME_WORD = 1 << 5;
export const ROLE = 1 << 6;
export const PRONOUN = 1 << 7;
export const DETERMINER = 1 << 8;
export const SPEAKING_NOUN = 1 << 9;
export const ORGANIZATION = 1 << 10;
export const HONORIFIC = 1 << 11;
export const MALE_NAME = 1 << 12;
export const FEMALE_NAME = 1 << 13;
export const CLAUSE_LINK = 1 << 14;
export const PHRASE_OPENER = 1 << 15;
export const SENTENCE_STARTER = 1 << 16;
export const PREPOSITION = 1 << 17;
export const AUXILIARY = 1 << 18;
export const SUBORDINATOR = 1 << 19;
export const INVERTIBLE = 1 << 20;
/** A verb modifier alone, without the auxiliaries and adverbs MODIFIER adds. */
export const VERB_MODIFIER = 1 << 21;
/** An abbreviation whose full stop stays with it: "sen", "inc", "u.s". */
export const KEEPS_STOP = 1 << 22;
export const TIME_OPENER = 1 << 23;
export const SPEAKING_PRONOUN = 1 << 24;
/** The first word of "according to", so the cue loops test a bit rather than a word's key. */
export const ACCORDING = 1 << 25;
/** A country or US state: "Ohio" in "Sen. Vernon Brannock of Ohio". */
export const PLACE = 1 << 26;
/** The last word of a thing's or a place's name: "Amendment", "Hill". */
export const THING = 1 << 27;
/** A noun in -ly, which the -ly test for adverbs must pass over: "family". */
export const NOUN_IN_LY = 1 << 28;

const CLASSES = new Map<string, number>();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
}
mark(REPORTING_VERBS, REPORTING | FINITE);
mark(INDIRECT_SPEECH_VERBS, INDIRECT);
mark(IRREGULAR_VERBS, FINITE);
mark(VERB_MODIFIERS, MODIFIER);
mark(AUXILIARIES, MODIFIER);
mark(SUBJECT_ADVERBS, MODIFIER);
for (const set of [SENTENCE_STARTERS, DETERMINERS, SUBJECT_PRONOUNS.keys(), PREPOSITIONS, SENTENCE_ADVERBS]) mark(set, NOT_NAME);
for (const set of [TIME_WORDS, SENTENCE_STARTERS, DETERMINERS, PREPOSITIONS, INDEFINITE_PRONOUNS]) mark(set, NOT_NAME_WORD);
mark(INDEFINITE_PRONOUNS, NOT_NAME);
mark(ROLE_WORDS, ROLE);
mark(SUBJECT_PRONOUNS.keys(), PRONOUN);
mark(DETERMINERS, DETERMINER);
mark(SPEAKING_NOUNS, SPEAKING_NOUN);
mark(ORGANIZATION_WORDS, ORGANIZATION);
mark(PLACE_WORDS, ORGANIZATION | PLACE); // a place that speaks is its government
mark(BARE_PLACE_WORDS, PLACE); // a place only when bare: see personName
mark(HONORIFICS.keys(), HONORIFIC);
mark(THING_WORDS, THING);
mark(MALE_NAMES, MALE_NAME);
mark(FEMALE_NAMES, FEMALE_NAME);
mark(CLAUSE_LINKS, CLAUSE_LINK);
mark(PHRASE_OPENERS, PHRASE_OPENER);
mark(SENTENCE_STARTERS, SENTENCE_STARTER);
mark(PREPOSITIONS, PREPOSITION);
mark(AUXILIARIES, AUXILIARY);
mark(SUBORDINATORS, SUBORDINATOR);
mark(INVERTIBLE_VERBS, INVERTIBLE);
mark(VERB_MODIFIERS, VERB_MODIFIER);
mark(TITLE_ABBREVIATIONS, KEEPS_STOP);
mark(FINAL_ABBREVIATIONS, KEEPS_STOP);
mark(TIME_PHRASE_OPENERS, TIME_OPENER);
mark(SPEAKING_PRONOUNS, SPEAKING_PRONOUN);
mark([ACCORDING_TO[0]], ACCORDING);
mark(NOUNS_IN_LY, NOUN_IN_LY);

/** The classes by lower-case key; the tokenizer reads words' classes here as it meets them. */
export const LEXICON = new KeyTable(CLASSES);

/** The lexicon classes of any lower-case string: "ministers".slice(0, -1) → ROLE. */
export function classesOfKey(key: string): number {
  return LEXICON.get(key);
}

/** The lexicon classes of a word, found when it was read: "said" → REPORTING | INDIRECT | FINITE; "Okafor" → 0. */
export function classesOf(w: Word): number {
  return w.classes;
}
