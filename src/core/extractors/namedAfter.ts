import { FRONTING_WORDS } from '../lexicon/clauseWords';
import type { Draft } from './entityBook';
import { possessiveEnd } from './phraseWords';
import { CLAUSE_LINK, SUBORDINATOR, classesOf } from './wordClasses';
import type { Word } from './words';

/** How far past a pronoun its clause is read for names: news clauses are shorter. */
const REACH = 30;

/** Articles that make a name after them a kind: "the Trask of old". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that open another clause, besides the SUBORDINATOR and CLAUSE_LINK classes and FRONTING_WORDS. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'whom', 'whose', 'where']);

/**
 * Whether word w ends the pronoun's own clause: any mark, or a word that opens another clause. News
 * names its subject again inside a clause of its own: in `He notes that the panel found a fault with
 * Trask's microphone`, "he" is still Trask.
 */
const endsClause = (w: Word) => w.punct || (classesOf(w) & (SUBORDINATOR | CLAUSE_LINK)) !== 0 || FRONTING_WORDS.has(w.key) || CLAUSE_OPENERS.has(w.key);

/**
 * The names, in lower case, that a pronoun's own clause gives after it, up to a mark or another
 * clause; null when there are none, as for most pronouns. A pronoun never means someone its own
 * clause names: in `He asked Ostrova about "…"` and `she called Pell "weak"`, "he" is not Ostrova
 * and "she" is not Pell.
 */
export function namedAfter(ws: readonly Word[], k: number): string[] | null {
  let out: string[] | null = null;
  const end = Math.min(ws.length, k + REACH);
  // "He, Tom Kell, said": a mark right after the pronoun ends the search before a name set off as its own.
  for (let j = k + 1; j < end; j++) {
    const w = ws[j];
    if (endsClause(w)) break;
    if (!w.capital) continue;
    let to = j;
    while (to + 1 < end && ws[to + 1].capital) to++;
    // "he was back to the Trask of old": a name after an article stands for a kind, not for someone else.
    if (ARTICLES.has(ws[j - 1].key)) {
      j = to;
      continue;
    }
    const parts: string[] = [];
    for (let m = j; m <= to; m++) parts.push(ws[m].key.slice(0, ws[m].key.length - possessiveEnd(ws[m].key)));
    (out ??= []).push(parts.join(' '));
    j = to;
  }
  return out;
}

/**
 * Whether one of the names (from namedAfter) is d's: its full name, or its surname alone.
 * "Ana Kell" is not Tom Kell: a relative named in full is someone else.
 */
export function namedIn(d: Draft, names: readonly string[]): boolean {
  if (d.type !== 'person') return false;
  for (const n of names) {
    const space = n.lastIndexOf(' ');
    const last = space < 0 ? n : n.slice(space + 1);
    if (last !== d.surname) continue;
    if (space < 0 || n === d.key || n.endsWith(' ' + d.key) || d.key.endsWith(' ' + n)) return true;
  }
  return false;
}
