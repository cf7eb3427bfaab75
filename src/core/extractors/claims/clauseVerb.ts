import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { NOUN_PREPOSITIONS, PASSIVE_AUXILIARIES, PLURAL_DETERMINERS } from '../../lexicon/claimFrameWords';
import { AUXILIARIES } from '../../lexicon/reportingVerbs';
import { type CueMatch, nextCue } from './cuePattern';
import { CUES } from './cues';
import { isTrimSpace } from '../../charCodes';
import { hasWordAt, wordTable } from './wordTable';
import { addsAmount } from '../addsAmount';
import { thatFrameHolds } from './thatFrame';

/** Where wordBefore's word starts and ends. */
let wordStart = 0;
let wordEnd = 0;

/** Finds the word ending at `end` of the segment, white space before `end` skipped: [wordStart, wordEnd), empty when none. */
function wordBefore(seg: string, end: number): void {
  let j = end;
  while (j > 0 && isTrimSpace(seg.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > 0 && isLetter(seg.charCodeAt(k - 1))) k--;
  wordStart = k;
  wordEnd = j;
}
/** The articles, possessives and auxiliaries a verb never follows, looked up without a copy of the word. */
const NOT_BEFORE_VERB = wordTable(ARTICLES_AND_POSSESSIVES, PASSIVE_AUXILIARIES);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether a reporting word at `at` is used as a verb with its speaker before it:
 * not a name ("the United States"), not a modifier after an article ("an added
 * benefit", "the reported bomber"), not a passive ("they were announced"),
 * not a sum ("added 40 minutes to the trip").
 */
export function actsAsVerb(seg: string, at: number): boolean {
  wordBefore(seg, at);
  if (isUpper(seg.charCodeAt(at)) && wordEnd > wordStart) return false;
  // "member-states", "self-described": the second half of a compound
  if (seg.charCodeAt(at - 1) === 45) return false;
  if (hasWordAt(seg, wordStart, wordEnd, NOT_BEFORE_VERB)) return false;
  // "added 40 minutes to the trip": a sum, not speech
  if (addsAmount(seg, at)) return false;
  // "member states are expected to vote", "the reports were": a verb right after a reporting word in -s makes it
  // a plural noun; not "says", nor "said" ("which he said was a mistake")
  let k = at;
  while (k < seg.length && isLetter(seg.charCodeAt(k))) k++;
  if (seg.charCodeAt(k - 1) !== 115 || k - at === 4) return true;
  // "the other states voting", "four states having voted": a word for many before it makes it a plural noun too
  if (hasWordAt(seg, wordStart, wordEnd, MANY)) return false;
  // "in projects that would …", "to estimates that": a verb in -s never follows a preposition
  if (hasWordAt(seg, wordStart, wordEnd, PREPOSITIONS)) return false;
  // "11 states passed": a number before it counts the nouns
  if (wordStart === wordEnd && isDigit(seg.charCodeAt(wordEnd - 1))) return false;
  const states = k - at === 6 && seg.startsWith('states', at);
  while (k < seg.length && isTrimSpace(seg.charCodeAt(k))) k++;
  let e = k;
  while (e < seg.length && isLetter(seg.charCodeAt(e))) e++;
  // "the early states.", "whiter states, like Ohio": in news "states" is mostly the noun; the verb hands over at once
  if (states) return e > k ? hasWordAt(seg, k, e, STATES_HANDS_OVER) : HANDOVER_MARKS.has(seg.charCodeAt(k));
  return !(e > k && hasWordAt(seg, k, e, VERBS_AFTER_NOUN));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What follows the verb "states": "the law states that", "states the limit", "states in its report". */
const STATES_HANDS_OVER = wordTable(new Set(['that', 'in', 'clearly', 'plainly', 'explicitly']), ARTICLES_AND_POSSESSIVES);
/** A colon or an opening quote mark after "states": `the charter states: "…"`. */
const HANDOVER_MARKS: ReadonlySet<number> = new Set([58, 34, 0x201c, 0x2018]);

const MANY = wordTable(PLURAL_DETERMINERS);
const PREPOSITIONS = wordTable(NOUN_PREPOSITIONS, new Set(['to']));

/** Auxiliaries, which follow a noun, never a reporting verb: "member states are", "the reports were". */
const VERBS_AFTER_NOUN = wordTable(AUXILIARIES);

/**
 * The first reporting verb of a frame that heads its clause, after `rejected`,
 * a reporting word that does not: "As a United States territory, it says …" →
 * "says" after "States". Most frames' first reporting word is their verb, so
 * callers ask this only past one that is not.
 */
export function verbAfter(seg: string, rejected: CueMatch): CueMatch | null {
  for (let m = nextCue(CUES.reporting, seg, rejected.index + rejected[0].length); m; m = nextCue(CUES.reporting, seg, m.index + m[0].length)) {
    if (actsAsVerb(seg, m.index) && thatFrameHolds(seg, m)) return m;
  }
  return null;
}

const RELATIVES = wordTable(new Set(['who', 'which']));

/**
 * Whether the verb at `at` heads a relative clause set off by a comma, an
 * aside about the subject: "Ann Lee, who wrote the foreword, said …" → true at "wrote".
 */
export function opensAside(seg: string, at: number): boolean {
  wordBefore(seg, at);
  if (!hasWordAt(seg, wordStart, wordEnd, RELATIVES)) return false;
  let k = wordStart;
  while (k > 0 && isTrimSpace(seg.charCodeAt(k - 1))) k--;
  return seg.charCodeAt(k - 1) === 44;
}
