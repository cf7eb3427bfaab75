import { isTrimSpace } from '../../charCodes';

/** ASCII letters, digits and `_`: what `\w` is in a regex without the `u` flag, read from a table by character code. */
const WORD_CHARS = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0));
export const isWord = (c: number): boolean => c < 128 && WORD_CHARS[c] === 1;
/** Only ASCII letters fold, as in a non-unicode `i` regex; `_` and digits are left as they are. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/**
 * Slots of the word table: over ten times the lexicons' words (about 300), so
 * that few other words land on a used one and few chains hold two words (with
 * 1,024 slots the document scan took a tenth longer), and few enough (8 KB of first
 * ids, 512 bytes of used bits) to stay in cache while the other stages run.
 */
const SLOTS = 1 << 12;
/**
 * A word's slot from its length and its first and last letters (folded): a
 * scan then reads each letter once, and only words landing on a used slot are spelled out.
 */
const slotOf = (first: number, last: number, length: number): number => (Math.imul(fold(first) * 31 + fold(last), 31) + length) & (SLOTS - 1);
const wordSlot = (word: string): number => slotOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
/** At most 31 lexicons fit the bit mask; the rest are searched the plain way. */
const MAX_LEXICONS = 31;

/** Registered words (lower case) by id, the lexicons (bits) each opens, and the next id in the same slot. */
const WORDS: string[] = [];
const MASKS: number[] = [];
/** The letters (bits, 'a' = 0) the cue phrases a word opens go on with after white space; -1 when one goes on otherwise or not at all. */
const FOLLOWS: number[] = [];
const NEXT_IN_SLOT: number[] = [];
/** The first word id (or -1) in each slot: a typed array reads faster than a Map. */
const FIRST_BY_SLOT = new Int16Array(SLOTS).fill(-1);
/** One bit a slot, set when it holds a word: 512 bytes that stay in cache, where most words of a text land on an empty slot. */
const USED = new Int32Array(SLOTS >> 5);
let lexiconCount = 0;
/** Bumped by each registration, so that hits found before it are not reused. */
let registrations = 0;
export const registrationCount = (): number => registrations;

/**
 * The same words for the scans, in typed arrays rebuilt on each registration:
 * their letters end to end, where each starts (one entry more than words), the
 * lexicons each opens and the next id in its slot. A few kilobytes in a row,
 * where the strings lie scattered over the heap; letters in bytes and ids in
 * 16 bits, since the scan of each article reads them after the other stages
 * have pushed them out of cache, and half the lines are half the misses.
 */
let LETTERS = new Uint8Array(0);
let OFFSETS = new Uint16Array(1);
let LEXICONS = new Int32Array(0);
let NEXT = new Int16Array(0);
let FOLLOW = new Int32Array(0);

/** A word's letter as a byte: a letter past ASCII becomes 0, which no run of `\w` holds, so such a word is never found, as before. */
const asciiOrNone = (c: number): number => (c < 128 ? c : 0);
/** Most words the 16-bit ids and offsets hold; the lexicons register a few hundred. */
const MAX_WORDS = 0x7fff;

function compact(): void {
  OFFSETS = new Uint16Array(WORDS.length + 1);
  for (let w = 0; w < WORDS.length; w++) OFFSETS[w + 1] = OFFSETS[w] + WORDS[w].length;
  LETTERS = new Uint8Array(OFFSETS[WORDS.length]);
  for (let w = 0; w < WORDS.length; w++) for (let k = 0; k < WORDS[w].length; k++) LETTERS[OFFSETS[w] + k] = asciiOrNone(WORDS[w].charCodeAt(k));
  LEXICONS = Int32Array.from(MASKS);
  NEXT = Int16Array.from(NEXT_IN_SLOT);
  FOLLOW = Int32Array.from(FOLLOWS);
}

const letterCount = (): number => OFFSETS[OFFSETS.length - 1];

/** Whether the code units [start, end) spell word `w`, case folded. */
function spells(units: Uint16Array, start: number, end: number, w: number): boolean {
  const at = OFFSETS[w];
  if (end - start !== OFFSETS[w + 1] - at) return false;
  for (let k = 0; start + k < end; k++) if (fold(units[start + k]) !== LETTERS[at + k]) return false;
  return true;
}

