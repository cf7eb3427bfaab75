import { ARTICLES_AND_POSSESSIVES } from '../lexicon/pronouns';
import { TITLE_WORDS } from '../lexicon/titleAbbreviations';
import { SPACE, unitClass } from './wordChars';

/**
 * A role or description as comparable words: lower case, no opening
 * determiner, title abbreviations spelled out.
 * `Former Florida Gov.` → ["former", "florida", "governor"].
 */
export function roleWords(text: string): string[] {
  return roleWordsOfKey(text.toLowerCase());
}

/** roleWords of a text already in lower case, for a caller that needs that key too: "former florida gov." → ["former", "florida", "governor"]. */
export function roleWordsOfKey(key: string): string[] {
  const words = splitAtSpaces(key);
  let from = words[0] === '' ? 1 : 0;
  if (words.length - from > 1 && ARTICLES_AND_POSSESSIVES.has(words[from])) from++;
  const out: string[] = [];
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (w === '') continue;
    const last = w.charCodeAt(w.length - 1);
    out.push(TITLE_WORDS.get(w) ?? (last === 0x2c || last === 0x3b ? w.slice(0, -1) : w));
  }
  return out;
}

/**
 * text.split(/\s+/) read by character codes, as roleWords runs for every description: a space
 * at either end leaves an empty word there. " a  b " → ["", "a", "b", ""].
 */
function splitAtSpaces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if ((unitClass(text.charCodeAt(k)) & SPACE) === 0) continue;
    out.push(text.slice(from, k));
    while (k + 1 < text.length && (unitClass(text.charCodeAt(k + 1)) & SPACE) !== 0) k++;
    from = k + 1;
  }
  out.push(text.slice(from));
  return out;
}

/** The head noun's place: the word before "of" ("member of the board"), else the last word. */
function headAt(words: readonly string[]): number {
  const of = words.indexOf('of');
  return of > 0 ? of - 1 : words.length - 1;
}

/** The head noun of roleWords: "chief" in ["council's", "transport", "chief"], "member" in ["member", "of", "the", "board"]. */
export const headOf = (words: readonly string[]): string | undefined => words[headAt(words)];

/**
 * Whether a description fits a role: the same head noun, and every other
 * word of the description in the role, in order. "former governor" fits
 * "former Florida governor"; "Florida senator" does not, nor does "the board"
 * fit "a member of the board".
 */
export function fitsRole(description: readonly string[], role: readonly string[]): boolean {
  if (!description.length || description.length > role.length) return false;
  const dh = headAt(description);
  const rh = headAt(role);
  if (description[dh] !== role[rh]) return false;
  let r = 0;
  for (let d = 0; d < description.length; d++) {
    if (d === dh) continue;
    while (r < role.length && (r === rh || role[r] !== description[d])) r++;
    if (r >= role.length) return false;
    r++;
  }
  return true;
}
