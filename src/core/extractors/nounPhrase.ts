import { SENTENCE_STARTERS } from '../lexicon/abbreviations';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { ROLE_WORDS, SPEAKING_NOUNS } from '../lexicon/roles';
import type { Word } from './words';

export type PhraseKind = 'pronoun' | 'name' | 'description';

/** A speaker as written: words [from, to] of the word list. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly kind: PhraseKind;
}

const LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'and']);
const TIME_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'dozens', 'hundreds', 'thousands', 'millions',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'to', 'that', 'who', 'which', 'as', 'from', 'about', 'last', 'this', 'earlier', 'later', 'recently', 'told']);

const isNameWord = (w: Word) =>
  !w.punct && (w.capital || ROLE_WORDS.has(w.key)) && !TIME_WORDS.has(w.key) && !SENTENCE_STARTERS.has(w.key) && !DETERMINERS.has(w.key);
const pronoun = (w: Word | undefined) => !!w && !w.punct && SUBJECT_PRONOUNS.has(w.key);

/**
 * The speaker phrase that ends at word `i`, read backwards: a pronoun, a
 * name with its titles, or a common noun phrase back to its determiner.
 * `… NATO Secretary General Jens Stoltenberg | said` → name, 4 words back.
 */
export function phraseBefore(ws: readonly Word[], i: number, floor: number): Phrase | null {
  const w = ws[i];
  if (!w || i < floor) return null;
  if (w.punct && w.text === ')') {
    // "Rep. Hank Johnson (D-Ga.) said": the name before the parenthesis.
    let k = i - 1;
    while (k > floor && k > i - 8 && ws[k].text !== '(') k--;
    return ws[k]?.text === '(' ? phraseBefore(ws, k - 1, floor) : null;
  }
  if (w.punct) return w.text === ',' ? appositive(ws, i, floor) : null;
  if (pronoun(w)) return { from: i, to: i, kind: 'pronoun' };
  let j = i;
  while (j - 1 >= floor && (isNameWord(ws[j - 1]) || (LINKS.has(ws[j - 1].key) && j - 2 >= floor && ws[j - 2].capital && ws[j].capital))) j--;
  if (isNameWord(w) && !ROLE_WORDS.has(w.key)) {
    const det = j - 1 >= floor && DETERMINERS.has(ws[j - 1].key);
    return det ? { from: j - 1, to: i, kind: 'description' } : { from: j, to: i, kind: 'name' };
  }
  if (DETERMINERS.has(w.key) || LINKS.has(w.key)) return null;
  for (let k = i - 1; k >= Math.max(floor, i - 7); k--) {
    if (ws[k].punct) break;
    if (DETERMINERS.has(ws[k].key) && !(k - 1 >= floor && LINKS.has(ws[k - 1].key))) return { from: k, to: i, kind: 'description' };
  }
  if (SPEAKING_NOUNS.has(w.key) || ROLE_WORDS.has(w.key)) return { from: isNameWord(ws[i - 1] ?? w) && i - 1 >= floor ? i - 1 : i, to: i, kind: 'description' };
  return null;
}

/**
 * `Jens Stoltenberg, NATO's chief, | said`, `Harry Bond, 30, of Raleigh, who voted, | said`:
 * the farthest name before a chain of commas that opens its clause.
 */
function appositive(ws: readonly Word[], comma: number, floor: number): Phrase | null {
  let best: Phrase | null = null;
  for (let k = comma - 1; k >= Math.max(floor, comma - 24); k--) {
    const w = ws[k];
    if (w.text === ',') {
      const p = phraseBefore(ws, k - 1, floor);
      if (p && p.kind !== 'description' && opensClause(ws, p.from, floor)) best = p;
    } else if (w.punct && CLAUSE_END.has(w.text)) break;
  }
  return best;
}

const CLAUSE_END = new Set(['.', ':', ';', '"', '“', '”', '!', '?', '(', ')']);
/** True when nothing but the window's start or punctuation comes before word i. */
export function opensClause(ws: readonly Word[], i: number, floor: number): boolean {
  return i <= floor || ws[i - 1].punct;
}

/**
 * The speaker phrase that starts at word `i`, after an inverted verb:
 * `said | Jens Stoltenberg, …`, `said | the ministry in a statement`.
 */
export function phraseAfter(ws: readonly Word[], i: number, ceiling: number): Phrase | null {
  const w = ws[i];
  if (!w || i > ceiling || w.punct) return null;
  if (pronoun(w)) return { from: i, to: i, kind: 'pronoun' };
  let c = i;
  while (c <= Math.min(ceiling, i + 4) && !ws[c].punct && !ws[c].capital && !DETERMINERS.has(ws[c].key) && !STOP_AFTER.has(ws[c].key)) c++;
  if (c <= ceiling && isNameWord(ws[c]) && ws[c].capital && (c === i || !DETERMINERS.has(w.key))) {
    let j = c;
    while (j + 1 <= ceiling && (isNameWord(ws[j + 1]) || (LINKS.has(ws[j + 1].key) && j + 2 <= ceiling && ws[j + 2].capital && ws[j].capital))) j++;
    if (!(ROLE_WORDS.has(ws[j].key) && !ws[j].capital)) return { from: i, to: j, kind: 'name' };
  }
  if (DETERMINERS.has(w.key)) {
    let j = i;
    while (j + 1 <= Math.min(ceiling, i + 7) && !ws[j + 1].punct && !STOP_AFTER.has(ws[j + 1].key)) j++;
    return j > i ? { from: i, to: j, kind: 'description' } : null;
  }
  return SPEAKING_NOUNS.has(w.key) ? { from: i, to: i, kind: 'description' } : null;
}
