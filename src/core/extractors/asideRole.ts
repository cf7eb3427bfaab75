import { isPersonNoun } from './describedAsPerson';
import type { Word } from './words';
import { isPossessive } from './phraseWords';
import { AUXILIARY, CLAUSE_LINK, DETERMINER, NOT_NAME, PHRASE_OPENER, PREPOSITION, PRONOUN, ROLE, SUBORDINATOR, classesOf } from './wordClasses';
import { NOT_TITLE_NOUNS, ROLE_MODIFIERS } from '../lexicon/roles';
import { SHARE_WORDS } from '../lexicon/clauseWords';
import { isFiniteVerb } from './verbForms';

/** Most words a role set off after a name may have past its article: "former Florida governor". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const MAX_ROLE_WORDS = 4;
/** Most words the phrase of place after a closing aside's title may have: "at the state university". */
const PLACE_WORDS = 4;
/** Words that put the place a title is held at after it: "a pollster at the university", "a lawyer for the family", "a nurse from Hove". */
const AT: ReadonlySet<string> = new Set(['at', 'in', 'on', 'for', 'with', 'from']);

/**
 * The role an aside after a name states, for the entity's list of roles: an
 * article, then up to four words ending in a title or trade, with no
 * preposition before it. `Ana Hale, the former Leeds mayor,` → "former Leeds mayor";
 * `Ana Hale, a pollster at the university,` → "pollster"; `Ana Hale, a
 * leading voice on tax,` → null (a description, kept only for matching).
 */
export function asideRole(text: string, ws: readonly Word[], aside: readonly [number, number]): string | null {
  const from = aside[0];
  let to = aside[1];
  // "Kelland's commerce secretary" → "commerce secretary": a name's possessive stands where the article would
  if (!ARTICLES.has(ws[from].key) && !isPossessive(ws[from])) {
    // "Aled Pryce, regional secretary of the union," → "regional secretary of the union": a title with no article
    const head = bareRoleHead(ws, from, to);
    if (head < 0) return null;
    const held = ws[head + 1]?.key === 'of' && head + 1 < to ? heldAtEnd(ws, head + 2, to) : -1;
    return text.slice(ws[from].start, ws[held < 0 ? head : held].end);
  }
  if (to - from < 1) return null;
  // "an economist at the bank": the title before the place it is held at.
  for (let k = from + 1; k <= to; k++) {
    if (ws[k].punct) return null;
    if (AT.has(ws[k].key)) {
      to = k - 1;
      break;
    }
    // "the director of the climate office" keeps its "of" and what the title is held at
    if (ws[k].key === 'of' && k - 1 > from) {
      // past a longer phrase, the title alone, as for a bare title: "the head of the board that voted" → "head"
      const held = heldAtEnd(ws, k + 1, to);
      return k - 1 - from > MAX_ROLE_WORDS || !isTitle(ws[k - 1]) ? null : text.slice(ws[from + 1].start, ws[held < 0 ? k - 1 : held].end);
    }
    if ((classesOf(ws[k]) & PREPOSITION) !== 0) return null;
  }
  if (to - from < 1 || to - from > MAX_ROLE_WORDS) return null;
  return isTitle(ws[to]) ? text.slice(ws[from + 1].start, ws[to].end) : null;
}

/** A title or trade noun, not a relative: "director", not "father" in "the father of a soldier". */
const isTitle = (head: Word): boolean =>
  !head.capital && !NOT_TITLE_NOUNS.has(head.key) && !SHARE_WORDS.has(head.key) && ((classesOf(head) & ROLE) !== 0 || (head.key.length >= 5 && isPersonNoun(head.key)));

/**
 * The last word of the short noun phrase after a title's "of", read from word `from` to the aside's
 * end `to` or the word before "at"; -1 when it is no plain noun phrase: `the climate office` → "office";
 * `the board who voted` → -1.
 */
function heldAtEnd(ws: readonly Word[], from: number, to: number): number {
  let end = -1;
  for (let k = from; k <= to && k - from < PLACE_WORDS; k++) {
    const w = ws[k];
    if (AT.has(w.key)) break;
    // an article may open it: "of the union"
    if (w.punct || isFiniteVerb(w) || ((classesOf(w) & NOT_IN_TITLE) !== 0 && !(k === from && ARTICLES.has(w.key)))) return -1;
    end = k;
  }
  // the phrase must reach the aside's end, or an "at" after it that no name runs on to ("the Center for …")
  return end >= 0 && (end === to || (AT.has(ws[end + 1].key) && !ws[end].capital)) ? end : -1;
}

/** Words after a bare title that say where it is held: "secretary of the union", "head of policy at Apex". */
const HELD_AT: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'with']);

/**
 * The last word of a title with no article that opens an aside at word `from`, up to "of", "at" or the
 * aside's end `to`; -1 when none: `regional secretary of the union` → "secretary"; `deputy leader` →
 * "leader"; `last week` and `a pollster` → -1 (the latter has its article).
 */
export function bareRoleHead(ws: readonly Word[], from: number, to: number): number {
  let head = -1;
  for (let k = from; k <= to && k - from < MAX_ROLE_WORDS; k++) {
    const w = ws[k];
    if (w.punct || w.capital || ARTICLES.has(w.key)) return -1;
    if (HELD_AT.has(w.key)) break;
    // "who is now chairman", "man or woman", "however": a clause, a pair or an adverb is no title
    if ((classesOf(w) & NOT_IN_TITLE) !== 0) return -1;
    head = (classesOf(w) & ROLE) !== 0 || (w.key.length >= 5 && isPersonNoun(w.key) && !NOT_TITLE_NOUNS.has(w.key)) ? k : -1;
  }
  return head >= 0 && !ROLE_MODIFIERS.has(ws[head].key) ? head : -1;
}
const NOT_IN_TITLE = DETERMINER | PREPOSITION | PRONOUN | AUXILIARY | CLAUSE_LINK | SUBORDINATOR | NOT_NAME | PHRASE_OPENER;

/**
 * The aside that closes a sentence after a name, which asideAfter (an aside closed by a comma) leaves:
 * `said Ana Hale, a pollster.` → the indexes of "a" and "pollster"; null for none.
 */
export function closingAside(ws: readonly Word[], end: number): [number, number] | null {
  if (ws[end + 1]?.text !== ',' || !ws[end + 2]) return null;
  // "said Aled Pryce, regional secretary of the union.": a bare title opens it as an article does
  if (!ARTICLES.has(ws[end + 2].key) && !isPossessive(ws[end + 2]) && bareRoleHead(ws, end + 2, ws.length - 1) < 0) return null;
  // The title and a short phrase of where it is held: "a pollster at the state university."
  for (let k = end + 3; k < Math.min(ws.length, end + 4 + MAX_ROLE_WORDS + PLACE_WORDS); k++) {
    if (!ws[k].punct) continue;
    return ws[k].text === '.' || ws[k].text === '!' || ws[k].text === '?' ? [end + 2, k - 1] : null;
  }
  return null;
}
