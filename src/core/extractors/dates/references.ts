import { REFERENCE_PHRASES } from '../../lexicon/temporal';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';

/** The phrases, kept whole; "now that" is a conjunction, not a time. */
const REFERENCE = new RegExp(`\\b(?:${alternation(Object.keys(REFERENCE_PHRASES))})\\b(?!\\s+that\\b)`, 'iy');
/** The last word of each phrase: rarer than its first ("the"). */
const LAST_WORDS = wordClass(Object.keys(REFERENCE_PHRASES).map((p) => p.split(' ').pop() ?? p));
/** At most `the near` before the last word. */
const WORDS = leadOf('', 2, undefined, openers(Object.keys(REFERENCE_PHRASES).map((p) => p.split(' ')[0])));

/**
 * Words that point at the present, past or future without a date:
 * `now`, `currently` → PRESENT_REF; `recently` → PAST_REF; `the future` → FUTURE_REF.
 */
export function references(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(REFERENCE, wordAnchors(ctx, LAST_WORDS), WORDS, ctx.text, ctx.from)) {
    const value = REFERENCE_PHRASES[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (value) out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, relative: false, priority: 0 });
  }
  return out;
}
