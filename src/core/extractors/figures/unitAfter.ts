import { PERCENT_NAMES, UNIT_NAMES, UNIT_SYMBOLS } from '../../lexicon/units';
import type { UnitCategory } from '../../lexicon/units';
import { COMPARATIVES, DATE_ADJECTIVES, UNIT_ADJECTIVES } from '../../lexicon/qualifiers';
import { readCurrencyAfter } from './currency';
import { countNounAt, unlistedPlural } from './countNoun';
import { COMPOUND_COUNT_NOUNS, COUNT_ADJECTIVES, STAND_IN_PLURALS, VERBS_AFTER_A_COUNT } from '../../lexicon/countNouns';
import { readGluedPence } from './gluedPence';
import { isOccasions } from './occasions';
import { isVerbAfterCount } from './isVerbAfterCount';
import { readModifiedNoun } from './modifiedNoun';
import { phraseTable } from './phraseTable';
import { UNIT_LISTED } from './tokenMarks';
import type { Token } from './tokens';
import { unitOf } from './unitOf';

export interface UnitMatch {
  readonly kind: 'percent' | 'money' | 'quantity' | 'duration' | 'multiplier';
  readonly unit: string | null;
  readonly end: number;
  readonly category: UnitCategory | 'count' | 'money' | 'percent' | 'multiplier';
  /** Multiplier the unit carries, e.g. 1e6 for "MUSD". */
  readonly scale: number;
}

/** The unit ending at another token: "$5 | dollars" joins the "$". Built in one field order, as every UnitMatch. */
export function unitEndingAt(u: UnitMatch, end: number): UnitMatch {
  return { kind: u.kind, unit: u.unit, end, category: u.category, scale: u.scale };
}

/** Names of several words, also hyphenated as in a compound adjective: "a 5,000-square-foot space". */
function withHyphens<T>(entries: Iterable<readonly [string, T]>): Array<readonly [string, T]> {
  return [...entries].flatMap(([key, value]) => (key.includes(' ') ? [[key, value], [key.replace(/ /g, '-'), value]] as const : [[key, value] as const]));
}

const NAMES = phraseTable(withHyphens(UNIT_NAMES), true);
const SYMBOLS = phraseTable(UNIT_SYMBOLS, false);
const PERCENT = phraseTable<string>(withHyphens<string>(PERCENT_NAMES), true);
const DEGREE_LETTERS: ReadonlyMap<string, string> = new Map([['c', 'celsius'], ['f', 'fahrenheit']]);

/**
 * The unit written after an amount whose last token is j - 1: percent,
 * currency, multiplier, unit of measure, or a counted noun.
 * "40 tonnes" → tonne; "2.5 percent" → %; "three times higher" → multiplier.
 */
