import { COUNT_ADJECTIVES, IRREGULAR_PLURALS, STAND_IN_PLURALS } from '../../lexicon/countNouns';
import {
  CURRENCY_ABBREVIATIONS, CURRENCY_AFTER, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, POUND_NAMES,
} from '../../lexicon/currencies';
import {
  FRACTION_WORDS, GROUP_WORDS, NEGATIVE_WORDS, ORDINAL_WORDS, SCALES, SMALL_NUMBERS, TENS, VAGUE_BEFORE_SCALE, VAGUE_SCALES, VULGAR_FRACTIONS,
} from '../../lexicon/numberWords';
import { EXACT_QUALIFIERS, MULTIPLIER_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, UNIT_ADJECTIVES, VAGUE_MULTIPLES } from '../../lexicon/qualifiers';
import { PERCENT_NAMES, UNIT_NAMES, UNIT_SYMBOLS } from '../../lexicon/units';
import { CHANGE_BASES, CHANGE_THIRD_PERSON, CHANGE_VERBS } from '../../lexicon/changeWords';
import { phraseParts } from './phraseTable';

/** Words that open a range or an age before the number: "between 5 and 10", "aged 30". */
const RANGE_AND_AGE_WORDS: readonly string[] = ['between', 'from', 'age', 'aged', 'ages'];

/** Lower-case words and symbols a figure may start with when no qualifier comes first: numbers, currencies, signs, openers. */
const MEASURE_STARTERS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), ...ORDINAL_WORDS.keys(), ...FRACTION_WORDS.keys(),
  ...NEGATIVE_WORDS, ...MULTIPLIER_WORDS.keys(), ...CHANGE_VERBS.keys(), ...CHANGE_BASES.keys(), ...CHANGE_THIRD_PERSON.keys(), ...VAGUE_MULTIPLES, ...VAGUE_SCALES.keys(), ...CURRENCY_SYMBOLS.keys(),
  ...DOLLAR_PREFIXES.keys(), ...[...CURRENCY_ABBREVIATIONS.keys()].map((a) => phraseParts(a)[0].toLowerCase()), ...VULGAR_FRACTIONS.keys(),
  ...[...CURRENCY_CODES].flatMap((c) => [c.toLowerCase(), `m${c.toLowerCase()}`]),
  'a', 'an', 'u', ...RANGE_AND_AGE_WORDS, '-', '−', '–',
]);
const QUALIFIER_STARTERS: readonly string[] = [...EXACT_QUALIFIERS, ...QUALIFIERS_BEFORE].map((q) => phraseParts(q)[0].toLowerCase());

/** Every lower-case word or symbol a figure may start with; the reader runs only there. */
export const STARTERS: ReadonlySet<string> = new Set([...MEASURE_STARTERS, ...QUALIFIER_STARTERS]);

/**
 * Words that carry a number, so that no figure exists without one: the
 * first word readNumberWords accepts, the word after "a", and the words a
 * multiplier is read from. Negative words count too, since they chain
 * ("minus minus 5") and so could push the number out of reach.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), ...ORDINAL_WORDS.keys(), ...FRACTION_WORDS.keys(),
  ...GROUP_WORDS.keys(), ...MULTIPLIER_WORDS.keys(), ...CHANGE_VERBS.keys(), ...CHANGE_BASES.keys(), ...CHANGE_THIRD_PERSON.keys(), ...VAGUE_MULTIPLES, ...VAGUE_SCALES.keys(), ...NEGATIVE_WORDS, 'hundred', 'times',
]);

/**
 * Words that start a figure only as the first word of a qualifier: "in" of
 * "in excess of 5", "about". Where no qualifier follows, no figure starts
 * there. Not a word that may begin a number, a currency or a dollar prefix.
 */
export const QUALIFIER_ONLY: ReadonlySet<string> = new Set(QUALIFIER_STARTERS.filter((w) => !MEASURE_STARTERS.has(w)
  && !NUMBER_WORDS.has(w) && ![...DOLLAR_PREFIXES.keys()].some((prefix) => prefix.startsWith(w))));

