import { OVERNIGHT_IDIOM } from '../../lexicon/temporal';
import { alternation } from './candidate';

const HEDGE_BEFORE = new RegExp(`\\b(?:${alternation(OVERNIGHT_IDIOM.hedges)})\\s+$`, 'i');
/** A negation and a verb of change, with at most one word between and after: `did not happen `, `won't change things `. */
const DENIED_CHANGE_BEFORE = new RegExp(`(?:\\bnot|n't|\\bnever|\\bcannot)\\s+(?:\\w+\\s+)?(?:${alternation(OVERNIGHT_IDIOM.changes)})\\s+(?:\\w+\\s+)?$`, 'i');
const NOUN_AFTER = new RegExp(`^\\s+(?:${alternation(OVERNIGHT_IDIOM.nouns)})\\b`, 'i');

/**
 * Is the "overnight" at [start, end) the idiom for "suddenly", which names no
 * night? `prices doubled almost overnight`, `it did not happen overnight`,
 * `an overnight success` → true; `rain fell overnight`, `the overnight curfew` → false.
 */
export function overnightIdiom(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return HEDGE_BEFORE.test(before) || DENIED_CHANGE_BEFORE.test(before) || NOUN_AFTER.test(text.slice(end, end + 16));
}
