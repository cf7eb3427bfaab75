import type { Quote, Sentence } from '../../model';
import { INDIRECT_SPEECH_VERBS, REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns';
import { NAMED_AS, NAMING_VERBS } from '../../lexicon/claimFrameWords';
import { isTrimSpace } from '../../charCodes';
import { wordsUpTo } from './spanText';
import { hasWordAt, wordTable } from './wordTable';

/** Fewest words a quote needs to stand as a claim of its own. */
const MIN_WORDS = 3;

/** Words after which a quote is the content itself, not a piece of the clause: `said that "…"`, `and "…"`. */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or', 'as', 'saying', 'adding', 'noting', 'writing']);
/** A letter of the word before a quote: what /([A-Za-z\u00C0-\u024F'\u2019-]+)\s*$/ would take. */
const inLastWord = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019 || c === 45;

/** Where lastWordBefore's word starts and ends. */
let wordStart = 0;
let wordEnd = 0;

/** Finds the word right before `end` (white space between allowed), looking no further back than `from`; false when none. */
function lastWordBefore(text: string, from: number, end: number): boolean {
  let j = end;
  while (j > from && isTrimSpace(text.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > from && inLastWord(text.charCodeAt(k - 1))) k--;
  wordStart = k;
  wordEnd = j;
  return k < j;
}

/** The lexicons read before a quote, looked up where the word stands instead of in a lower-cased copy. */
const NAMING = wordTable(NAMING_VERBS);
const AS = wordTable(new Set(['as']));
const BEFORE_AS = wordTable(NAMED_AS);
const SPEECH_LEADS = wordTable(CONTENT_OPENERS, REPORTING_VERBS);
/** The words after a quote that make it speech: a pronoun or a reporting verb, in lower case. */
const FRAME_LEADS = wordTable(new Set(SUBJECT_PRONOUNS.keys()), REPORTING_VERBS);

/** Whether the word before a quote names it: `called "…"`, `known as "…"`. */
function namesQuote(text: string, from: number): boolean {
  if (hasWordAt(text, wordStart, wordEnd, NAMING)) return true;
  if (!hasWordAt(text, wordStart, wordEnd, AS)) return false;
  return lastWordBefore(text, from, wordStart) && hasWordAt(text, wordStart, wordEnd, BEFORE_AS);
}

/**
 * A partial quote inside a clause of the frame: `the board was "increasingly
 * confident" that …`, `a play called "Heirs of Marwick"`, or a word or two, too
 * short to be a claim of its own. Its clause is the claim, so the quote stays in it
 * instead of cutting it into fragments.
 */
export function isEmbedded(text: string, s: Sentence, q: Quote): boolean {
  if (wordsUpTo(text, q.content.start, q.content.end, MIN_WORDS) < MIN_WORDS || usedAsNoun(text, q, s.end)) return true;
  if (q.start <= s.start) return false;
  const from = Math.max(s.start, q.start - 40);
  if (!lastWordBefore(text, from, q.start)) return closesAfterAside(text, s, q, from);
  // read before namesQuote moves to the word before "as"
  const speech = hasWordAt(text, wordStart, wordEnd, SPEECH_LEADS);
  return namesQuote(text, from) || !speech;
}

/** A sentence stop inside a quote, before its last word: "… quays. This leaves …". */
const STOP_INSIDE = /[.?!]\s+\S/;

/**
 * A lower-case quote that ends the sentence after an aside's comma, as the
 * rest of its clause: `Ruiz said her rival, Dean Hale, "ran a clean race."`.
 * Not after a verb's comma (`she said, "we won."`), nor with a frame after it
 * (`Asked about it, "it is dead," she said.`), nor with no aside (`According to X, "…"`, `told reporters, "…"`).
 */
function closesAfterAside(text: string, s: Sentence, q: Quote, from: number): boolean {
  const c = text.charCodeAt(q.content.start);
  const speaker = q.speaker;
  const cue = speaker?.cue;
  // the clause it closes is reported speech: its verb, one that takes a clause, stands before the quote, in the sentence
  if (c < 97 || c > 122 || !speaker || !cue || cue.start < s.start || cue.end > q.start || !INDIRECT_SPEECH_VERBS.has(cue.text.toLowerCase())) return false;
  // one clause only: a quote of sentences of its own is speech to show apart
  if (STOP_INSIDE.test(q.content.text)) return false;
  for (let i = q.end; i < s.end; i++) if (!isTrimSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 46) return false;
  let j = q.start;
  while (j > from && isTrimSpace(text.charCodeAt(j - 1))) j--;
  // the aside's own opening comma stands between the verb and the quote
  const aside = text.lastIndexOf(',', j - 2);
  if (text.charCodeAt(j - 1) !== 44 || aside < cue.end || !lastWordBefore(text, from, j - 1)) return false;
  if (hasWordAt(text, wordStart, wordEnd, SPEECH_LEADS)) return false;
  // "Ruiz said …": a short speaker right before its verb, so that the clause reads as reported speech
  const m = speaker.mention;
  return m.end <= cue.start && blankBetween(text, m.end, cue.start) && wordsUpTo(text, m.start, m.end, MAX_SPEAKER_WORDS + 1) <= MAX_SPEAKER_WORDS;
}

/** Most words of the speaker before the verb: a longer subject leaves the sentence to be read as narration. */
const MAX_SPEAKER_WORDS = 4;

/** Whether only white space lies in [from, to) of the text. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A quote with no stop of its own, followed by a lower-case word: a title or a
 * term the sentence uses (`"Heirs of Marwick" is a play`), not speech.
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
  return k > j && !hasWordAt(text, j, k, FRAME_LEADS);
}
