import { ADJECTIVE_ENDINGS, COUNT_ADJECTIVES, NOT_ADJECTIVES } from '../../lexicon/countNouns';
import { SHARE_VERBS } from '../../lexicon/numberWords';
import { countNounAt } from './countNoun';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';

/** The most modifiers read between a number and its plural: "40 new fully electric buses". */
const MOST_MODIFIERS = 3;

/** Words ending as adverbs do that are none: "only", "family", "supply". */
const NOT_ADVERBS: ReadonlySet<string> = new Set(['only', 'early', 'family', 'supply', 'apply', 'reply', 'rally', 'assembly', 'holy', 'july', 'italy', 'belly', 'bully']);

/** Participles an adverb may modify that end in neither "-ed" nor "-en": "newly built". */
const PARTICIPLES: ReadonlySet<string> = new Set(['built', 'made', 'grown', 'known', 'sold', 'held', 'paid', 'run', 'set', 'kept', 'hit', 'cut']);

/** Words that never modify a noun: a number's clause goes on past them ("40 more than", "40 other said"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'nor', 'than', 'that', 'the', 'for', 'from', 'with', 'who', 'whom', 'which', 'what', 'was', 'were', 'are',
  'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'not',
  'been', 'being', 'into', 'onto', 'over', 'under', 'after', 'before', 'per', 'each', 'every', 'its', 'their', 'his',
  'her', 'our', 'your', 'this', 'these', 'those', 'such', 'some', 'any', 'all', 'both', 'said', 'says', 'then',
  'while', 'when', 'where', 'how', 'why', 'also', 'just', 'out', 'off', 'away', 'back', 'down', 'now',
]);

/** A lower-case word standing apart: "social"; not "Labour", "-", "cost" of "low-cost". */
function isPlainWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word' && !t.glued && t.text === t.lower;
}

function isAdjectiveShape(w: string): boolean {
  return w.length > 4 && ADJECTIVE_ENDINGS.some((e) => w.endsWith(e)) && !NOT_ADJECTIVES.has(w);
}

function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w);
}

/** The end of a hyphened modifier at token k, "low-cost", "zero-emission", "state-of-the-art", or -1. */
function compoundEnd(tokens: readonly Token[], k: number): number {
  let m = k + 1;
  while (tokens[m]?.glued && tokens[m].text === '-' && tokens[m + 1]?.glued && tokens[m + 1].type === 'word' && tokens[m + 1].text === tokens[m + 1].lower) m += 2;
  return m > k + 1 ? m : -1;
}

/**
 * Where the modifier at token k ends, or -1: a listed or adjective-shaped
 * word, a hyphened compound, or after an adverb a participle ("newly built").
 * An adverb itself ends at k + 1 and is told apart by the caller.
 */
function modifierEnd(tokens: readonly Token[], k: number, afterAdverb: boolean): number {
  const t = tokens[k];
  if (!isPlainWord(t)) return -1;
  const compound = compoundEnd(tokens, k);
  if (compound > 0) return compound;
  if ((t.marks & CARRIES_NUMBER) !== 0) return -1;
  const w = t.lower;
  if (COUNT_ADJECTIVES.has(w) || isAdjectiveShape(w) || isAdverb(w)) return k + 1;
  return afterAdverb && (w.endsWith('ed') || w.endsWith('en') || PARTICIPLES.has(w)) ? k + 1 : -1;
}

/**
 * The plural a number counts across the modifiers that start at token j, and
 * its index: "250 new social homes" → homes, "1,200 extra police officers" →
 * police (its head follows), "40 fully electric buses" → buses. After a
 * modifier, one more plain word may name a kind: "300 new council homes".
 * "40 want changes", "40 more than cities" → null.
 */
export function readModifiedNoun(tokens: readonly Token[], j: number): { readonly k: number; readonly noun: string } | null {
  // "of", "in", "to" follow most numbers: no modifier has fewer than three letters but a hyphened one ("in-person").
  if (tokens[j].end - tokens[j].start < 3 && !tokens[j + 1]?.glued) return null;
  let k = j;
  let adverb = false;
  for (let n = 0; n < MOST_MODIFIERS; n++) {
    const end = modifierEnd(tokens, k, adverb);
    if (end < 0) break;
    adverb = end === k + 1 && isAdverb(tokens[k].lower);
    k = end;
    const noun = countNounAt(tokens, k);
    if (noun) return adverb ? null : { k, noun };
  }
  if (adverb) return null;
  const kind = tokens[k];
  if (!isPlainWord(kind) || kind.text.length < 3 || (kind.marks & CARRIES_NUMBER) !== 0 || FUNCTION_WORDS.has(kind.lower) || kind.lower.endsWith('ed') || isAdverb(kind.lower)) return null;
  const noun = countNounAt(tokens, k + 1);
  // with no modifier before it, the word names a kind only of people named by what they do: "3,000 care workers",
  // "160,000 asylum seekers"; "12 want organisers" has a verb there, as a share of a group has ("a third want")
  return noun && (k > j || (PEOPLE_BY_TRADE.test(noun) && !SHARE_VERBS.has(kind.lower))) ? { k: k + 1, noun } : null;
}

/** Plurals of people named by what they do: "workers", "seekers", "doctors", "economists", "librarians". */
const PEOPLE_BY_TRADE = /(?:ers|ors|ists|ians)$/;
