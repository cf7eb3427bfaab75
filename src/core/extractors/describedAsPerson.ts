import type { Word } from './words';
import { isFiniteVerb } from './verbForms';
import { possessiveEnd } from './phraseWords';
import { AUXILIARY, CLAUSE_LINK, DETERMINER, NOT_NAME, PHRASE_OPENER, PREPOSITION, PRONOUN, ROLE, SENTENCE_STARTER, SUBORDINATOR, classesOf } from './wordClasses';

/** An age set off by commas, /^\d{1,3}$/: "Harry Wendell, 30, of Raleigh". */
function isAge(key: string): boolean {
  if (key.length < 1 || key.length > 3) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) < 0x30 || key.charCodeAt(k) > 0x39) return false;
  return true;
}
/** Prepositions PREPOSITIONS leaves to the phrases of time: "Roanoke, Virginia, in its report". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at']);
/** Words after a trade noun that end it: "director of …", "a lawyer who …". */
const AFTER_TRADE: ReadonlySet<string> = new Set(['of', 'at', 'for', 'who', 'and']);
/** Words after a trade noun that say where its holder lives or works: "a farmer in Wexford", "a nurse from Hove". */
const HOME_AFTER: ReadonlySet<string> = new Set(['in', 'from']);

/**
 * Whether a key ends like a noun for a person by trade, as /(?:ist|er|or|ian|man|woman|eon|ent|ant)$/
 * ("woman" ends in "man"): "neurosurgeon", "organizer", "spokeswoman", "economist".
 */
export function isPersonNoun(key: string): boolean {
  const n = key.length;
  // -ment: "statement", "agreement", "document" end like "president" but name no one.
  // "percent" ends like "president" too.
  if (key.endsWith('ment') || key === 'percent') return false;
  const last = key.charCodeAt(n - 1);
  const second = key.charCodeAt(n - 2);
  const third = key.charCodeAt(n - 3);
  // -er, -or
  if (last === 0x72) return second === 0x65 || second === 0x6f;
  // -ist, -ent, -ant
  if (last === 0x74) return second === 0x73 ? third === 0x69 : second === 0x6e && (third === 0x65 || third === 0x61);
  // -ian, -man, -eon
  if (last === 0x6e) return (second === 0x61 && (third === 0x69 || third === 0x6d)) || (second === 0x6f && third === 0x65);
  return false;
}

/**
 * Whether the name ending at word `end` is followed by an aside that
 * describes a person: an age or a title. `Marek Nowak, director general of
 * the agency,` → true; `Iowa, a farm state,` → false.
 */
export function describedAsPerson(ws: readonly Word[], end: number): boolean {
  if (ws[end + 1]?.text !== ',') return false;
  const first = ws[end + 2];
  // "Roanoke, Virginia, from its state team": a phrase of place or time describes no one.
  if (!first || first.punct || (classesOf(first) & PREPOSITION) !== 0 || PLACE_PREPOSITIONS.has(first.key)) return false;
  // "Order, order.": a word said again is no description of it.
  if (first.text.length === ws[end].text.length && first.key === ws[end].key) return false;
  // "a Hove, Sussex, native and nurse": one word after a capitalised one and a comma is the county of a town
  if (countyOfTown(ws, end)) return false;
  if (isAge(first.key) && ws[end + 3]?.text === ',') return true;
  // "a care worker in Bradford": where one works or is from ends a trade only in a noun phrase opened by an
  // article, not in a clause ("an email was sent from").
  let article = first.key === 'a' || first.key === 'an';
  for (let k = end + 2; k < Math.min(ws.length, end + 8) && !ws[k].punct; k++) {
    if (ws[k].key === 'of' || ws[k].key === 'at' || ws[k].key === 'for') break;
    if ((classesOf(ws[k]) & AUXILIARY) !== 0 || isFiniteVerb(ws[k])) article = false;
    if ((classesOf(ws[k]) & ROLE) !== 0 && !ws[k].capital) return true;
    if (!ws[k].capital && isPersonNoun(ws[k].key) && (ws[k + 1]?.punct || AFTER_TRADE.has(ws[k + 1]?.key ?? '') || (article && HOME_AFTER.has(ws[k + 1]?.key ?? '')))) return true;
  }
  return false;
}