export function readUnitAfter(tokens: readonly Token[], j: number, scaled: boolean, nouns = true): UnitMatch | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '-' && t.glued && tokens[j + 1]?.type === 'word' && tokens[j + 1].glued) {
    return readUnitAfter(tokens, j + 1, scaled, false) ?? compoundNoun(tokens, j + 1);
  }
  // "12.5p": one glued letter, far too common a word to list.
  if (t.glued && t.text === 'p') return readGluedPence(tokens, j);
  // "3.2pc": the press's glued short form of per cent; apart or in capitals it is a computer ("5 PC games").
  if (t.glued && t.text === 'pc') return { kind: 'percent', unit: '%', end: j + 1, category: 'percent', scale: 1 };
  // "1.5pp": glued, the short form of percentage points.
  if (t.glued && t.text === 'pp') return { kind: 'percent', unit: 'percentage point', end: j + 1, category: 'percent', scale: 1 };
  // "3x higher", "grew 10x": a glued "x" multiplies, as "times" does; "4x4" is a size, glued to its other side.
  if (t.glued && t.text === 'x' && !(tokens[j + 1]?.glued && (tokens[j + 1].type !== 'sym' || tokens[j + 1].text === '-'))) {
    return { kind: 'multiplier', unit: null, end: COMPARATIVES.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1, category: 'multiplier', scale: 1 };
  }
  // A token on none of the lists below is no unit: a number, a comma, or at most a counted plural ("jobs").
  if ((t.marks & UNIT_LISTED) === 0) return nouns && t.type === 'word' ? unlistedNoun(tokens, j) : null;
  const percent = PERCENT.match(tokens, j);
  if (percent) return { kind: 'percent', unit: percent.value, end: percent.end, category: 'percent', scale: 1 };
  const currency = readCurrencyAfter(tokens, j, scaled);
  if (currency) return { kind: 'money', unit: currency.code, end: currency.end, category: 'money', scale: currency.scale };
  // "rates rose 14 times in a row": how often, counted as a plural is; "1.65 times" can only multiply.
  if (t.text === 'times' && tokens[j - 1]?.text.indexOf('.') === -1 && isOccasions(tokens, j + 1, j - 2)) return { kind: 'quantity', unit: 'times', end: j + 1, category: 'count', scale: 1 };
  if (t.lower === 'times' || t.lower === 'fold') {
    const end = COMPARATIVES.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    return { kind: 'multiplier', unit: null, end, category: 'multiplier', scale: 1 };
  }
  const bracketed = readBracketed(tokens, j);
  if (bracketed) return bracketed;
  const adjective = t.type === 'word' && UNIT_ADJECTIVES.has(t.lower) ? 1 : 0;
  const named = NAMES.match(tokens, j + adjective);
  if (named && (!adjective || (named.value.category === 'time' && !isDateAfter(tokens, j, named.end)))) {
    return withDegreeLetter(tokens, named.value.unit, named.value.category, named.end);
  }
  const symbol = SYMBOLS.match(tokens, j);
  // A '"' is an inch mark only glued to digits ("12\""); after a word or a long number it closes a quote ('"Air Force One"').
  // '"500"', '"3-1"': a mark that also opens the number closes a quote around it.
  // 'said "it is 12" and': a mark after a quote opened earlier closes it.
  const inch = t.text === '"' && (!t.glued || tokens[j - 1]?.text.length > 3 || tokens[j - 1]?.type !== 'num' || opensQuote(tokens, j - 1) || closesOpenQuote(tokens, j));
  if (symbol && !inch && (symbol.end - j > 1 || t.glued || t.text.length > 1) && !(t.text.length === 1 && !t.glued && /[A-Za-z]/.test(t.text))) {
    return withDegreeLetter(tokens, symbol.value.unit, symbol.value.category, symbol.end);
  }
  return nouns ? countedNoun(tokens, j) : null;
}

/** Where a unit's name of one or more words starting at token k ends, or k + 1: "kilowatt hour" → k + 2. */
export function unitNameEnd(tokens: readonly Token[], k: number): number {
  return NAMES.match(tokens, k)?.end ?? k + 1;
}

/** "last month", "next year" after a number: a date, as in "voted 31 to 9 last month"; "the 9 last months" is a length. */
function isDateAfter(tokens: readonly Token[], j: number, end: number): boolean {
  return DATE_ADJECTIVES.has(tokens[j].lower) && !tokens[end - 1].lower.endsWith('s');
}

/** True when a '"' glued to the number ending at token k opens it: '"500', '"3-1'. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  let m = k;
  while (m > 0 && m > k - 3 && tokens[m].glued && tokens[m - 1]?.text !== '"') m--;
  return tokens[m].glued && tokens[m - 1]?.text === '"';
}

/** How far back a quote's opening mark is looked for: a quoted sentence or two. */
const QUOTE_REACH = 60;

/**
 * True when the '"' at token j closes a quote opened before it: the nearest
 * earlier mark stands apart before and glued after ('said "it is 12" and'),
 * not glued on a number as an inch mark is ('a 12" pipe and a 10" pipe').
 */
function closesOpenQuote(tokens: readonly Token[], j: number): boolean {
  for (let m = j - 2; m >= 0 && m >= j - QUOTE_REACH; m--) {
    if (tokens[m].text !== '"') continue;
    return !tokens[m].glued && tokens[m + 1]?.glued === true;
  }
  return false;
}

/**
 * The plural a number counts at token j, maybe after an adjective: "troops",
 * "other nights". "others" stands in for a noun said before: the figure spans
 * it, with no unit of its own (see withAntecedent).
 */
