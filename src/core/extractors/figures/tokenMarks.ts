import { VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { NUMBER_WORDS, STARTERS } from './markedWords';
import type { Token } from './tokens';

/** A figure may start at the token ("about", "$", digits). */
export const STARTS = 1;
/** The token carries a number ("seven", "½", digits). */
export const CARRIES_NUMBER = 2;

/** Marks of every listed word and sign, so that a token needs one lookup. */
const MARKS = new Map<string, number>();
for (const w of STARTERS) MARKS.set(w, STARTS);
for (const w of [...NUMBER_WORDS, ...VULGAR_FRACTIONS.keys()]) MARKS.set(w, (MARKS.get(w) ?? 0) | CARRIES_NUMBER);

/** A hash of a word's ASCII letters, case folded, as the tokenizer reads them; small enough to stay a small integer. */
function foldHash(hash: number, c: number): number {
  return (hash * 31 + (c | 32)) & 0xfffff;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = foldHash(hash, word.charCodeAt(k));
  return hash;
}

/** Buckets of the listed words' hashes: a word in an empty bucket is on no list, without slicing or lower-casing it. */
const BUCKETS = 1 << 14;
const LISTED = new Uint8Array(BUCKETS);
for (const word of MARKS.keys()) if (/^[a-z]+$/.test(word)) LISTED[hashOf(word) & (BUCKETS - 1)] = 1;

/**
 * The marks of the word text[start, end) given its folded hash. The lists
 * hold lower-case ASCII words only, so a word with other letters has none.
 * "About" → STARTS; "seven" → STARTS | CARRIES_NUMBER; "the" → 0.
 */
export function wordMarks(text: string, start: number, end: number, hash: number, ascii: boolean): number {
  return ascii && LISTED[hash & (BUCKETS - 1)] === 1 ? (MARKS.get(text.slice(start, end).toLowerCase()) ?? 0) : 0;
}

/** The marks of a sign: "$" → STARTS; "½" → STARTS | CARRIES_NUMBER. */
export function symbolMarks(symbol: string): number {
  return MARKS.get(symbol) ?? 0;
}

/** True when a figure may start at this token: "about" → true; "the" → false. */
export function canStart(t: Token): boolean {
  return (t.marks & STARTS) !== 0;
}

/**
 * True for a token a figure's number is read from: digits, "½", "seven",
 * "million", "twice", "many". "about" → false: it only qualifies one.
 */
export function isNumberCore(t: Token): boolean {
  return (t.marks & CARRIES_NUMBER) !== 0;
}