/** Every run of letters inside a word: "hkd" → h, hk, hkd, k, kd, d. */
function pieces(word: string): string[] {
  const out: string[] = [];
  for (let a = 0; a < word.length; a++) for (let b = a + 1; b <= word.length; b++) out.push(word.slice(a, b));
  return out;
}

/**
 * Words that may stand between where a figure starts and its first number:
 * qualifiers, range openers, age words, "a", "couple", and the parts of currencies
 * written before an amount ("US" of "US$", "Rs", "usd"). A figure cannot
 * start before a word off this list, so the reader never tries there.
 * Signs and words beyond ASCII are let through by the tokenizer.
 */
export const BRIDGE_WORDS: ReadonlySet<string> = new Set([
  ...QUALIFIER_STARTERS, ...[...EXACT_QUALIFIERS, ...QUALIFIERS_BEFORE].flatMap((q) => phraseParts(q).map((p) => p.toLowerCase())),
  ...RANGE_AND_AGE_WORDS, 'a', 'an', ...VAGUE_BEFORE_SCALE,
  ...[...DOLLAR_PREFIXES.keys()].flatMap(pieces),
  ...[...CURRENCY_ABBREVIATIONS.keys()].flatMap((a) => phraseParts(a).map((p) => p.toLowerCase())),
  ...[...CURRENCY_CODES].flatMap((c) => [c.toLowerCase(), `m${c.toLowerCase()}`]),
].filter((w) => /^[a-z]+$/.test(w)));

/** The first part of a phrase, lower-cased, as the tokenizer splits it: "Metric tons" → "metric"; "km/h" → "km". */
function firstPart(phrase: string): string {
  return (phraseParts(phrase)[0] ?? '').toLowerCase();
}

/** The first parts of everything readUnitAfter looks up at the token after a number. */
const UNIT_FIRST_PARTS: readonly string[] = [
  ...PERCENT_NAMES.map(([name]) => firstPart(name)), ...POUND_NAMES, ...[...CURRENCY_AFTER.keys()].map(firstPart),
  ...CURRENCY_SYMBOLS.keys(), ...[...CURRENCY_NAMES.keys()].map(firstPart),
  ...[...CURRENCY_CODES].flatMap((c) => [c.toLowerCase(), `m${c.toLowerCase()}`]), 'times', 'fold', ...UNIT_ADJECTIVES,
  ...[...UNIT_NAMES.keys()].map(firstPart), ...[...UNIT_SYMBOLS.keys()].map(firstPart), '(', '[', '{', '<',
  ...STAND_IN_PLURALS, ...COUNT_ADJECTIVES, ...IRREGULAR_PLURALS,
];

/**
 * Every word readUnitAfter may find on one of its lists at the token after
 * a number: the first words of percent, currency and unit names and unit
 * symbols, currency codes (also with a leading "m"), "times", "fold", and the
 * adjective, stand-in and irregular plural lists. A word off this list is at
 * most a counted plural ("jobs"), so the reader looks none of them up but the
 * plurals that count nothing ("says"), and only for a word spelled as a
 * plural: listing those common words here would make every "this" a hit in
 * the tokenizer's table. Words beyond ASCII are let through by the tokenizer.
 */
export const UNIT_LISTED_WORDS: ReadonlySet<string> = new Set(UNIT_FIRST_PARTS.filter((w) => /^[a-z]+$/.test(w)));

/** The signs among them, as written: "%", "$", "°", "(" of "(kg)". A sign off this list after a number ("," ".") is no unit. */
export const UNIT_LISTED_SIGNS: ReadonlySet<string> = new Set(UNIT_FIRST_PARTS.filter((w) => !/^[A-Za-z\u00C0-\u024F\u0370-\u03FF]/.test(w)));

/** The first words and signs of the qualifiers read after a number: "or" of "or more", "odd", "+". */
export const QUALIFIER_AFTER_PARTS: ReadonlySet<string> = new Set(QUALIFIERS_AFTER.map(firstPart));
