import type { Quote, Sentence } from '../../model';
import { REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns';
import { NAMED_AS, NAMING_VERBS } from '../../lexicon/claimFrameWords';
import { isTrimSpace } from '../../charCodes';
import { wordsUpTo } from './spanText';

/** Fewest words a quote needs to stand as a claim of its own. */
const MIN_WORDS = 3;

/** Words after which a quote is the content itself, not a piece of the clause: `said that "…"`, `and "…"`. */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or', 'as', 'saying', 'adding', 'noting', 'writing']);
/** A letter of the word before a quote: what /([A-Za-z\u00C0-\u024F'\u2019-]+)\s*$/ would take. */
const inLastWord = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019 || c === 45;

/** Where lastWordBefore's word starts. */
let wordStart = 0;

/** The word right before `end` (white space between allowed), lower-cased, looking no further back than `from`. */
function lastWordBefore(text: string, from: number, end: number): string | undefined {
  let j = end;
  while (j > from && isTrimSpace(text.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > from && inLastWord(text.charCodeAt(k - 1))) k--;
  wordStart = k;
  return k < j ? text.slice(k, j).toLowerCase() : undefined;
}

/** Whether the word before a quote names it: `called "…"`, `known as "…"`. */
function namesQuote(text: string, from: number, word: string): boolean {
  if (NAMING_VERBS.has(word)) return true;
  if (word !== 'as') return false;
  const before = lastWordBefore(text, from, wordStart);
  return before !== undefined && NAMED_AS.has(before);
}

/**
 * A partial quote inside a clause of the frame: `the board was "increasingly
 * confident" that …`, `a play called "Sons of Trump"`, or a word or two, too
 * short to be a claim of its own. Its clause is the claim, so the quote stays in it
 * instead of cutting it into fragments.
 */
export function isEmbedded(text: string, s: Sentence, q: Quote): boolean {
  if (wordsUpTo(text, q.content.start, q.content.end, MIN_WORDS) < MIN_WORDS || usedAsNoun(text, q, s.end)) return true;
  if (q.start <= s.start) return false;
  const from = Math.max(s.start, q.start - 40);
  const word = lastWordBefore(text, from, q.start);
  return word !== undefined && (namesQuote(text, from, word) || (!CONTENT_OPENERS.has(word) && !REPORTING_VERBS.has(word)));
}

/**
 * A quote with no stop of its own, followed by a lower-case word: a title or a
 * term the sentence uses (`"Sons of Trump" is a play`), not speech.
 */
function usedAsNoun(text: string, q: Quote, end: number): boolean {
  let i = q.content.end;
  while (i > q.content.start && isTrimSpace(text.charCodeAt(i - 1))) i--;
  if (!inLastWord(text.charCodeAt(i - 1))) return false;
  let j = q.end;
  while (j < end && isTrimSpace(text.charCodeAt(j))) j++;
  let k = j;
  while (k < end && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  // `"We will win" she said`: a frame missing its comma still reports the quote
  const next = text.slice(j, k);
  return k > j && !SUBJECT_PRONOUNS.has(next) && !REPORTING_VERBS.has(next);
}
