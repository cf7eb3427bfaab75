import { VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { BRIDGE_WORDS, NUMBER_WORDS, QUALIFIER_ONLY, STARTERS } from './markedWords';
import type { Token } from './tokens';

/** A figure may start at the token ("about", "$", digits). */
export const STARTS = 1;
/** The token carries a number ("seven", "½", digits). */
export const CARRIES_NUMBER = 2;
/** A figure starts here only with a qualifier ("in excess of", "about"). */
export const ONLY_QUALIFIES = 4;
/**
 * The token may stand between a figure's start and its number: "more",
 * "than", "US", "$". Every sign and every word beyond ASCII is marked, to be safe.
 */
export const BRIDGES = 8;

/** Marks of every listed word and sign, so that a token needs one lookup. */
const MARKS = new Map<string, number>();
for (const w of STARTERS) MARKS.set(w, STARTS);
for (const w of [...NUMBER_WORDS, ...VULGAR_FRACTIONS.keys()]) MARKS.set(w, (MARKS.get(w) ?? 0) | CARRIES_NUMBER);
for (const w of QUALIFIER_ONLY) MARKS.set(w, (MARKS.get(w) ?? 0) | ONLY_QUALIFIES);
for (const w of BRIDGE_WORDS) MARKS.set(w, (MARKS.get(w) ?? 0) | BRIDGES);

/** A hash of a word's ASCII letters, case folded, as the tokenizer reads them; small enough to stay a small integer. */
function foldHash(hash: number, c: number): number {
  return (hash * 31 + (c | 32)) & 0xfffff;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = foldHash(hash, word.charCodeAt(k));
  return hash;
}

/** The listed words by their hash's bucket, so that a word is found without slicing or lower-casing it. */
const BUCKETS = 1 << 14;
const LISTED: Array<Array<readonly [string, number]> | undefined> = new Array(BUCKETS).fill(undefined);
for (const [word, marks] of MARKS) {
  if (!/^[a-z]+$/.test(word)) continue;
  const bucket = hashOf(word) & (BUCKETS - 1);
  (LISTED[bucket] ??= []).push([word, marks]);
}

/** True when text[start, end) spells the lower-case ASCII word, in any case. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The marks of the word text[start, end) given its folded hash. The lists
 * hold lower-case ASCII words only, so a word with other letters has none
 * but BRIDGES. "About" → STARTS | BRIDGES; "seven" → STARTS | CARRIES_NUMBER; "troops" → 0.
 */
export function wordMarks(text: string, start: number, end: number, hash: number, ascii: boolean): number {
  if (!ascii) return BRIDGES;
  const listed = LISTED[hash & (BUCKETS - 1)];
  if (listed === undefined) return 0;
  for (const [word, marks] of listed) if (spells(text, start, end, word)) return marks;
  return 0;
}

/** Marks of the signs that are one code unit, by code: most signs are, and need no string. */
const SIGN_MARKS = new Uint8Array(0x10000);
for (const [sign, marks] of MARKS) if (sign.length === 1) SIGN_MARKS[sign.charCodeAt(0)] = marks;

/** The marks of the sign text[start, end): "$" → STARTS | BRIDGES; "½" → STARTS | CARRIES_NUMBER | BRIDGES. */
export function symbolMarks(text: string, start: number, end: number): number {
  return (end === start + 1 ? SIGN_MARKS[text.charCodeAt(start)] : (MARKS.get(text.slice(start, end)) ?? 0)) | BRIDGES;
}

/** True when a figure may start at this token: "about" → true; "the" → false. */
export function canStart(t: Token): boolean {
  return (t.marks & STARTS) !== 0;
}

/** True when the token may stand between a figure's start and its number: "than" → true; "fee" → false. */
export function mayBridge(t: Token): boolean {
  return (t.marks & BRIDGES) !== 0;
}

/**
 * True for a token a figure's number is read from: digits, "½", "seven",
 * "million", "twice", "many". "about" → false: it only qualifies one.
 */
export function isNumberCore(t: Token): boolean {
  return (t.marks & CARRIES_NUMBER) !== 0;
}
