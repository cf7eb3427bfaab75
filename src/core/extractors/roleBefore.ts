import { isPersonNoun, titlesName } from './describedAsPerson';
import { possessiveEnd } from './phraseWords';
import { isFiniteVerb, isModifier } from './verbForms';
import { endsInIng } from './keyEnds';
import { DETERMINER, FINITE, MODIFIER, NOT_NAME, ORGANIZATION, PREPOSITION, PRONOUN, ROLE, classesOf } from './wordClasses';
import type { Draft, EntityBook } from './entityBook';
import type { Word } from './words';
import { NOT_TITLE_NOUNS, ROLE_MODIFIERS, STANDING_NOUNS } from '../lexicon/roles';

/** Most words a title before a name may have: "veteran union general secretary". */
const MAX_WORDS = 4;

/**
 * Whether a word is a lower-case title or trade: "minister", "deputy", "economist"; not "utility", "former"
 * (which only describes a title), "either" nor "father".
 */
function isTitle(w: Word, trade = isPersonNoun): boolean {
  if (w.punct || (classesOf(w) & ORGANIZATION) !== 0) return false;
  // "The Speaker, Anthony Pell,": a capitalised title word is one only by the lexicon.
  if (w.capital) return (classesOf(w) & ROLE) !== 0 && !ROLE_MODIFIERS.has(w.key);
  if (NOT_TITLE_NOUNS.has(w.key)) return false;
  // "chief executive", "a company executive": in lower case the word heads a title, as it does not in "Executive Kell".
  return (classesOf(w) & ROLE) !== 0 ? !ROLE_MODIFIERS.has(w.key) || w.key === 'executive' : w.key.length >= 6 && trade(w.key);
}

/** A trade by an ending that few other words have: "scientist", "historian"; not "-er", as "render" and "hammer" end so too. */
const SURE_TRADE = (key: string) => key.endsWith('ist') || key.endsWith('ian');

/** Whether a word may stand inside a title before its head: "finance", "general", "political"; not "the", "met", "in", "naming". */
const inTitle = (w: Word) => !w.punct && (classesOf(w) & (DETERMINER | PREPOSITION | PRONOUN | NOT_NAME | MODIFIER | FINITE)) === 0 && !isFiniteVerb(w) && !isModifier(w) && !endsInIng(w.key);

/**
 * The title a name's words [from, to] are set off after, as a role: `The finance minister, Pieter Berg,`
 * → "finance minister"; `The union's general secretary, Ana Hale,` → "general secretary"; `Her deputy, Ana
 * Hale.` → "deputy". Null when the phrase before the commas is no title: `The utility, AquaNor,`, `In Leeds, Ana Hale`.
 */
export function titleSetOffBefore(text: string, ws: readonly Word[], from: number, to: number): string | null {
  const k = setOffOpener(ws, from, to);
  if (k < 0) return null;
  // "Counsel for the developer, Peter Quinlan KC,": the title is the one whose "for" or "of" governs it.
  const link = ws[k - 1];
  const s = link && !link.punct && (link.key === 'for' || link.key === 'of') && ws[k - 2] && isTitle(ws[k - 2]) ? k - 2 : k + 1;
  return text.slice(ws[s].start, ws[from - 2].end);
}

/**
 * Whether the name at words [from, to] is set off after a title someone owns, which introduces a person
 * besides its owner: `Brandt met his aide, Ana Ruiz,` → true; `the bureau director, Ana Ruiz,` → false.
 */
export function ownedTitleBefore(ws: readonly Word[], from: number, to: number): boolean {
  const k = setOffOpener(ws, from, to);
  return k >= 0 && (POSSESSIVE_PRONOUNS.has(ws[k].key) || possessiveEnd(ws[k].text) > 0);
}

