import { SENTENCE_STARTERS } from '../lexicon/abbreviations';
import { PREPOSITIONS } from '../lexicon/clauseWords';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { ROLE_WORDS } from '../lexicon/roles';
import { isFiniteVerb, isModifier } from './verbForms';
import type { Word } from './words';

export type PhraseKind = 'pronoun' | 'name' | 'description';

/** A speaker as written: words [from, to] of the word list. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly kind: PhraseKind;
}

/** Small words allowed inside a name: "Secretary of State", "Bank of England". */
export const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'and']);
const TIME_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** A word that can be part of a name or title: capitalised or a lower-case title word, not a date or "The". */
export const isNameWord = (w: Word) =>
  !w.punct && (w.capital || ROLE_WORDS.has(w.key)) && !TIME_WORDS.has(w.key) && !SENTENCE_STARTERS.has(w.key) && !DETERMINERS.has(w.key) && !PREPOSITIONS.has(w.key);

/** `Walking to the car,`, `Hastily, she …`: a capitalised participle or adverb opening a clause, not a name. */
export const isOpeningModifier = (ws: readonly Word[], i: number) =>
  ws[i].capital && /(?:ing|ly)$/.test(ws[i].key) && (i === 0 || ws[i - 1].punct) && !!ws[i + 1] && (ws[i + 1].punct || !ws[i + 1].capital) && !isFiniteVerb(ws[i + 1]) && !isModifier(ws[i + 1]);

export const isPronoun = (w: Word | undefined) => !!w && !w.punct && SUBJECT_PRONOUNS.has(w.key);

/** "Okafor’s", "Brandt'": a name that owns the noun after it. */
export const isPossessive = (w: Word | undefined) => !!w && !w.punct && w.capital && /['’]s?$/.test(w.text);

/** True when nothing but the window's start or punctuation comes before word i. */
export function opensClause(ws: readonly Word[], i: number, floor: number): boolean {
  return i <= floor || ws[i - 1].punct;
}
