import { isDigitCode } from '../charCodes';
import { isFiniteVerb, isModifier } from './verbForms';
import { DETERMINER, FINITE, NOT_NAME_WORD, PREPOSITION, PRONOUN, ROLE, SPEAKING_NOUN, classesOf } from './wordClasses';
import type { Word } from './words';
import { endsInIng, endsInLy } from './keyEnds';

export type PhraseKind = 'pronoun' | 'name' | 'description';

/** A speaker as written: words [from, to] of the word list. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly kind: PhraseKind;
}

/** Small words allowed inside a name: "Secretary of State", "Bank of England". */
export const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'and']);

/** A word that can be part of a name or title: capitalised or a lower-case title word, not a date or "The". */
export function isNameWord(w: Word): boolean {
  if (w.punct) return false;
  const c = classesOf(w);
  return (w.capital || (c & ROLE) !== 0) && (c & NOT_NAME_WORD) === 0;
}

/** `Walking to the car,`, `Hastily, she …`: a capitalised participle or adverb opening a clause, not a name. The position comes first: a name's key is lowered only when asked. */
export const isOpeningModifier = (ws: readonly Word[], i: number) =>
  ws[i].capital && (i === 0 || ws[i - 1].punct) && (endsInIng(ws[i].key) || endsInLy(ws[i].key)) && !!ws[i + 1] && (ws[i + 1].punct || !ws[i + 1].capital) && !isFiniteVerb(ws[i + 1]) && !isModifier(ws[i + 1]);

/** Whether word k is a lower-case noun for people who speak: "aides" in "Marwick aides". */
export const speakingNounAt = (ws: readonly Word[], k: number) => !ws[k].punct && !ws[k].capital && (classesOf(ws[k]) & SPEAKING_NOUN) !== 0;

export const isPronoun = (w: Word | undefined) => !!w && !w.punct && (classesOf(w) & PRONOUN) !== 0;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** Length of a possessive ending, as /['’]s?$/ finds it without a regex: "Okafor’s" → 2, "Brandt'" → 1, "Okafor" → 0. */
export function possessiveEnd(text: string): number {
  const n = text.length;
  if (n > 0 && isApostrophe(text.charCodeAt(n - 1))) return 1;
  return n > 1 && text.charCodeAt(n - 1) === 0x73 && isApostrophe(text.charCodeAt(n - 2)) ? 2 : 0;
}

/** Words whose "’s" is "is" or "has": "It’s", "That’s", "There’s". */
export const CONTRACTED: ReadonlySet<string> = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'this']);

/** "It’s", "That's": a word joined to "is" or "has", which owns nothing. Short, so a name is not sliced to be looked up. */
export const isContracted = (w: Word) => w.text.length <= 7 && possessiveEnd(w.text) === 2 && CONTRACTED.has(w.key.slice(0, -2));

/** "Okafor’s", "Brandt'": a name that owns the noun after it; not "It’s slamming". */
export const isPossessive = (w: Word | undefined) => !!w && !w.punct && w.capital && possessiveEnd(w.text) > 0 && !isContracted(w);

/** / & + joining two words with no space: "9/11", "AT&T", "R&D"; and $ before its number. */
const isJoinMark = (text: string) => text === '/' || text === '&' || text === '+';

/**
 * Whether word k is a mark inside a compound written without spaces, which a
 * speaker's description or name reads through: `said 9/11 widow Dana Kell`, `AT&T chief Dana Kell`.
 * `9 / 11` set apart by spaces is no compound.
 */
export function isJoiner(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (!w.punct || k === 0 || k + 1 >= ws.length) return false;
  const after = ws[k + 1];
  // "Fight for $15 organizer": a currency sign glued to its number.
  if (w.text === '$') return after.start === w.end && isDigitCode(after.text.charCodeAt(0));
  if (!isJoinMark(w.text)) return false;
  const before = ws[k - 1];
  return !before.punct && !after.punct && before.end === w.start && after.start === w.end;
}

/** Words before a noun phrase that is their object, not a speaker: "At the rally, protesters …". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'after', 'before', 'during', 'for', 'with', 'by', 'of', 'to', 'into', 'over']);

/**
 * Whether the comma at word k stands in `a tall, thin man`: a determiner, one lower-case word, the comma,
 * another, and a third word that goes on with the phrase. `At the rally, protesters chanted` has none.
 */
export function betweenAdjectives(ws: readonly Word[], k: number, floor: number): boolean {
  if (k - 2 < floor || k + 2 >= ws.length) return false;
  const det = ws[k - 2];
  const plain = (w: Word) => !w.punct && !w.capital && (classesOf(w) & (FINITE | PRONOUN | DETERMINER)) === 0;
  if ((classesOf(det) & DETERMINER) === 0 || !plain(ws[k - 1]) || !plain(ws[k + 1]) || (ws[k + 2].punct && !isJoiner(ws, k + 2)) || isFiniteVerb(ws[k + 2])) return false;
  return !(k - 3 >= floor && (OBJECT_OPENERS.has(ws[k - 3].key) || (classesOf(ws[k - 3]) & PREPOSITION) !== 0));
}

/** True when nothing but the window's start or punctuation comes before word i. */
export function opensClause(ws: readonly Word[], i: number, floor: number): boolean {
  return i <= floor || ws[i - 1].punct;
}
