import { AFTER_SEEMING, OBJECT_PRONOUNS, SEEMING_VERBS } from '../../lexicon/countNouns';
import type { Token } from './tokens';

/** "a lot", "a bit": after a verb of seeming, an amount of it, not an article before a noun. */
const AMOUNT_AFTER_A: ReadonlySet<string> = new Set(['lot', 'bit']);

/**
 * True when the plural at token k is a verb whose subject is the number
 * before it, so no unit: "Forty billion sounds like a lot", "he was 12 drives him".
 * "40 sounds a minute", "12 drives" stay counted.
 */
export function isVerbAfterCount(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.type !== 'word' || next.glued) return false;
  if (OBJECT_PRONOUNS.has(next.lower)) return true;
  if (!SEEMING_VERBS.has(tokens[k].lower)) return false;
  return AFTER_SEEMING.has(next.lower) || (next.lower === 'a' && AMOUNT_AFTER_A.has(tokens[k + 2]?.lower ?? ''));
}
