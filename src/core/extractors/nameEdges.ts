import { NAME_OPENERS } from '../lexicon/clauseWords';
import { ROLE_MODIFIERS } from '../lexicon/roles';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';
import { DETERMINER, FEMALE_NAME, HONORIFIC, MALE_NAME, MODIFIER, NOT_NAME, ROLE, SPEAKING_NOUN, classesOf } from './wordClasses';

// Words at the edges of a capitalised run that decide where a name starts, or whether it is one:
// "Maybe Marwick", "National Review", "Christian leaders".

/** Whether word k is a title that can stand before a surname ("Sen.", "President", "Mr."), not one that only describes one ("National"). */
export function titles(ws: readonly Word[], k: number): boolean {
  const c = classesOf(ws[k]);
  return (c & HONORIFIC) !== 0 || ((c & ROLE) !== 0 && !ROLE_MODIFIERS.has(ws[k].key));
}

/** What the text has named so far: whether a person of a lower-case surname is among them ("marwick" after "Gordon Marwick"). */
export interface KnownSurnames {
  knows(surname: string): boolean;
  /** Whether a person of this surname has been named in full: "klein" after "Edward Klein", not after "Klein" alone. */
  knowsInFull(surname: string): boolean;
}

/**
 * Whether word i opens its sentence and is no part of the name after it: "Maybe Marwick", "Even Loren
 * Ashcombe". An adverb or participle in form ("Interestingly", "Bashing"), or a verb modifier ("Will"), is
 * one only before a surname the text has named, as given names look the same: "Waverly Dunholt", "Will Hale".
 */
export function opener(ws: readonly Word[], i: number, to: number, named?: KnownSurnames): boolean {
  const w = ws[i];
  if (i > 0 && !ws[i - 1].punct) return false;
  const c = classesOf(w);
  if ((c & (MALE_NAME | FEMALE_NAME)) !== 0) return false;
  const key = w.key;
  if ((c & NOT_NAME) !== 0 || NAME_OPENERS.has(key)) return true;
  const formOnly = (c & MODIFIER) !== 0 || (key.length >= 7 && key.endsWith('ly')) || (key.length >= 6 && key.endsWith('ing'));
  return formOnly && i + 1 === to && !!named?.knows(ws[to].key.slice(0, ws[to].key.length - possessiveEnd(ws[to].key)));
}

/** Whether a word is a lower-case noun for people: "leaders", "voters", "leader". */
export const describesPeople = (w: Word | undefined) => !!w && !w.punct && !w.capital && (classesOf(w) & (ROLE | SPEAKING_NOUN)) !== 0;

/** Words before a given name that make it an adjective: "the Christian university", "most are Christian". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const describedBy = (w: Word | undefined) => !!w && !w.punct && !w.capital && ((classesOf(w) & DETERMINER) !== 0 || COPULAS.has(w.key));

/** Whether words [from, k) are all role words that only describe a title, with no title's "of" before them. */
export function onlyDescribe(ws: readonly Word[], from: number, k: number): boolean {
  if (ws[from - 1]?.key === 'of') return false;
  for (let g = from; g < k; g++) if ((classesOf(ws[g]) & ROLE) === 0 || titles(ws, g)) return false;
  return true;
}

/**
 * Where the titles before a name start: past a name and "and" right before it ("Edward-Ivo Danner and Gabriel Fenimore")
 * or a plural noun for people right before it ("Democrats Harriet Lorne"), which title no one; else `from`.
 */
export function titleStart(ws: readonly Word[], from: number, k: number): number {
  // "Climate and Energy Minister Sofie Brandt": an "and" inside the title keeps it whole.
  return k - 1 >= from && ((classesOf(ws[k - 1]) & SPEAKING_NOUN) !== 0 || ws[k - 1].key === 'and') ? k : from;
}

/**
 * Where the titles before a name start when a line break falls among them: after the break, unless the words
 * before it hold a title word, as a wrapped "Secretary\nGeneral Ana Hale" does. A heading run into the next
 * line ("… Worse Than Ever\nAna Hale said") is no title of hers.
 */
export function titleLineStart(text: string, ws: readonly Word[], from: number, k: number): number {
  let after = from;
  for (let g = k; g > from && after === from; g--) for (let c = ws[g - 1].end; c < ws[g].start; c++) if (text.charCodeAt(c) === 0x0a) after = g;
  for (let g = from; g < after; g++) if ((classesOf(ws[g]) & (ROLE | HONORIFIC)) !== 0) return from;
  return after;
}
