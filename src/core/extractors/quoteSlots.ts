import { NAMING_AS, NAMING_SPEECH_VERBS, NAMING_VERBS, NOT_NAMED_NOUNS, TITLE_SLOT_WORDS, WORK_NOUNS } from '../lexicon/quoteSlots';
import type { Quote, QuoteKind } from '../model';
import { countWords } from './countWords';
import { titleWords } from './titleWords';
import { classesOf, DETERMINER, FEMALE_NAME, MALE_NAME, PRONOUN } from './wordClasses';
import type { Word } from './words';
import { wordAt } from './words';

const isPossessive = (w: Word) => w.key.length > 2 && (w.key.endsWith("'s") || w.key.endsWith('’s') || w.key.endsWith("s'") || w.key.endsWith('s’'));
const opensCapital = (s: string) => s.length > 0 && s[0] !== s[0].toLowerCase();
const isPlural = (w: Word) => w.key.endsWith('s') && !w.key.endsWith('ss');

/** `a play called "…"`, `the so-called "…"`, `the hacker known as "…"`, but not `what he called "…"` nor `Trump called "…"`. */
function namedByParticiple(ws: readonly Word[], k: number): boolean {
  const w = ws[k - 1];
  if (w.key === 'so-called') return true;
  const v = w.key === 'as' && k >= 2 && NAMING_AS.has(ws[k - 2].key) ? k - 2 : NAMING_VERBS.has(w.key) ? k - 1 : -1;
  const noun = ws[v - 1];
  if (v < 0 || !noun || noun.punct || noun.capital || isPlural(noun) || noun.key.endsWith('ly')) return false;
  return (classesOf(noun) & (PRONOUN | DETERMINER)) === 0 && !NOT_NAMED_NOUNS.has(noun.key);
}

/** `Kell called Ruiz "The Iron Lady"`, `calling him "Little Marco"`: a name a speaker gave someone, which are the speaker's words. */
function givenName(ws: readonly Word[], k: number): boolean {
  for (let v = k - 2; v >= Math.max(1, k - 4); v--) {
    const w = ws[v + 1];
    if (w.punct || !(w.capital || (classesOf(w) & PRONOUN) !== 0)) return false;
    if (NAMING_SPEECH_VERBS.has(ws[v].key)) return true;
  }
  return false;
}

/** A title set where works are named: `on CBS's "Face the Nation"`, `the film, "Long Road"`; one word only after a possessive (`NBC's "Today"`). */
function titlePlace(ws: readonly Word[], k: number, words: number): boolean {
  const w = ws[k - 1].text === ',' && k >= 2 ? ws[k - 2] : ws[k - 1];
  if (w.punct) return false;
  if (isPossessive(w) || WORK_NOUNS.has(w.key)) return true;
  return words > 1 && w === ws[k - 1] && TITLE_SLOT_WORDS.has(w.key);
}

/** A nickname after a first name or an initial and right before a capitalised word: Dwayne "The Rock" Johnson, C.J. "Butch" Otter. */
function nickname(ws: readonly Word[], k: number, after: Word | undefined, end: number, words: number): boolean {
  const before = ws[k - 1];
  const first = (classesOf(before) & (MALE_NAME | FEMALE_NAME)) !== 0 || /^(?:\p{Lu}\.)+$/u.test(before.text);
  return words <= 2 && first && !!after && after.capital && !after.punct && after.start - end <= 1;
}

export interface Slotted {
  readonly quotes: readonly Quote[];
  /** Indexes of quotes whose place names a thing: no cue attributes them. */
  readonly named: ReadonlySet<number>;
}

/**
 * Kinds by the words around a quote, where its marks alone cannot tell:
 * a work's or a nickname's title stays a title even beside a cue.
 * `On CBS's "Face the Nation," Okafor said …` → title, never Okafor's words.
 */
export function quoteSlots(text: string, ws: readonly Word[], quotes: readonly Quote[]): Slotted {
  const named = new Set<number>();
  let lo = 0;
  const out = quotes.map((q, i) => {
    if (q.parentId) return q;
    const k = wordAt(ws, q.start, lo);
    lo = k;
    const slot = (k > 0 && q.start - ws[k - 1].end <= 2 ? slotOf(ws, k, q) : null) ?? (byline(text, q) ? BYLINE : null);
    if (slot?.named) named.add(i);
    return !slot || q.kind === slot.kind ? q : { ...q, kind: slot.kind };
  });
  return { quotes: out, named };
}

/** A kind the words around a quote give it, and whether no cue may attribute it. */
interface Slot {
  readonly kind: QuoteKind;
  readonly named: boolean;
}
const NAMED_TITLE: Slot = { kind: 'title', named: true };
const NAMED_SCARE: Slot = { kind: 'scare', named: true };
/** A headline or a given name: a kind that a cue may still turn into speech. */
const BYLINE: Slot = { kind: 'title', named: false };
const GIVEN: Slot = { kind: 'scare', named: false };

/** The slot of quote `q`, whose opening mark is word k, or null when its words around name nothing. */
function slotOf(ws: readonly Word[], k: number, q: Quote): Slot | null {
  const content = q.content.text;
  const words = countWords(content, 12);
  if (words <= 0 || words > 12) return null;
  if (namedByParticiple(ws, k)) return words <= 8 || q.kind !== 'speech' ? (opensCapital(content) ? NAMED_TITLE : NAMED_SCARE) : null;
  // A title opens with a capital, and a cry ("Kell! Kell!") is a chant, never a title.
  if (!titleWords(content) || !opensCapital(content) || content.includes('!') || content.includes('?')) return null;
  // Titles take a cue only after them; a name given by a speaker before it must be free to take one.
  if (givenName(ws, k)) return q.kind === 'title' ? GIVEN : null;
  const after = wordAt(ws, q.end, k);
  return titlePlace(ws, k, words) || nickname(ws, k, ws[after], q.end, words) ? NAMED_TITLE : null;
}

const isBlank = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09;

/** `"Met keeps its doors open," by Post's Ana Ruiz`: a headline opening its line or sentence, then its byline. */
function byline(text: string, q: Quote): boolean {
  if (q.kind !== 'speech' || text.charCodeAt(q.content.end - 1) !== 0x2c) return false;
  if (!/^\s+by\s+\p{Lu}/u.test(text.slice(q.end, q.end + 8))) return false;
  let i = q.start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i < 0 || !/[\p{L}\p{N},]/u.test(text[i]);
}