/** The id of a registered word (lower case), or -1: `leadWordId('need')` after `leadingWords(['need'])` → 0. */
export function leadWordId(word: string): number {
  for (let w = FIRST_BY_SLOT[wordSlot(word)]; w >= 0; w = NEXT_IN_SLOT[w]) if (WORDS[w] === word) return w;
  return -1;
}

/** The id of the registered word the code units [start, end) spell, case folded, or -1. */
export function wordAt(units: Uint16Array, start: number, end: number): number {
  const slot = slotOf(units[start], units[end - 1], end - start);
  if ((USED[slot >> 5] & (1 << (slot & 31))) === 0) return -1;
  for (let w = FIRST_BY_SLOT[slot]; w >= 0; w = NEXT[w]) if (spells(units, start, end, w)) return w;
  return -1;
}

/** The lexicons (bits) a registered word opens. */
export const lexiconsOf = (w: number): number => LEXICONS[w];
/** The length of a registered word. */
export const lengthOf = (w: number): number => OFFSETS[w + 1] - OFFSETS[w];

/**
 * Registers the leading words of a lexicon's phrases (each one's first run of
 * `\w`, lower-case); returns the lexicon's id, or -1 when no bit, or no room in the 16-bit tables, is left.
 * `leadingWords(['need', 'won'])` → 0 on the first call.
 */
export function leadingWords(words: Iterable<string>): number {
  const unique = new Set(words);
  if (lexiconCount >= MAX_LEXICONS || WORDS.length + unique.size > MAX_WORDS || letterCount() + [...unique].join('').length > 0xffff) return -1;
  const id = lexiconCount++;
  for (const word of unique) MASKS[addWord(word)] |= 1 << id;
  compact();
  registrations++;
  return id;
}

/** The id of a word (lower case), registered with no lexicon when it is new. */
function addWord(word: string): number {
  let w = leadWordId(word);
  if (w < 0) {
    w = WORDS.length;
    WORDS.push(word);
    MASKS.push(0);
    FOLLOWS.push(0);
    const slot = wordSlot(word);
    NEXT_IN_SLOT.push(FIRST_BY_SLOT[slot]);
    FIRST_BY_SLOT[slot] = w;
    USED[slot >> 5] |= 1 << (slot & 31);
  }
  return w;
}

/**
 * Registers words (lower case) that open no lexicon's phrase, so that a text's hits tell where they stand,
 * without a lexicon bit (31 at most, and the cue patterns take most); returns one flag a word id, set for
 * theirs, or null when the 16-bit tables have no room. `flaggedWords(['expects'])[leadWordId('expects')]` → 1.
 */
export function flaggedWords(words: readonly string[]): Uint8Array | null {
  if (WORDS.length + words.length > MAX_WORDS || letterCount() + words.join('').length > 0xffff) return null;
  const ids = words.map(addWord);
  compact();
  registrations++;
  const flags = new Uint8Array(WORDS.length);
  for (const w of ids) flags[w] = 1;
  return flags;
}

/**
 * Adds to word `w` the `follow` mask of a cue phrase group it opens (see
 * phraseLeads' Lead): `addFollowers(the, bits of 'm' and 'l')` for "the most", "the least".
 */
export function addFollowers(w: number, follow: number): void {
  FOLLOWS[w] = FOLLOWS[w] < 0 || follow < 0 ? -1 : FOLLOWS[w] | follow;
  compact();
  registrations++;
}

/**
 * Whether some cue phrase may open on word `w` ending at `end` of the code
 * units [.., to): the white space and the letter after it must be one its
 * phrases go on with. False says no phrase matches there, in this text or in
 * any slice of it; true says only that one may.
 */
export function mayOpenCue(units: Uint16Array, end: number, to: number, w: number): boolean {
  const follow = FOLLOW[w];
  if (follow <= 0) return follow < 0;
  if (end >= to || !isTrimSpace(units[end])) return false;
  let i = end + 1;
  while (i < to && isTrimSpace(units[i])) i++;
  const c = i < to ? units[i] | 32 : 0;
  return c >= 97 && c <= 122 && (follow & (1 << (c - 97))) !== 0;
}
