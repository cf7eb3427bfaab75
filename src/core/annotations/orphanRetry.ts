import type { TextQuoteSelector } from './model';
import { proofreadCopies } from './proofreadCopies';

/** Where two texts differ: both share [0, from) and everything after `oldTo` in the old text, `newTo` in the new. */
export interface Change {
  readonly from: number;
  readonly oldTo: number;
  readonly newTo: number;
}

/** The one stretch between the longest common start and end of two texts: changed('a b c', 'a x c') → { from: 2, oldTo: 3, newTo: 3 }. */
export function changed(old: string, text: string): Change {
  const most = Math.min(old.length, text.length);
  let from = 0;
  while (from < most && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let back = 0;
  while (back < most - from && old.charCodeAt(old.length - 1 - back) === text.charCodeAt(text.length - 1 - back)) back++;
  return { from, oldTo: old.length - back, newTo: text.length - back };
}

/**
 * False when words that findQuote's search of the whole text (`elsewhere`)
 * placed nowhere in `old` can be placed nowhere in `text` either, so the
 * search (seconds for a long phrase in a 5 MB article) is skipped. It takes the
 * exact words, or the words proofread, each judged by the text a few dozen
 * characters around them; and the exact words inside longer ones bar the
 * proofread copies. Text the change left alone held no place before, so only
 * the exact words (new, or gone from inside a longer word) or a proofread copy
 * near the change can give one now. `change` is changed(old, text), worked out once for all orphans.
 * couldAppear('He said no.', 'He said it is late.', { exact: 'it is late', … }, change) → true
 */
export function couldAppear(old: string, text: string, quote: TextQuoteSelector, change: Change): boolean {
  if (old === text) return false;
  const { exact, prefix, suffix } = quote;
  // Room for a copy with its context on either side of the change: proofreadCopies reads at most twice the words' length and 64 more.
  const margin = 3 * exact.length + prefix.length + suffix.length + 128;
  const near = (t: string, to: number) => t.slice(Math.max(0, change.from - margin), Math.min(t.length, to + margin));
  const after = near(text, change.newTo);
  return near(old, change.oldTo).includes(exact) || after.includes(exact) || proofreadCopies(after, exact).length > 0;
}
