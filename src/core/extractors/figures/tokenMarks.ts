import { VULGAR_FRACTIONS } from '../../lexicon/numberWords';
import { BRIDGE_WORDS, NUMBER_WORDS, QUALIFIER_AFTER_PARTS, QUALIFIER_ONLY, STARTERS, UNIT_LISTED_SIGNS, UNIT_LISTED_WORDS } from './markedWords';
import type { Token } from './tokens';
import { WordTable } from './wordTable';

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
/**
 * The token may be on a list the unit reader looks up after a number ("tonnes",
 * "percent", "people", "%"): see UNIT_LISTED_WORDS and UNIT_LISTED_SIGNS.
 * Every word beyond ASCII and every sign of two code units is marked, to be safe.
 */
export const UNIT_LISTED = 16;
/** The token may open a qualifier after a number: "or" of "or more", "odd", "+". Marked as UNIT_LISTED is. */
export const QUALIFIES_AFTER = 32;
/** Bits a token's marks take. */
const MARK_BITS = 6;

/** Marks of every listed word and sign, so that a token needs one lookup. */
const MARKS = new Map<string, number>();
for (const w of STARTERS) MARKS.set(w, STARTS);
for (const w of [...NUMBER_WORDS, ...VULGAR_FRACTIONS.keys()]) MARKS.set(w, (MARKS.get(w) ?? 0) | CARRIES_NUMBER);
for (const w of QUALIFIER_ONLY) MARKS.set(w, (MARKS.get(w) ?? 0) | ONLY_QUALIFIES);
for (const w of BRIDGE_WORDS) MARKS.set(w, (MARKS.get(w) ?? 0) | BRIDGES);
for (const w of [...UNIT_LISTED_WORDS, ...UNIT_LISTED_SIGNS]) MARKS.set(w, (MARKS.get(w) ?? 0) | UNIT_LISTED);
for (const w of QUALIFIER_AFTER_PARTS) MARKS.set(w, (MARKS.get(w) ?? 0) | QUALIFIES_AFTER);
/** Marks every token the lists cannot tell apart gets, to be safe: words beyond ASCII, signs of two code units. */
const UNSURE = BRIDGES | UNIT_LISTED | QUALIFIES_AFTER;

/**
 * Only lower-case ASCII words are listed, found without slicing or
 * lower-casing them: those of at most three letters ("a", "of", "the": the
 * commonest of a text) by their letters themselves, five bits each, in a
 * 2 KB table that stays in cache between articles, where a table of every
 * such key (32 KB) had each common word on a line of its own; the longer
 * ones by their folded hash in a small table.
 */
const SHORT = 3;
const LISTED = [...MARKS].filter(([word]) => /^[a-z]+$/.test(word));
const MARKED_WORDS = new WordTable(LISTED.filter(([word]) => word.length > SHORT));
/** `key << MARK_BITS | marks` of each listed short word, open-addressed; 0 for an empty slot (no key is 0). */
const SHORT_SLOTS = new Int32Array(512);

function shortSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 23;
}

/** The marks of the short word with this key: "of" → 15 << 5 | 6 → its marks; an unlisted word → 0. */
function shortMarks(key: number): number {
  for (let s = shortSlot(key); ; s = (s + 1) & 511) {
    const entry = SHORT_SLOTS[s];
    if (entry === 0) return 0;
    if (entry >>> MARK_BITS === key) return entry & ((1 << MARK_BITS) - 1);
  }
}

/** The letters of the ASCII word text[start, end), at most three, as five bits each: "of" → 15 << 5 | 6. */
function shortKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) key = (key << 5) | (text.charCodeAt(k) & 31);
  return key;
}

for (const [word, marks] of LISTED) {
  if (word.length > SHORT || marks === 0) continue;
  const key = shortKey(word, 0, word.length);
  let s = shortSlot(key);
  while (SHORT_SLOTS[s] !== 0) s = (s + 1) & 511;
  SHORT_SLOTS[s] = (key << MARK_BITS) | marks;
}

/**
 * The marks of the word text[start, end) given its folded hash. The lists
 * hold lower-case ASCII words only, so a word with other letters has the
 * UNSURE marks only. "About" → STARTS | BRIDGES; "seven" → STARTS | CARRIES_NUMBER; "troops" → 0.
 */
export function wordMarks(text: string, start: number, end: number, hash: number, ascii: boolean): number {
  if (!ascii) return UNSURE;
  if (end - start <= SHORT) return shortMarks(shortKey(text, start, end));
  const slot = MARKED_WORDS.find(text, start, end, hash);
  return slot < 0 ? 0 : MARKED_WORDS.value(slot);
}

/** Marks of the signs that are one code unit, by code: most signs are, and need no string. */
const SIGN_MARKS = new Uint8Array(0x10000);
for (const [sign, marks] of MARKS) if (sign.length === 1) SIGN_MARKS[sign.charCodeAt(0)] = marks;

/** The marks of the sign text[start, end): "$" → STARTS | BRIDGES; "½" → STARTS | CARRIES_NUMBER | BRIDGES. */
export function symbolMarks(text: string, start: number, end: number): number {
  return end === start + 1 ? SIGN_MARKS[text.charCodeAt(start)] | BRIDGES : (MARKS.get(text.slice(start, end)) ?? 0) | UNSURE;
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
