import { CODE_ALIASES, CURRENCY_ABBREVIATIONS, CURRENCY_AFTER, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, MASS_WORDS, MONEY_WORDS, POUND_NAMES, SPACED_DOLLAR_PREFIXES, WORDLIKE_CODES } from '../../lexicon/currencies';
import { SCALES } from '../../lexicon/numberWords';
import { phraseTable } from './phraseTable';
import { STARTS } from './tokenMarks';
import type { Token } from './tokens';

export interface CurrencyMatch {
  /** ISO 4217 code, or null when the name does not pin the currency down ("francs"). */
  readonly code: string | null;
  readonly end: number;
  /** 1e6 for codes written as millions ("MUSD 30"); else 1. */
  readonly scale: number;
}

const NAMES = phraseTable(CURRENCY_NAMES, true);
const ABBREVIATIONS = phraseTable(CURRENCY_ABBREVIATIONS, false);
/** Up to four letters or dots, then "$" ("u.s. $"), as readCurrencyBefore reads them. */
const DOLLAR_PREFIX_TOKENS = 5;

/** The most tokens a currency before an amount spans, so the stage knows how far back a figure may start. */
export const CURRENCY_BEFORE_TOKENS = Math.max(DOLLAR_PREFIX_TOKENS, ABBREVIATIONS.maxTokens);

/** True when every character is ASCII: "usd" → true; "ıls" → false. */
function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return false;
  return true;
}

/** A currency code written as a word, any case unless it is also an English word: "usd", "EUR", "MUSD". */
function codeOf(t: Token | undefined): { code: string; scale: number } | null {
  // Codes have three or four letters, and upper-casing never shortens a word.
  if (!t || t.type !== 'word' || t.end - t.start > 4) return null;
  // Codes are marked as starters and have three letters or more, so an
  // unmarked or shorter word is none, unless letters beyond ASCII
  // upper-case into one ("ıls" → "ILS").
  if (((t.marks & STARTS) === 0 || t.end - t.start < 3) && isAscii(t.text)) return null;
  const upper = t.text.toUpperCase();
  if (CURRENCY_CODES.has(upper) && (t.text === upper || !WORDLIKE_CODES.has(upper))) {
    return { code: CODE_ALIASES.get(upper) ?? upper, scale: 1 };
  }
  const rest = upper.slice(1);
  if (upper.length === 4 && upper[0] === 'M' && CURRENCY_CODES.has(rest) && !WORDLIKE_CODES.has(rest)) {
    return { code: CODE_ALIASES.get(rest) ?? rest, scale: 1e6 };
  }
  return null;
}

function symbolAt(t: Token, i: number): CurrencyMatch | null {
  const code = CURRENCY_SYMBOLS.get(t.text);
  return code ? { code, end: i + 1, scale: 1 } : null;
}

/** The lower-case letters of tokens[i, j) without their dots: `U` `.` `S` → "us". */
function lettersOf(tokens: readonly Token[], i: number, j: number): string {
  let letters = '';
  for (let k = i; k < j; k++) letters += tokens[k].text === '.' ? '' : tokens[k].lower;
  return letters;
}

/**
 * The currency written before an amount at token i: "$", "US$", "C $", "HK$", "USD", "€".
 * "US$ 5" → USD, ending at the "5".
 */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'sym') return symbolAt(t, i);
  // No currency opens with digits, the commonest start: no table is looked at.
  if (t.type === 'num') return null;
  // Letters, possibly dotted ("u.s $"), then "$": which dollar. A lone "a" or "s" must touch it.
  let j = i;
  while (t.end - t.start <= 3 && j < i + 4 && (tokens[j]?.type === 'word' || tokens[j]?.text === '.')) j++;
  // The letters are joined only before a "$", since most short words are not followed by one.
  const letters = j > i && tokens[j]?.text === '$' ? lettersOf(tokens, i, j) : '';
  if (letters && DOLLAR_PREFIXES.has(letters) && (tokens[j].glued || SPACED_DOLLAR_PREFIXES.has(letters))) {
    return { code: DOLLAR_PREFIXES.get(letters) ?? null, end: j + 1, scale: 1 };
  }
  const abbreviation = ABBREVIATIONS.match(tokens, i);
  if (abbreviation && tokens[abbreviation.end]?.type === 'num') return { code: abbreviation.value, end: abbreviation.end, scale: 1 };
  const code = codeOf(t);
  return code && tokens[i + 1]?.type === 'num' ? { code: code.code, end: i + 1, scale: code.scale } : null;
}

/** How many tokens before "pounds" a word of paying is looked for: "cost him about forty pounds". */
const MONEY_REACH = 6;
/** Signs that end a clause: a word of paying beyond one belongs to another. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);

/**
 * True when a word of paying stands shortly before token j, in its clause, with
 * no word of weighing nearer: "paid 40 pounds" → true; "cost $5 and weighed 40 pounds" → false.
 */
function isPaidBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - MONEY_REACH; k--) {
    const t = tokens[k];
    if (t.type === 'sym' && CLAUSE_ENDS.has(t.text)) return false;
    if (t.type !== 'word') continue;
    if (MONEY_WORDS.has(t.lower)) return true;
    if (MASS_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** A million or more in words right before token j: "two billion pounds" is money, as "2 billion pounds" is. */
function isMillionsBefore(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  return before?.type === 'word' && (SCALES.get(before.lower) ?? 0) >= 1e6;
}

/**
 * The currency written after an amount at token j: "€", "USD", "dollars",
 * "Finnish markka". "Pounds" is money only after a scale word ("2bn pounds",
 * "two billion pounds") or a word of paying ("paid 40 pounds"); else it is mass.
 */
export function readCurrencyAfter(tokens: readonly Token[], j: number, scaled: boolean): CurrencyMatch | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === 'sym') return symbolAt(t, j);
  if (POUND_NAMES.has(t.lower)) return scaled || isMillionsBefore(tokens, j) || isPaidBefore(tokens, j) ? { code: 'GBP', end: j + 1, scale: 1 } : null;
  const after = CURRENCY_AFTER.get(t.text);
  if (after) return { code: after, end: j + 1, scale: 1 };
  const named = NAMES.match(tokens, j);
  if (named) return { code: named.value, end: named.end, scale: 1 };
  const code = codeOf(t);
  // "3 USD50": a code glued to the next number belongs to that number.
  const next = tokens[j + 1];
  return code && !(next?.type === 'num' && next.glued) ? { code: code.code, end: j + 1, scale: code.scale } : null;
}
