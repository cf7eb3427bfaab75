import { CAUSES_BEFORE_OVER, EXACT_QUALIFIERS, MODALS_BEFORE_UP, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, VERBS_BEFORE_OVER, VERBS_BEFORE_UP } from '../../lexicon/qualifiers';
import { phraseTable } from './phraseTable';
import { CARRIES_NUMBER, QUALIFIES_AFTER, STARTS } from './tokenMarks';
import type { Token } from './tokens';

export interface QualifierMatch {
  readonly text: string;
  readonly end: number;
  /** False for words that only stress the number ("exactly"). */
  readonly approximate: boolean;
}

const CONTINUES = new Set(['than', 'to', 'of']);
/** Last words of a qualifier after a number that bound a number after them instead: "10 exporters and over 40 percent". */
const BOUNDS_NEXT = new Set(['over', 'under', 'above']);
const BEFORE = phraseTable(QUALIFIERS_BEFORE.map((q) => [q, q] as const), true);
const EXACT = phraseTable([...EXACT_QUALIFIERS].map((q) => [q, q] as const), true);
const AFTER = phraseTable(QUALIFIERS_AFTER.map((q) => [q, q] as const), true);

/** The most tokens a qualifier before a number spans, so the stage knows how far back a figure may start. */
export const QUALIFIER_BEFORE_TOKENS = BEFORE.maxTokens;

/** Words that end an amount: after them "over" spreads it across a time ("2% over five years"), it does not bound a number. */
const AMOUNT_ENDS: ReadonlySet<string> = new Set(['%', 'percent', 'million', 'billion', 'trillion', 'thousand', 'bn', 'm']);
const endsAmount = (t: Token | undefined): boolean => !!t && (t.type === 'num' || AMOUNT_ENDS.has(t.lower));

/** How far back, in tokens, a sanction or dispute still governs an "over": "jailed for six years over". */
const CAUSE_REACH = 5;

/** Whether a sanction or dispute stands in the few words before token i, with no mark between. */
function causeBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CAUSE_REACH; k--) {
    const t = tokens[k];
    if (t.type === 'sym') return false;
    if (t.type === 'word' && CAUSES_BEFORE_OVER.has(t.lower)) return true;
  }
  return false;
}

/** The qualifier that starts at token i: "more than 1,000" → "more than". */
export function readQualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | null {
  // No qualifier opens with digits, the commonest start: the table is not looked at.
  if (tokens[i]?.type === 'num') return null;
  const m = BEFORE.match(tokens, i);
  // "handed over 15 months": the verb's particle, not "more than"; "€80 million over three years": across, after an amount.
  if (m && m.value === 'over' && (VERBS_BEFORE_OVER.has(tokens[i - 1]?.lower ?? '') || endsAmount(tokens[i - 1]) || causeBefore(tokens, i))) return null;
  if (m && m.value === 'up to' && isLevelReached(tokens, i)) return null;
  if (m) return { text: m.value, end: m.end, approximate: true };
  const t = tokens[i];
  // Every first word of the list is marked as a starter: the others skip the lookup.
  if (t?.type !== 'word' || (t.marks & STARTS) === 0) return null;
  const exact = EXACT.match(tokens, i);
  return exact ? { text: exact.value, end: exact.end, approximate: false } : null;
}

/**
 * True when "up to" at token i is a verb's particle and the level it reaches:
 * "goes up to £25.60", "was revised up to 2%"; not "can go up to €10m", where
 * it bounds what may be reached, nor "rose by up to 5%".
 */
function isLevelReached(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  if (verb?.type !== 'word' || !VERBS_BEFORE_UP.has(verb.lower)) return false;
  return !MODALS_BEFORE_UP.has(tokens[i - 2]?.lower ?? '');
}

/** The qualifier after a number ending at token j: "500 or more", "40-odd", "20+". */
export function readQualifierAfter(tokens: readonly Token[], j: number): QualifierMatch | null {
  const t = tokens[j];
  if (!t) return null;
  const hyphen = t.text === '-' && t.glued ? 1 : 0;
  if (hyphen && !tokens[j + 1]?.glued) return null;
  // Most numbers are followed by no such word or sign: the table is not looked at.
  if (((tokens[j + hyphen]?.marks ?? 0) & QUALIFIES_AFTER) === 0) return null;
  const m = AFTER.match(tokens, j + hyphen);
  if (!m || (m.value === '+' && !t.glued) || ((m.value === 'odd' || m.value === 'plus') && !hyphen)) return null;
  // "300 and more than 1,000" starts another figure.
  if (CONTINUES.has(tokens[m.end]?.lower ?? '')) return null;
  // "10 exporters and over 40 percent": "over" bounds the number after it.
  if (BOUNDS_NEXT.has(tokens[m.end - 1].lower) && ((tokens[m.end]?.marks ?? 0) & CARRIES_NUMBER) !== 0) return null;
  return { text: m.value, end: m.end, approximate: true };
}
