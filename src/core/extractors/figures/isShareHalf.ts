import { PART_BEFORE_HALF, SHARE_AFTER_HALF } from '../../lexicon/numberWords';
import { opensSentence } from './isIdentifier';
import type { Token } from './tokens';

/**
 * True when a bare "half" at token i is a share of a group, as in polls:
 * "Half of voters agree", "eliminating half the seats" → true; "the first
 * half of 2015", "the Republican half of the team", "cut in half" → false.
 */
export function isShareHalf(text: string, tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (after?.type !== 'word' || !SHARE_AFTER_HALF.has(after.lower)) return false;
  // "Half" capitalised inside a sentence is a title's word: "the Other Half of the Sky".
  if (tokens[i].text !== tokens[i].lower && !opensSentence(text, tokens, i)) return false;
  const before = tokens[i - 1];
  if (!before || before.type !== 'word') return true;
  // A capitalised word before it names which half: "the Republican half".
  return !PART_BEFORE_HALF.has(before.lower) && (before.text === before.lower || opensSentence(text, tokens, i - 1));
}
