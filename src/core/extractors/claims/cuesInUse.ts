import { CUE_IDIOMS } from '../../lexicon/comparativeCues';
import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { INDIRECT_SPEECH_VERBS } from '../../lexicon/reportingVerbs';
import { EMBEDDING_WORDS, NOUN_PREPOSITIONS } from '../../lexicon/claimFrameWords';
import { nextCue, recordedCues } from './cuePattern';
import { normalized } from './cueRecord';
import { hasWordAt, wordTable } from './wordTable';
import { EMPTY as NONE, append } from './append';
import { isAuxiliary, skipSpaces, wordEnd as endOfWord } from './wordSteps';

const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);

/** Whether an idiom that only looks like the cue starts at `at`: "doubled down" is no doubling. */
function idiomAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 32;
  for (const idiom of CUE_IDIOMS) if (first === idiom.charCodeAt(0) && text.substr(at, idiom.length).toLowerCase() === idiom) return true;
  return false;
}

/** Where wordBefore's word starts and ends. */
let wordStart = 0;
let wordEnd = 0;

/** Finds the word ending right before `at` (one run of spaces between): [wordStart, wordEnd), empty when none. */
function wordBefore(text: string, at: number): void {
  let j = at;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  let k = j;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  wordStart = k;
  wordEnd = j;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** Words whose "'s" is "is" or "has", not a possessive: "he's pledged", "it's guaranteed". */
const CONTRACTED = wordTable(new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'let', 'everyone', 'nobody', 'one']));

/**
 * Whether a possessive noun ends right before `at`, one run of spaces between:
 * "the constitution's guarantee", "the states' pledge"; not "he's pledged".
 */
function possessiveBefore(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  if (j < 3 || (text.charCodeAt(j - 1) | 32) !== 115 || !isApostrophe(text.charCodeAt(j - 2))) {
    return j > 2 && isApostrophe(text.charCodeAt(j - 1)) && (text.charCodeAt(j - 2) | 32) === 115 && isLetter(text.charCodeAt(j - 3));
  }
  let k = j - 2;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return k < j - 2 && !hasWordAt(text, k, j - 2, CONTRACTED);
}

/** The words read before a cue, looked up where they stand instead of in lower-cased copies. */
const NOT_BEFORE_VERB = wordTable(ARTICLES_AND_POSSESSIVES, NOUN_PREPOSITIONS);
const EMBEDDING = wordTable(EMBEDDING_WORDS);

const RELATIVE_OPENERS = wordTable(new Set(['that', 'which']));

/**
 * Whether a relative clause opens right after the cue, "that" or "which" then an auxiliary: "projects that were
 * approved", "forecasts which have proved wrong". The cue is then the noun the clause describes; a verb's "that"
 * opens a clause with its own subject ("predicts that prices will").
 */
function relativeAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const start = skipSpaces(text, end);
  const opener = endOfWord(text, start);
  if (!hasWordAt(text, start, opener, RELATIVE_OPENERS)) return false;
  const next = skipSpaces(text, opener);
  return isAuxiliary(text, next, endOfWord(text, next));
}

/** Words between a relative "that" and its verb besides auxiliaries: "that have been approved", "that were never signed". */
const RELATIVE_FILLERS = wordTable(new Set(['been', 'being', 'not', 'never', 'later', 'since', 'already', 'also', 'just', 'formally', 'recently', 'previously']));
/** Verbs whose "that" hands over to a clause, where "that" may be its subject: "said that was promised". */
const THAT_CLAUSE_VERBS = wordTable(INDIRECT_SPEECH_VERBS);
/** Most words from the relative "that" to the cue: "that had not been approved". */
const RELATIVE_REACH = 4;

/**
 * Whether the cue at `start` is the verb of a relative clause, "that" then an auxiliary before it: "new projects that
 * were approved in May will add"; the sentence's own verb comes later. "That was promised" and "said that was
 * promised", where "that" is the subject, do not count.
 */
