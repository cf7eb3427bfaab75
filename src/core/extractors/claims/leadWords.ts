/** ASCII letters, digits and `_`: what `\w` is in a regex without the `u` flag, read from a table by character code. */
const WORD_CHARS = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0));
export const isWord = (c: number): boolean => c < 128 && WORD_CHARS[c] === 1;
/** Only ASCII letters fold, as in a non-unicode `i` regex; `_` and digits are left as they are. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** Slots of the word table: far more than the lexicons' words, so that most other words land on an empty one. */
const SLOTS = 1 << 12;
/**
 * A word's slot from its length and its first and last letters (folded): a
 * scan then reads each letter once, and only words landing on a used slot are spelled out.
 */
const slotAt = (text: string, start: number, end: number): number =>
  (Math.imul(fold(text.charCodeAt(start)) * 31 + fold(text.charCodeAt(end - 1)), 31) + end - start) & (SLOTS - 1);
const wordSlot = (word: string): number => slotAt(word, 0, word.length);
/** At most 31 lexicons fit the bit mask; the rest are searched the plain way. */
const MAX_LEXICONS = 31;

/** Registered words (lower case) by id, the lexicons (bits) each opens, and the next id in the same slot. */
const WORDS: string[] = [];
const MASKS: number[] = [];
const NEXT_IN_SLOT: number[] = [];
/** The first word id (or -1) in each slot: a typed array reads faster than a Map. */
const FIRST_BY_SLOT = new Int32Array(SLOTS).fill(-1);
let lexiconCount = 0;
/** Bumped by each registration, so that hits found before it are not reused. */
let registrations = 0;
export const registrationCount = (): number => registrations;

function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (fold(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The id of a registered word (lower case), or -1: `leadWordId('need')` after `leadingWords(['need'])` → 0. */
export function leadWordId(word: string): number {
  for (let w = FIRST_BY_SLOT[wordSlot(word)]; w >= 0; w = NEXT_IN_SLOT[w]) if (WORDS[w] === word) return w;
  return -1;
}

/** The id of the registered word text.slice(start, end) spells, case folded, or -1. */
export function wordAt(text: string, start: number, end: number): number {
  for (let w = FIRST_BY_SLOT[slotAt(text, start, end)]; w >= 0; w = NEXT_IN_SLOT[w]) if (spells(text, start, end, WORDS[w])) return w;
  return -1;
}

/** The lexicons (bits) a registered word opens. */
export const lexiconsOf = (w: number): number => MASKS[w];
/** The length of a registered word. */
export const lengthOf = (w: number): number => WORDS[w].length;

/**
 * Registers the leading words of a lexicon's phrases (each one's first run of
 * `\w`, lower-case); returns the lexicon's id, or -1 when no bit is left.
 * `leadingWords(['need', 'won'])` → 0 on the first call.
 */
export function leadingWords(words: Iterable<string>): number {
  if (lexiconCount >= MAX_LEXICONS) return -1;
  const id = lexiconCount++;
  for (const word of new Set(words)) {
    let w = leadWordId(word);
    if (w < 0) {
      w = WORDS.length;
      WORDS.push(word);
      MASKS.push(0);
      const slot = wordSlot(word);
      NEXT_IN_SLOT.push(FIRST_BY_SLOT[slot]);
      FIRST_BY_SLOT[slot] = w;
    }
    MASKS[w] |= 1 << id;
  }
  registrations++;
  return id;
}
