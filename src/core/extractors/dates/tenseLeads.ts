import { isTrimSpace, isWordCode } from '../../charCodes';
import { spells } from './anchorWords';
import { spelledAmong } from './spelledAmong';

/**
 * Cheap tests that must hold for tense's patterns of the words right before a
 * mention (LEADING, BASELINE, AHEAD, each ending in white space) to match in
 * text[floor, at): most mentions follow "in" or "on", which ends none of
 * them, and then no pattern runs. Each reads the last word or two by code.
 */

/** The words LEADING may end in before its white space: its leads, hedges and modifiers. */
const LEADING_LAST = spelledAmong(['until', 'till', 'by', 'before', 'effective', 'payable', 'ending', 'since', 'ended', 'least', 'earliest', 'latest', 'most', 'the', 'early', 'late']);
/** The determiners BASELINE ends in: `down from an`. */
const BASELINE_LAST = spelledAmong(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
/** What AHEAD holds as its last word, or the one before a last word of letters: `ahead of`, `toward the`, `ahead of Monday's`. */
const AHEAD_WORDS = spelledAmong(['of', 'toward', 'towards', 'the']);

/** Where the white space ending at `end` starts, not before `floor`: `end` when there is none. */
function spaceStart(text: string, floor: number, end: number): number {
  let i = end;
  while (i > floor && isTrimSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the word characters ending at `end` start, not before `floor`. */
function wordStart(text: string, floor: number, end: number): number {
  let i = end;
  while (i > floor && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether the run of word characters that ends at the white space before `at` passes `test`; false where no white space stands before `at`. */
function lastWord(text: string, floor: number, at: number, test: (text: string, start: number, end: number) => boolean): boolean {
  const end = spaceStart(text, floor, at);
  return end < at && test(text, wordStart(text, floor, end), end);
}

/** Whether LEADING may match in text[floor, at): its last word is one it holds, or it ends in `mid` or `mid-`. `payable ` → true; `in ` → false. */
export function mayLead(text: string, floor: number, at: number): boolean {
  if (lastWord(text, floor, at, LEADING_LAST)) return true;
  const end = text.charCodeAt(at - 1) === 45 ? at - 1 : at;
  return end - 3 >= floor && spells(text, end - 3, end, 'mid');
}

/** Whether BASELINE may match in text[floor, at): its last word is a determiner. `up from the ` → true. */
export function mayBaseline(text: string, floor: number, at: number): boolean {
  return lastWord(text, floor, at, BASELINE_LAST);
}

/** Whether AHEAD may match in text[floor, at): its last word, or the one before it, is `of`, `toward(s)` or `the`. `ahead of the ` → true. */
export function mayAhead(text: string, floor: number, at: number): boolean {
  const end = spaceStart(text, floor, at);
  if (end === at) return false;
  const start = wordStart(text, floor, end);
  if (AHEAD_WORDS(text, start, end)) return true;
  const before = spaceStart(text, floor, start);
  return before < start && AHEAD_WORDS(text, wordStart(text, floor, before), before);
}
