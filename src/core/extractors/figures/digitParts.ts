import { GROUP_WORDS, ORDINAL_SUFFIXES, SCALE_ABBREVIATIONS, SCALES, VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { digitValue } from './digitValue';
import { CARRIES_NUMBER } from './tokenMarks';
import type { NumberForm } from './numberWords';
import type { Token } from './tokens';

const LOWER_SINGLE = new Set(['m', 'b', 't']);
const LONGEST_ABBREVIATION = Math.max(...[...SCALE_ABBREVIATIONS.keys()].map((a) => a.length));

/** A slash reads as a fraction only in the shapes fractions take: "3/4", "1/40"; not "24/7" or "5/17". */
function isFractionShape(numerator: number, denominator: number): boolean {
  return numerator < denominator && Number.isInteger(numerator) && (denominator <= 10 || denominator % 10 === 0 || denominator === 16 || denominator === 32 || denominator === 64);
}

/**
 * The digits at token k with what is glued to them: "3/4" → 0.75, "10 1/2"
 * → 10.5, "2½" and "2 ½" → 2.5, "8th" → ordinal 8. A slash shape that is no fraction
 * ("9/11", "5/17/2018") is `invalid`.
 */
export function readDigitForm(tokens: readonly Token[], k: number, base: number): { value: number; end: number; form: NumberForm } | 'invalid' {
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  if (next?.text === '/' && next.glued && after?.type === 'num' && after.glued) {
    const denominator = digitValue(after.text);
    if (tokens[k + 3]?.text === '/' || !denominator || !isFractionShape(base, denominator)) return 'invalid';
    return { value: base / denominator, end: k + 3, form: 'fraction' };
  }
  const over = tokens[k + 3];
  if (next?.type === 'num' && !next.glued && after?.text === '/' && after.glued && over?.type === 'num' && over.glued && Number.isInteger(base)) {
    const numerator = digitValue(next.text) ?? 0;
    const denominator = digitValue(over.text) ?? 0;
    if (denominator && isFractionShape(numerator, denominator)) return { value: base + numerator / denominator, end: k + 4, form: 'cardinal' };
  }
  // "2½", and "5 ½ years" with a space, as news copy sets it.
  const vulgar = next?.type === 'sym' && next.head >= 0xbc && (next.glued || Number.isInteger(base)) ? VULGAR_FRACTIONS.get(next.text) : undefined;
  if (vulgar !== undefined) return { value: base + vulgar, end: k + 2, form: 'cardinal' };
  if (next?.type === 'word' && next.glued && ORDINAL_SUFFIXES.has(next.lower) && Number.isInteger(base)) {
    return { value: base, end: k + 2, form: 'ordinal' };
  }
  return { value: base, end: k + 1, form: 'cardinal' };
}

/** The multiplier of a scale word after digits: "million", "bn", glued "k"; 0 when there is none. */
export function scaleAt(t: Token | undefined, money: boolean): number {
  if (!t || t.type !== 'word') return 0;
  // Scale and group words carry a number, and abbreviations have at most four letters: most words after digits skip the lookups.
  const word = (t.marks & CARRIES_NUMBER) !== 0 ? (SCALES.get(t.lower) ?? GROUP_WORDS.get(t.lower)) : undefined;
  if (word !== undefined) return word;
  if (t.end - t.start > LONGEST_ABBREVIATION) return 0;
  const abbreviation = SCALE_ABBREVIATIONS.get(t.lower);
  if (abbreviation === undefined) return 0;
  if (t.text.length === 1 && t.text !== 'k' && t.text !== 'K') {
    if (!t.glued) return 0;
    return LOWER_SINGLE.has(t.text) && !money ? (t.text === 'b' ? abbreviation : 0) : abbreviation;
  }
  return t.text === 'mm' && !money ? 0 : abbreviation;
}
