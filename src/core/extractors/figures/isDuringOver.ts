import { DURING_OVER_NOUNS, DURING_OVER_TAILS, MORE_THAN_OVER_LEADS } from '../../lexicon/qualifiers';
import type { Token } from './tokens';

/**
 * True when "over" at token `over`, before a duration ending at token `end`,
 * means "during" rather than "more than": it follows a verb phrase, not a
 * preposition, a copula, a verb that takes a length of time or people aged.
 * "develop dementia over nine years", "fell over nine years", "a rise over two years is" → true;
 * "served over nine years", "for over nine years", "over five years old", "a little over two hours" → false.
 */
export function isDuringOver(tokens: readonly Token[], over: number, end: number): boolean {
  const before = tokens[over - 1];
  // "Over nine years, ...": opening a sentence, either reading; the bound is kept.
  if (before?.type !== 'word' || before.text !== before.lower || tokens[over].text !== 'over') return false;
  // "the bureau's over three hour interview": after a possessive the duration describes a noun.
  if (MORE_THAN_OVER_LEADS.has(before.lower) || before.lower.endsWith("'s") || before.lower.endsWith('’s')) return false;
  // "a 4.5% rise over two years is a real-terms cut": a change spread across the time, whatever verb follows.
  if (DURING_OVER_NOUNS.has(before.lower)) return true;
  const after = tokens[end];
  return after?.type !== 'word' || DURING_OVER_TAILS.has(after.lower);
}
