import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { PASSIVE_AUXILIARIES } from '../../lexicon/claimFrameWords';
import { type CueMatch, nextCue } from './cuePattern';
import { CUES } from './cues';
import { isTrimSpace } from '../../charCodes';

/** The word ending at `end` of the segment (white space before `end` skipped), lower-cased, or '' when none. */
function wordBefore(seg: string, end: number): string {
  let j = end;
  while (j > 0 && isTrimSpace(seg.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > 0 && isLetter(seg.charCodeAt(k - 1))) k--;
  // articles, possessives and auxiliaries are short: a longer word needs no copy
  return j - k > MAX_BEFORE ? LONG_WORD : seg.slice(k, j).toLowerCase();
}
/** The longest article, possessive or auxiliary ("their", "being"); LONG_WORD stands for any longer word. */
const MAX_BEFORE = Math.max(...[...ARTICLES_AND_POSSESSIVES, ...PASSIVE_AUXILIARIES].map((w) => w.length));
const LONG_WORD = '-';
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether a reporting word at `at` is used as a verb with its speaker before it:
 * not a name ("the United States"), not a modifier after an article ("an added
 * benefit", "the reported bomber"), not a passive ("they were announced").
 */
function actsAsVerb(seg: string, at: number): boolean {
  const before = wordBefore(seg, at);
  if (isUpper(seg.charCodeAt(at)) && before !== '') return false;
  return !ARTICLES_AND_POSSESSIVES.has(before) && !PASSIVE_AUXILIARIES.has(before);
}

/**
 * The first reporting verb of a frame that heads its clause.
 * "As a United States territory, it says …" → "says", not "States".
 */
export function clauseVerb(seg: string): CueMatch | null {
  for (let m = nextCue(CUES.reporting, seg); m; m = nextCue(CUES.reporting, seg, m.index + m[0].length)) {
    if (actsAsVerb(seg, m.index)) return m;
  }
  return null;
}
