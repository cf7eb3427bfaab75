import { possessiveEnd } from './phraseWords';
import { HONORIFIC, ROLE, THING, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';

/**
 * A one-word name written as a brand: a capital inside the word after three lower-case letters
 * ("NordBank", "PetroNord"), or a trade ending ("Velbank", "Genopharma"). Surnames with a capital
 * inside start shorter ("McKee", "DeLorme", "MacLeod"); FitzGerald is the one long prefix.
 */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
const TRADE_ENDING = /\p{Ll}(?:bank|corp|tech|soft|pharma|media)$/u;

/** Whether a name the engine took for a person's is more likely a company's, so no "he" or "she" means it. */
export function orgShapedName(name: string): boolean {
  if (name.includes(' ') || name.length < 6) return false;
  return (INNER_CAPITAL.test(name) && !name.startsWith('Fitz')) || TRADE_ENDING.test(name);
}

/**
 * Adjectives that open bodies' names and never a person's, whose first word is a given name or a surname:
 * "Islamic State", "Royal Mail", "Atlantic Forum". Not demonyms ("British Prime Minister Ana Hale" is titled).
 */
const BODY_ADJECTIVES: ReadonlySet<string> = new Set([
  'islamic', 'atlantic', 'pacific', 'arctic', 'baltic', 'olympic', 'catholic', 'hellenic', 'nordic', 'celtic', 'arabic',
  'royal', 'national', 'international', 'global',
]);

/** Last words of places that such an adjective opens: "Atlantic City", "Pacific Ocean". */
const PLACE_LAST: ReadonlySet<string> = new Set(['city', 'county', 'ocean', 'sea', 'coast', 'islands', 'island', 'rim', 'circle', 'park']);

/**
 * Whether words [from, to] are a name of two words or more opened by an adjective that only bodies' names
 * open with: "Islamic State" → true; "Atlantic City", "Dominic Hale" → false.
 */
export function opensWithAdjective(ws: readonly Word[], from: number, to: number): boolean {
  // The last letter first: a capitalised word's key is lowered only when asked.
  const t = ws[from].text;
  const end = t.charCodeAt(t.length - 1);
  if (from === to || t.length < 5 || (end !== 0x63 && end !== 0x6c) || !BODY_ADJECTIVES.has(ws[from].key)) return false;
  const last = ws[to].key.slice(0, ws[to].key.length - possessiveEnd(ws[to].key));
  return !PLACE_LAST.has(last) && (classesOfKey(last) & THING) === 0;
}

/**
 * Words before "General" that make it a title which the role lexicon lacks. Listed, not read by a trade
 * ending: "Westmoor" ends as "auditor" does.
 */
const GENERAL_TITLES: ReadonlySet<string> = new Set([
  'auditor', 'comptroller', 'postmaster', 'paymaster', 'adjutant', 'accountant', 'brigadier', 'consul', 'vicar', 'provost',
  'receiver', 'chaplain', 'quartermaster', 'registrar', 'procurator', 'controller', 'treasurer', 'ombudsman',
]);

/**
 * Whether words [from, to] end in "General" after a name that holds no title: a hospital named by its place
 * ("Westmoor General", "Calder General"); not "Attorney General", "Surgeon General" nor "Auditor General".
 */
export function generalOfPlace(ws: readonly Word[], from: number, to: number): boolean {
  if (to <= from || ws[to].text !== 'General') return false;
  const before = ws[to - 1];
  if (!before.capital || before.punct || possessiveEnd(before.text) > 0) return false;
  return (classesOf(before) & (ROLE | HONORIFIC)) === 0 && !GENERAL_TITLES.has(before.key);
}