/** Words before a town whose county follows it: "a Hove, Sussex, native", "of Hove, Sussex". */
const BEFORE_TOWN: ReadonlySet<string> = new Set(['a', 'an', 'of', 'from', 'near']);

/**
 * Whether the name ending at word `end` is one word set after a town and a comma: "Sussex" in "a Hove, Sussex,
 * native", not "Kell" in "On Monday, Kell, a nurse,".
 */
const countyOfTown = (ws: readonly Word[], end: number): boolean =>
  end >= 3 && ws[end - 1].text === ',' && ws[end - 2].capital && !ws[end - 2].punct && !ws[end - 3].punct && BEFORE_TOWN.has(ws[end - 3].key);

/** Words a lower-case trade noun never is: "for", "after", "under", "never" end like "developer". */
const NOT_TRADE = DETERMINER | PREPOSITION | AUXILIARY | CLAUSE_LINK | SUBORDINATOR | PRONOUN | NOT_NAME | PHRASE_OPENER | SENTENCE_STARTER;

/**
 * Whether word k is a lower-case title or trade noun right before a capital,
 * which makes the name after it a person's: "professor" in "political science
 * professor Maeve Tolland", "developer" in "Florida developer Len Ostrowe".
 */
export function titlesName(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (!w || w.punct || w.capital || !ws[k + 1]?.capital) return false;
  const classes = classesOf(w);
  return (classes & ROLE) !== 0 || (w.key.length >= 5 && isPersonNoun(w.key) && (classes & NOT_TRADE) === 0 && !isFiniteVerb(w));
}

/**
 * The words of the description set off by commas after the name ending at
 * word `end`, when it describes a person: `Myron Corliss, the former Florida
 * governor, said` → the indexes of "the" and "governor"; null for none.
 */
export function asideAfter(ws: readonly Word[], end: number): [number, number] | null {
  // A noun phrase, not a clause: "Kell, the chair," but not "Kell, had challenged the board,".
  const first = ws[end + 2];
  // "Ann Lee, Kelland's commerce secretary,": a name's possessive opens it as an article does
  const owned = !!first && first.capital && possessiveEnd(first.text) > 0;
  if (!first || (first.capital && !owned) || !(owned || (classesOf(first) & (DETERMINER | ROLE)) !== 0 || isPersonNoun(first.key))) return null;
  if (!describedAsPerson(ws, end)) return null;
  for (let k = end + 3; k < Math.min(ws.length, end + 12); k++) {
    // "Paul Ndiaye, a neurologist at the hospital who was not involved in the study,": the description ends
    // before its relative clause, whose own comma may lie further than a description runs.
    if (ws[k].key === 'who' && !ws[k].punct && closedLater(ws, k)) return [end + 2, k - 1];
    if (!ws[k].punct) continue;
    return ws[k].text === ',' && k - 1 >= end + 2 ? [end + 2, k - 1] : null;
  }
  return null;
}

/** Most words a relative clause inside a description runs before its closing comma. */
const RELATIVE_REACH = 16;

/** Whether a comma closes the relative clause opened at word k before its sentence ends. */
function closedLater(ws: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < Math.min(ws.length, k + RELATIVE_REACH); j++) {
    if (ws[j].text === ',') return true;
    if (ws[j].text === '.' || ws[j].text === ';' || ws[j].text === ':' || ws[j].text === '?' || ws[j].text === '!') return false;
  }
  return false;
}

/** `Annette Rushby, who answered the door`: places and organisations take "which". */
export const beforeWho = (ws: readonly Word[], end: number): boolean => ws[end + 1]?.text === ',' && ws[end + 2]?.key === 'who';
