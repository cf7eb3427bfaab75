import { ADVERBIAL_OPENERS, CLAUSE_OPENERS, NOT_PARTICIPLES } from '../../lexicon/claimFrameWords';
import { INVERTIBLE_VERBS, REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { isTrimSpace } from '../../charCodes';
import { capitalsLead } from './capitalsLead';
import { frameOnlyAt } from './frameOnly';
import { isLetter, wordEnd } from './framePhrases';
import { wordsUpTo } from './spanText';
import { isAuxiliary } from './wordSteps';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Fewest words of a clause of its own. */
const MIN_WORDS = 3;

/** The segment's first word past quote marks and a headline in capitals, lower-cased: "“If the two met" → "if". */
function firstWord(seg: string, end: number): string {
  const i = firstWordStart(seg, end);
  return seg.slice(i, wordEnd(seg, i)).toLowerCase();
}

/** Where firstWord's word starts. */
function firstWordStart(seg: string, end: number): number {
  let i = 0;
  while (i < end && !isLetter(seg.charCodeAt(i))) i++;
  return i + capitalsLead(seg, i, end);
}

/** Conjunctions that may open a sentence before its introductory phrase: "But when contacted, …". */
const JOINING: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);
/**
 * Openers read past such a conjunction: a time ("But when contacted") or a participle about the speaker ("And asked
 * about the cost"). Not "in", "on" or "if", whose phrase after "and" or "but" is as often the claim's own topic in speech
 * ("And on the coast, we think …").
 */
const AFTER_JOINING: ReadonlySet<string> = new Set(['when', 'once', 'after', 'before', 'while', 'asked', 'speaking', 'pressed', 'reached', 'contacted', 'questioned', 'challenged', 'interviewed']);

/** The opener after a joining conjunction that opens the segment, lower-cased, or "" when there is none (see AFTER_JOINING). */
function afterJoining(seg: string, end: number, first: string): string {
  let i = firstWordStart(seg, end) + first.length;
  while (i < end && !isLetter(seg.charCodeAt(i))) i++;
  const next = seg.slice(i, wordEnd(seg, i)).toLowerCase();
  return AFTER_JOINING.has(next) ? next : '';
}

/** Whether the segment opens with a conjunction of a clause, which is no claim alone: "If the two met, …". */
export const subordinateLead = (seg: string): boolean => CLAUSE_OPENERS.has(firstWord(seg, seg.length));

/** adverbialLead opened by a preposition or conjunction, not by a word in -ing that may start a name ("Playing Field Ltd"). */
export const prepositionLead = (seg: string, end: number): boolean => ADVERBIAL_OPENERS.has(firstWord(seg, end)) && adverbialLead(seg, end);

/**
 * Whether [0, end) of the segment is one introductory phrase, with no comma
 * inside but those around a name: "In the early 1990s", "Writing for the majority",
 * "Asked about a call from the minister, Paul Reyes, for cuts" → true; "Rents rose" → false.
 */
export function adverbialLead(seg: string, end: number): boolean {
  // past a headline in capitals glued to the sentence
  let first = firstWord(seg, end);
  // "But when contacted, a spokesperson said …": the phrase after the conjunction
  if (!ADVERBIAL_OPENERS.has(first) && !isParticiple(first)) {
    if (first.length > 3 || !JOINING.has(first)) return false;
    first = afterJoining(seg, end, first);
    if (!first) return false;
  }
  let last = end;
  while (last > 0 && (seg.charCodeAt(last - 1) === 44 || isTrimSpace(seg.charCodeAt(last - 1)))) last--;
  for (let k = 0; k < last; k++) {
    if (seg.charCodeAt(k) !== 44) continue;
    // "Asked about calls from the minister, Paul Reyes, for faster cuts": a name set off inside the phrase
    let close = seg.indexOf(',', k + 1);
    if (close < 0 || close > last) close = last;
    // "In Marlow Vale, where the river burst its banks, …": a relative clause set off inside the phrase
    const piece = seg.slice(k + 1, close);
    if (!NAME_ASIDE.test(piece) && !RELATIVE_ASIDE.test(piece)) return false;
    k = close;
  }
  return true;
}

