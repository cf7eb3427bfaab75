import { skipTimePhrase } from './timePhrase';
import { AUXILIARY, classesOf } from './wordClasses';
import { isFiniteVerb, isVerb } from './verbForms';
import type { Word } from './words';

// The asides between a clause's subject and its verb, read past so the verb is found.

/** Relative pronouns: a phrase holding one opens a relative clause ("a banker who gave …"), not a subject. */
export const RELATIVE: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whose']);

/** Words that open a description set between commas: "Kell, a nurse from Hove, …". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const EMPHATIC: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);
const isDoubleHyphen = (ws: readonly Word[], k: number) => ws[k]?.text === '-' && ws[k + 1]?.text === '-';
/** Marks that close a quotation, as words: a comma glued before one ends a quoted title or speech. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** Past ", the health minister," or , who backs Kell,: the word after the aside, else i. */
function skipAside(ws: readonly Word[], i: number, to: number): number {
  const w = ws[i];
  if (w?.text === '(') {
    // "Sen. Dana Kell (D-Ore.), who lost, said": past the parenthesis, then any aside.
    for (let k = i + 1; k <= Math.min(to, i + 8); k++) if (ws[k].text === ')') return skipAside(ws, k + 1, to);
    return i;
  }
  if (w?.text === '—' || w?.text === '–') {
    // "Joyce — who is listed as a lawyer — told": an aside between dashes.
    for (let k = i + 1; k <= Math.min(to, i + 24); k++) if (ws[k].text === w.text) return skipTimePhrase(ws, k + 1, to);
    return i;
  }
  if (isDoubleHyphen(ws, i)) {
    // "Whit Corran -- author of a report -- is skeptical": a typed dash is two hyphens.
    for (let k = i + 2; k < Math.min(to, i + 30); k++) if (isDoubleHyphen(ws, k)) return skipTimePhrase(ws, k + 2, to);
    return i;
  }
  // A mark is none of the words below: its key is not looked up.
  const word = !!w && !w.punct;
  if (word && RELATIVE.has(w.key) && !ws[i - 1]?.punct) return pastRestrictive(ws, i, to);
  if (word && w.key === 'of' && ws[i - 1]?.text === ',') {
    // A home town is an aside too, to the comma before a lower-case word: "Dana Kell, 33, of Leeds, Yorks., said".
    for (let k = i + 1; k <= Math.min(to, i + 8); k++) if (ws[k].text === ',' && ws[k + 1] && !ws[k + 1].capital) return skipTimePhrase(ws, k + 1, to);
    return i;
  }
  // "Haskins himself, who was not there, has toned down …": an emphatic pronoun goes with its subject.
  if (word && EMPHATIC.has(w.key)) return i + 1;
  if (!w || !(w.text === ',' || (word && (w.key === 'who' || w.key === 'which')))) return skipTimePhrase(ws, i, to);
  // "Kell, who served in Iran, Turkey and France, praised …": the aside ends at the comma before a verb, else at the first.
  let first = -1;
  const described = w.text === ',' && !!ws[i + 1] && !ws[i + 1].capital && ARTICLES.has(ws[i + 1].key);
  for (let k = i + 1; k <= Math.min(to, i + 24); k++) {
    if (ws[k].text !== ',') continue;
    if (first < 0) first = k;
    // "Kell, a Leeds, Yorks., native, is saddled …": after a description ("a", "an", "the") an auxiliary
    // ends the aside as a verb does; after ", which …" or ", and …" it may be the aside's own.
    if (isFiniteVerb(ws[k + 1]) || (described && k + 1 <= to && !ws[k + 1].capital && (classesOf(ws[k + 1]) & AUXILIARY) !== 0)) return k + 1;
    // `Hale, the star of the show "The Apprentice," said`: the comma inside a closing quote mark.
    if (CLOSING_MARKS.has(ws[k + 1]?.text ?? '') && isFiniteVerb(ws[k + 2])) return k + 2;
  }
  return first < 0 ? i : skipTimePhrase(ws, first + 1, to);
}

/**
 * Past a relative clause set off by no commas, to the reporting verb after its own verb:
 * "an official who spoke anonymously said" → "said"; else i, for no clause follows.
 */
function pastRestrictive(ws: readonly Word[], i: number, to: number): number {
  let own = i + 1;
  while (own <= Math.min(to, i + 4) && !isFiniteVerb(ws[own])) own++;
  for (let k = own + 1; k <= Math.min(to, i + 15); k++) {
    if (ws[k].punct) return i;
    if (isVerb(ws[k])) return k;
  }
  return i;
}

/** "Dana Kell, 33, of Leeds, dismisses …": past asides that follow one another. */
export function pastAsides(ws: readonly Word[], v: number, to: number): number {
  for (let n = 0, next = skipAside(ws, v, to); n < 3 && next !== v; n++, next = skipAside(ws, v, to)) v = next;
  return v;
}
