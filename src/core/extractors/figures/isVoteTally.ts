import { GO_FORMS, TALLY_WORDS_AFTER, TALLY_WORDS_BEFORE } from '../../lexicon/tallyWords';
import type { Token } from './tokens';

/** How many tokens before a tally its verb may stand: "passed the amended bill 52-48". */
const REACH = 5;
/** Signs that end a clause: a tally word beyond one belongs to another. */
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”']);

/**
 * True when the numbers at tokens[start, end), joined by a dash, are a tally
 * (two counts) rather than a range, by the words around them:
 * "The Senate passed the bill 52-48", "failed 47-53", "a 21-19 majority",
 * "the measure went down 4-7" → true; "20-30 people came" → false.
 */
export function isVoteTally(tokens: readonly Token[], start: number, end: number, reach = REACH): boolean {
  const after = tokens[end];
  if (after?.type === 'word' && TALLY_WORDS_AFTER.has(after.lower)) return true;
  for (let k = start - 1; k >= 0 && k >= start - reach; k--) {
    const t = tokens[k];
    if (t.type === 'sym' && CLAUSE_ENDS.has(t.text)) return false;
    if (t.type === 'word' && TALLY_WORDS_BEFORE.has(t.lower)) return true;
    if (t.lower === 'down' && k > 0 && GO_FORMS.has(tokens[k - 1].lower)) return true;
  }
  return false;
}