function countedNoun(tokens: readonly Token[], j: number): UnitMatch | null {
  const t = tokens[j];
  if (STAND_IN_PLURALS.has(t.lower) && t.text === t.lower) return { kind: 'quantity', unit: null, end: j + 1, category: 'count', scale: 1 };
  const adjective = t.type === 'word' && COUNT_ADJECTIVES.has(t.lower) ? 1 : 0;
  const noun = countNounAt(tokens, j + adjective);
  return noun ? headNoun(tokens, j + adjective, noun) : modifiedNoun(tokens, j);
}

/** countedNoun at a word on none of its lists: "jobs" → jobs; "job", "Jobs" → null. */
function unlistedNoun(tokens: readonly Token[], j: number): UnitMatch | null {
  const noun = unlistedPlural(tokens[j]);
  return noun ? headNoun(tokens, j, noun) : modifiedNoun(tokens, j);
}

/** The plural counted after modifiers: "250 new social homes" → homes. */
function modifiedNoun(tokens: readonly Token[], j: number): UnitMatch | null {
  const read = readModifiedNoun(tokens, j);
  return read ? headNoun(tokens, read.k, read.noun) : null;
}

/**
 * The counted noun read at token k, or the plural right after it that it
 * modifies: "14 new measles cases" counts cases, not measles; "50 cars" → cars.
 * Irregular plurals modify too: "three police officers". A verb counts
 * nothing: "Forty billion sounds like a lot" (see isVerbAfterCount).
 */
function headNoun(tokens: readonly Token[], k: number, noun: string): UnitMatch | null {
  if (isVerbAfterCount(tokens, k)) return null;
  // "1.5 billion people's posts": a possessive counts its owners.
  const possessive = noun.endsWith("'s") || noun.endsWith('’s');
  const head = possessive ? null : countNounAt(tokens, k + 1);
  return head && !VERBS_AFTER_A_COUNT.has(head)
    ? { kind: 'quantity', unit: head, end: k + 2, category: 'count', scale: 1 }
    : { kind: 'quantity', unit: noun, end: k + 1, category: 'count', scale: 1 };
}

/** "a 10-point lead": a counted noun in a compound adjective, named by its plural; not "a 10-points". */
function compoundNoun(tokens: readonly Token[], j: number): UnitMatch | null {
  const plural = COMPOUND_COUNT_NOUNS.get(tokens[j].lower);
  const open = tokens[j + 1]?.text === '-' && tokens[j + 1].glued;
  return plural && !open ? { kind: 'quantity', unit: plural, end: j + 1, category: 'count', scale: 1 } : null;
}

/** The bracket that closes the one at token t, told by its code: "(" → ")"; "km" → undefined. */
function closingBracket(t: Token): string | undefined {
  switch (unitOf(t)) {
    case 40: return ')';
    case 91: return ']';
    case 123: return '}';
    case 60: return '>';
    default: return undefined;
  }
}

/** A unit symbol in brackets right after the number: "20 (kg)", "20 [kg]". */
function readBracketed(tokens: readonly Token[], j: number): UnitMatch | null {
  const close = closingBracket(tokens[j]);
  const symbol = close ? SYMBOLS.match(tokens, j + 1) : null;
  if (!symbol || tokens[symbol.end]?.text !== close || !tokens[j + 1].glued || !tokens[symbol.end].glued) return null;
  return { kind: 'quantity', unit: symbol.value.unit, end: symbol.end + 1, category: symbol.value.category, scale: 1 };
}

/** "degrees F", "° C": a letter after a degree names the scale. */
function withDegreeLetter(tokens: readonly Token[], unit: string, category: UnitCategory, end: number): UnitMatch {
  const letter = tokens[end];
  const scale = (unit === 'degree' && letter?.type === 'word' && DEGREE_LETTERS.get(letter.lower)) || '';
  if (scale && !tokens[end + 1]?.glued) return { kind: 'quantity', unit: scale, end: end + 1, category: 'temperature', scale: 1 };
  return { kind: category === 'time' ? 'duration' : 'quantity', unit, end, category, scale: 1 };
}