/** The determiner or owner that opens the title a name is set off after (see titleSetOffBefore), or -1. */
function setOffOpener(ws: readonly Word[], from: number, to: number): number {
  const after = ws[to + 1];
  if (from < 2 || ws[from - 1].text !== ',' || !after || (after.text !== ',' && after.text !== '.')) return -1;
  const headAt = titleHeadAt(ws, from - 2);
  if (headAt < 0) return -1;
  for (let k = headAt - 1; k >= Math.max(0, headAt - 1 - MAX_WORDS); k--) {
    const w = ws[k];
    // "the union's general secretary": the words after the owner.
    if ((classesOf(w) & DETERMINER) !== 0 || (!w.punct && possessiveEnd(w.text) > 0)) return k;
    // "An Orsk spokesman, Ruslan Teymur,": a place or body's name may qualify the title after an article.
    // "The operator's managing director", "Kestrel's operations director": a word in -ing or -s right before the head qualifies it.
    if (!(inTitle(w) || qualifiesHead(ws, k, headAt)) || (w.capital && (classesOf(w) & ROLE) === 0 && !articleBefore(ws, k))) return -1;
  }
  return -1;
}
/**
 * Where the title ending at word `last` has its head: `last` itself ("director"), or the title a field follows
 * ("director of research", "head of policy", "minister for housing"); -1 when no title ends there.
 */
function titleHeadAt(ws: readonly Word[], last: number): number {
  if (isTitle(ws[last])) return last;
  const link = ws[last - 1];
  const field = ws[last];
  // the field may end in -ing ("minister for housing"), which a word inside a title may not
  if (last < 2 || link.punct || (link.key !== 'of' && link.key !== 'for') || field.capital || field.punct || (classesOf(field) & (DETERMINER | PREPOSITION | PRONOUN | NOT_NAME)) !== 0) return -1;
  // a title of the lexicon heads a field, not a guessed trade: "a long dinner of councillors" is none
  return isTitle(ws[last - 2], SURE_TRADE) ? last - 2 : -1;
}

/** Whether word k, right before the title's head, is a lower-case word that only qualifies it: "managing", "operations". */
const qualifiesHead = (ws: readonly Word[], k: number, headAt: number): boolean =>
  k === headAt - 1 && !ws[k].punct && !ws[k].capital && (classesOf(ws[k]) & (DETERMINER | PREPOSITION | PRONOUN | NOT_NAME | MODIFIER)) === 0;

/** Whether an article stands right before word k: "An" in "An Orsk spokesman". */
const articleBefore = (ws: readonly Word[], k: number) => k > 0 && ARTICLES.has(ws[k - 1].key);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Whether word k is a noun of standing before a name, after a word that says in what: "great" in "Tennis great
 * Marta Vell"; not in "the great Marta Vell" nor "great Marta Vell".
 */
export function standing(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  // The lookup first: most words before a name are no such noun, and inTitle reads the verb lexicon.
  return !!w && !w.punct && !w.capital && STANDING_NOUNS.has(w.key) && !!ws[k + 1]?.capital && !!ws[k - 1] && inTitle(ws[k - 1]) && possessiveEnd(ws[k - 1].text) === 0;
}

/**
 * The lower-case title right before a name, with the words that qualify it: `Political scientist Ingrid
 * Heuvel` → "Political scientist"; `met union leader Piet Jansen` → "union leader"; null for none.
 * A capital opens the title only as the sentence's first word.
 */
export function titleRightBefore(text: string, ws: readonly Word[], from: number): string | null {
  const head = from - 1;
  // "Outside the court, lawyer Dana Kell said": a trade that opens its clause after a comma is a title, in -er too.
  const trade = ws[head - 1]?.text === ',' ? isPersonNoun : SURE_TRADE;
  if (!(titlesName(ws, head) && isTitle(ws[head], trade)) && !standing(ws, head)) return null;
  let s = head;
  while (s - 1 >= 0 && head - (s - 1) < MAX_WORDS && inTitle(ws[s - 1]) && (!ws[s - 1].capital || s - 1 === 0 || ws[s - 2].punct) && possessiveEnd(ws[s - 1].text) === 0) s--;
  return text.slice(ws[s].start, ws[head].end);
}

/** Lists the title in lower case before a name at words [from, to] among a person's roles, if there is one. */
export function showTitleBefore(text: string, ws: readonly Word[], book: EntityBook, d: Draft, from: number, to: number): void {
  const title = titleRightBefore(text, ws, from) ?? titleSetOffBefore(text, ws, from, to);
  if (title) book.showRole(d, title);
}