function relativeBefore(text: string, start: number): boolean {
  let auxiliary = false;
  for (let k = 0, i = start; k < RELATIVE_REACH && i > 0; k++, i = wordStart) {
    wordBefore(text, i);
    if (wordEnd === wordStart) return false;
    if (hasWordAt(text, wordStart, wordEnd, RELATIVE_OPENERS)) {
      if (!auxiliary || (text.charCodeAt(wordStart) | 32) !== 116) return false;
      wordBefore(text, wordStart);
      return wordEnd > wordStart && !hasWordAt(text, wordStart, wordEnd, THAT_CLAUSE_VERBS);
    }
    if (isAuxiliary(text, wordStart, wordEnd)) auxiliary = true;
    else if (!hasWordAt(text, wordStart, wordEnd, RELATIVE_FILLERS)) return false;
  }
  return false;
}

/** Words a question or a relative clause may put between its opener and the modal: "whether the island should". */
const EMBEDDED_REACH = 3;

/** Whether one of the `reach` words before `at` opens a question or a relative clause. */
function embeddedAt(text: string, at: number, reach: number): boolean {
  for (let k = 0, i = at; k < reach && i > 0; k++, i = wordStart) {
    wordBefore(text, i);
    if (wordEnd === wordStart) return false;
    if (hasWordAt(text, wordStart, wordEnd, EMBEDDING)) return true;
  }
  return false;
}

/**
 * The cues of `pattern` in the text, lower-cased, as findCues gives them, but
 * only those used as words of their own: not the first half of a compound
 * ("good-looking", "best-selling") and not an idiom ("doubled down"). With
 * `asVerb`, not after an article, a possessive or a preposition either ("took
 * on projects", "in pledged delegates"), nor before a relative clause ("projects
 * that were approved"), nor inside a question or a relative clause ("whether it
 * should pay", "the governor, who must decide"). "a good-looking, good plan" → ["good"].
 */
export function cuesInUse(pattern: RegExp, text: string, asVerb = false): string[] {
  const rec = recordedCues(pattern, text);
  if (!rec) return searched(pattern, text, asVerb);
  // most claims use every cue they hold, or none: an array only for those in use
  let out: string[] = NONE;
  for (let k = 0; k < rec.count; k++) if (inUse(text, rec.starts[k], rec.ends[k], asVerb)) out = append(out, rec.found[k]);
  return out;
}

/** Whether the cue at [start, end) of the text is used as a word of its own (see cuesInUse). */
function inUse(text: string, start: number, end: number, asVerb: boolean): boolean {
  if (text.charCodeAt(end) === 45 && isLetter(text.charCodeAt(end + 1))) return false;
  if (idiomAt(text, start)) return false;
  if (!asVerb) return true;
  if (relativeAfter(text, end)) return false;
  // the word before the cue is the first of those embeddedAt reads: read once
  wordBefore(text, start);
  // "the constitution's guarantee", "the states' pledge": after a possessive noun, as after "his", the cue is a noun
  if (wordEnd - wordStart <= 1 && possessiveBefore(text, start)) return false;
  if (wordEnd === wordStart) return true;
  if (hasWordAt(text, wordStart, wordEnd, NOT_BEFORE_VERB) || hasWordAt(text, wordStart, wordEnd, EMBEDDING)) return false;
  return !embeddedAt(text, wordStart, EMBEDDED_REACH - 1) && !relativeBefore(text, start);
}

/** cuesInUse for a pattern that records nothing: each match found by a search of its own. */
function searched(pattern: RegExp, text: string, asVerb: boolean): string[] {
  const out: string[] = [];
  for (let m = nextCue(pattern, text); m; m = nextCue(pattern, text, m.index + m[0].length)) {
    if (inUse(text, m.index, m.index + m[0].length, asVerb)) out.push(normalized(m[0]));
  }
  return out;
}