/** A relative clause set off by commas after a place or a time: " where the river burst its banks". */
const RELATIVE_ASIDE = /^\s*(?:where|when|which|whose)\s/i;

/** A name set off by commas: " Paul Reyes", " Ana de Vell". */
const NAME_ASIDE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|du|da)){1,3}\s*$/u;

/** Whether a word is a participle in -ing that opens a phrase before its subject: "Writing for the majority, …", "Responding to critics, …". */
const isParticiple = (word: string): boolean => word.length > 4 && word.endsWith('ing') && !NOT_PARTICIPLES.has(word);

/** Most words a frame ending in a comma may have and still only lead into its quote. */
const MAX_LEAD_IN_WORDS = 10;

/** "as our finance director put it last week.": a tag after a quote naming who worded it, and nothing else. */
const AS_PUT_IT = /^[\s,]*as\s+(?:[\w'\u2019-]+\s+){1,6}?(?:put|puts|phrased|phrases|framed|frames)\s+it\b[^.;:!?"\u201C]{0,40}[.!?]?\s*$/i;

/**
 * Whether the frame after a quote only tags who worded it ("…," as the mayor put it.): no claim of its own.
 * `asPutIt(", as our director put it last week.")` → true; `(", as the mayor put it, the port is full.")` → false.
 */
export const asPutIt = (seg: string): boolean => AS_PUT_IT.test(seg);

/**
 * Whether the frame ends by handing over to its quote: a reporting verb, then
 * a colon ("Pell tweeted this:") or, in a short frame, a comma ("He
 * concluded eloquently,"). Such a frame is no claim of its own.
 */
export function introducesQuote(seg: string): boolean {
  let last = seg.length;
  while (last > 0 && isTrimSpace(seg.charCodeAt(last - 1))) last--;
  const mark = seg.charCodeAt(last - 1);
  if (mark !== 58 && mark !== 44) return false;
  let words = 0;
  let verb = false;
  for (let i = 0; i < last; ) {
    if (!isLetter(seg.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = wordEnd(seg, i);
    if (++words > MAX_LEAD_IN_WORDS && mark === 44) return false;
    // every reporting verb has three letters or more
    if (!verb && e - i > 2) {
      const word = seg.slice(i, e);
      verb = REPORTING_VERBS.has(isUpper(seg.charCodeAt(i)) ? word.toLowerCase() : word);
    }
    i = e;
  }
  return verb;
}

/**
 * Whether a frame whose verb opens its clause only names the speaker of the
 * quote beside it: nothing of three words before the verb ("said Ann Lee, a
 * former aide"), or nothing but place and time after it ("Ann Lee, an aide,
 * said in an interview").
 */
export function speakerOnly(seg: string, boundary: number, after: number): boolean {
  return wordsUpTo(seg, 0, boundary, MIN_WORDS) < MIN_WORDS || frameOnlyAt(seg, after) || NAME_FIRST.test(seg);
}
/** A capitalised name, then a comma: "Representative Ann Lee, a Democrat, told …". */
const NAME_FIRST = /^[\s"'\u201C\u201D\u2018\u2019]*(?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w.'\u2019-]*,/;

/** Whether the segment ends on a colon, handing over to what follows: "In the post, she wrote:". */
export function endsWithColon(seg: string): boolean {
  let last = seg.length;
  while (last > 0 && isTrimSpace(seg.charCodeAt(last - 1))) last--;
  return seg.charCodeAt(last - 1) === 58;
}

/** Whether the segment ends on "that", handing over to the quote after it: "told parliament last week that". */
export function endsWithThat(seg: string): boolean {
  let last = seg.length;
  while (last > 0 && isTrimSpace(seg.charCodeAt(last - 1))) last--;
  return last >= 5 && !isLetter(seg.charCodeAt(last - 5)) && seg.slice(last - 4, last).toLowerCase() === 'that';
}

/** Most words the speaker after an inverted verb may have, up to its first comma: "said Ann Lee, a pollster". */
const MAX_INVERTED_WORDS = 6;

/**
 * The speaker named after a verb that opens its clause past a comma, as
 * "Turnout rose, said Ann Lee, a pollster." names "Ann Lee", or null: the verb
 * must be one that comes before its speaker, and the speaker a name or a role
 * ("the minister"), not a time ("said in an interview").
 */
export function invertedSpeaker(seg: string, boundary: number, verb: string, after: number): { start: number; end: number } | null {
  if (boundary < 2 || seg.charCodeAt(boundary - 1) !== 44) return null;
  return speakerAfterVerb(seg, verb, after);
}

/**
 * The speaker right after a verb that can come before it, up to the first comma or stop:
 * `said Ann Lee, adding …` → "Ann Lee"; null for a time or place ("said in an interview").
 */
export function speakerAfterVerb(seg: string, verb: string, after: number): { start: number; end: number } | null {
  if (!INVERTIBLE_VERBS.has(verb.toLowerCase())) return null;
  let i = after;
  while (i < seg.length && isTrimSpace(seg.charCodeAt(i))) i++;
  const e = wordEnd(seg, i);
  if (e === i || !(isUpper(seg.charCodeAt(i)) || ARTICLES_AND_POSSESSIVES.has(seg.slice(i, e)))) return null;
  let end = i;
  while (end < seg.length && (!STOPS.has(seg.charCodeAt(end)) || titleStop(seg, i, end))) end++;
  while (end > i && isTrimSpace(seg.charCodeAt(end - 1))) end--;
  if (wordsUpTo(seg, i, end, MAX_INVERTED_WORDS + 1) > MAX_INVERTED_WORDS) return null;
  // "Mich., said the water was bad": a clause with an auxiliary of its own after "said" is its content, no speaker
  // each run of ASCII letters looked up where it stands: no lower-cased copy per word
  for (let k = i; k < end; ) {
    const e = wordEnd(seg, k);
    if (isAuxiliary(seg, k, e)) return null;
    k = e + 1;
  }
  // "said its spokeswoman, Helena Grau.": the name set off after a description is the speaker
  const named = !isUpper(seg.charCodeAt(i)) && seg.charCodeAt(end) === 44 ? nameClosing(seg, end + 1) : null;
  return named ?? { start: i, end };
}

/**
 * A name of up to four capitalised words from `at`, closing its segment or set off by a comma:
 * `, Helena Grau.` → the span of "Helena Grau"; `, who spoke` → null.
 */
function nameClosing(seg: string, at: number): { start: number; end: number } | null {
  const m = NAME_CLOSING.exec(seg.slice(at));
  return m ? { start: at + m.index + m[0].indexOf(m[1]), end: at + m.index + m[0].indexOf(m[1]) + m[1].length } : null;
}
const NAME_CLOSING = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*(?:[.,!?]|$)/u;

/**
 * Whether the full stop at `at` closes a title before a name, and so ends no speaker: "said Dr. Ann Lee".
 * The title must be a word of its own from `from` on, a space and a capital after it.
 */
function titleStop(seg: string, from: number, at: number): boolean {
  if (seg.charCodeAt(at) !== 46 || seg.charCodeAt(at + 1) !== 32 || !isUpper(seg.charCodeAt(at + 2))) return false;
  let k = at;
  while (k > from && isLetter(seg.charCodeAt(k - 1))) k--;
  return (k === from || isTrimSpace(seg.charCodeAt(k - 1))) && TITLE_ABBREVIATIONS.has(seg.slice(k, at).toLowerCase());
}

/** Marks that end the speaker's name: comma, semicolon, colon, period, dash. */
const STOPS: ReadonlySet<number> = new Set([44, 59, 58, 46, 0x2014, 0x2013]);
