import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from '../../lexicon/currencies';
import {
  FRACTION_WORDS, NEGATIVE_WORDS, ORDINAL_WORDS, SCALES, SMALL_NUMBERS, TENS, VULGAR_FRACTIONS,
} from '../../lexicon/numberWords';
import { EXACT_QUALIFIERS, MULTIPLIER_WORDS, QUALIFIERS_BEFORE, VAGUE_MULTIPLES } from '../../lexicon/qualifiers';
import { phraseParts } from './phraseTable';
import type { Token } from './tokens';

/** Every lower-case word or symbol a figure may start with; the reader runs only there. */
const STARTERS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), ...ORDINAL_WORDS.keys(), ...FRACTION_WORDS.keys(),
  ...NEGATIVE_WORDS, ...EXACT_QUALIFIERS, ...MULTIPLIER_WORDS.keys(), ...VAGUE_MULTIPLES, ...CURRENCY_SYMBOLS.keys(),
  ...DOLLAR_PREFIXES.keys(), ...[...CURRENCY_ABBREVIATIONS.keys()].map((a) => phraseParts(a)[0].toLowerCase()), ...VULGAR_FRACTIONS.keys(), ...QUALIFIERS_BEFORE.map((q) => phraseParts(q)[0].toLowerCase()),
  ...[...CURRENCY_CODES].flatMap((c) => [c.toLowerCase(), `m${c.toLowerCase()}`]),
  'a', 'an', 'u', 'between', 'from', 'age', 'aged', 'ages', '-', '−', '–',
]);

/**
 * True when a figure may start at this token: a number in digits, or a word
 * or sign on the starter list. "about" → true; "the" → false.
 */
export function canStart(t: Token): boolean {
  return t.type === 'num' || STARTERS.has(t.lower);
}
