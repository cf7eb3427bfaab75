import type { Figure } from '../../model';

/** "to" alone between the two numbers: `three to one`, `4 to 1`. */
const TO = /^\s+to\s+$/i;
/** A word that makes "N to one" a ratio, a few words before it on the same line: "a ratio of", "odds of", "outnumbered women". */
const RATIO_CUE = /\b(?:ratios?|odds|outnumber(?:s|ed|ing)?)\b(?:[ \t]+[\w']+){0,4}[ \t]+$/i;

/**
 * "three to one" after a ratio's word is one multiplier, not two counts: "Men outnumbered women by three to
 * one" → multiplier 3. Without the word it stays two counts: "cut the lanes from three to one", "voted three to one".
 */
export function ratioOf(text: string, before: Figure | undefined, f: Figure): Figure | null {
  if (f.value !== 1 || f.kind !== 'count' || !before || before.kind !== 'count' || before.value === null || before.value <= 1) return null;
  if (f.start - before.end > 6 || !TO.test(text.slice(before.end, f.start))) return null;
  if (!RATIO_CUE.test(text.slice(Math.max(0, before.start - 48), before.start))) return null;
  return { ...before, end: f.end, text: text.slice(before.start, f.end), kind: 'multiplier' };
}
