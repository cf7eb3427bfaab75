/**
 * The registry of anchor words: each finder registers the words its matches
 * hold, at module load, as a class; wordIndex finds them in a text.
 */

/** A lower-case anchor word and the classes (finders' word sets) it belongs to. */
export interface Entry {
  readonly word: string;
  readonly classes: number[];
}

/** Hashes kept to 30 bits stay small integers, never boxed. */
const SMI = 0x3fffffff;

/**
 * Anchor words by a hash of their letters, so that other words cost no
 * allocation: an open-addressed table of typed arrays, as most words of a
 * text are no anchor and a probe here rejects them faster than a Map lookup.
 */
const SLOTS = 1 << 10; // several times the anchor words (about 200), so probes stay short; 8 KB of tables
const SLOT_HASH = new Int32Array(SLOTS);
const SLOT_ENTRIES: Entry[][] = [[]]; // index 0: an empty slot
const SLOT_OF = new Int32Array(SLOTS);
let classCount = 0;
/**
 * Which lengths and first two letters anchor words have, one flag each: most
 * words of a text fail this test, and are neither hashed nor looked up.
 */
const LONGEST = 31;
const SHAPE_BITS = new Int32Array(((LONGEST + 1) * 1024) >>> 5); // one bit each: 4 KB, that stays in cache beside the other stages' tables

/** Which lengths and last letters anchor words have, one flag each: a second test that spares most hashing. */
const END_BITS = new Int32Array(LONGEST + 1);

/** Whether some anchor word as long as text[start, end) ends in its last character (the same in either case). */
export function knownEnd(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length > LONGEST || (END_BITS[length] & (1 << (text.charCodeAt(end - 1) & 31))) !== 0;
}

/** Whether some anchor word has this shape (see shapeOf). */
export function knownShape(shape: number): boolean {
  return (SHAPE_BITS[shape >>> 5] & (1 << (shape & 31))) !== 0;
}

function markShape(shape: number): void {
  SHAPE_BITS[shape >>> 5] |= 1 << (shape & 31);
}
/**
 * A word's shape: its length and the low five bits of its first two
 * characters (the same in either case); longer words than LONGEST share shape 0, which always passes.
 */
export function shapeOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > LONGEST) return 0;
  return length * 1024 + (text.charCodeAt(start) & 31) * 32 + (length > 1 ? text.charCodeAt(start + 1) & 31 : 0);
}
markShape(0);

/** The slot of hash `h`: its own, or the empty one where it would go. */
function slotOf(h: number): number {
  let slot = (h ^ (h >>> 12)) & (SLOTS - 1);
  while (SLOT_OF[slot] !== 0 && SLOT_HASH[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
  return slot;
}

export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) & SMI;
  return h;
}

/** Whether text[start, end) spells `word` in any case. */
export function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** How many classes there are: a text's index has one list per class. */
export function classTotal(): number {
  return classCount;
}

/** The anchor words of hash `h` with their classes; none for most words. */
export function entriesOf(h: number): readonly Entry[] {
  return SLOT_ENTRIES[SLOT_OF[slotOf(h)]];
}

/**
 * Registers a set of anchor words (lower-case letters only), at module load;
 * returns its class for wordAnchors. `wordClass(['day', 'days'])` → 0.
 */
export function wordClass(words: Iterable<string>): number {
  const id = classCount++;
  for (const word of new Set(words)) {
    const h = hashOf(word, 0, word.length);
    const slot = slotOf(h);
    if (SLOT_OF[slot] === 0) {
      SLOT_HASH[slot] = h;
      SLOT_OF[slot] = SLOT_ENTRIES.push([]) - 1;
    }
    markShape(shapeOf(word, 0, word.length));
    if (word.length <= LONGEST) END_BITS[word.length] |= 1 << (word.charCodeAt(word.length - 1) & 31);
    const entries = SLOT_ENTRIES[SLOT_OF[slot]];
    const entry = entries.find((e) => e.word === word);
    if (entry) entry.classes.push(id);
    else entries.push({ word, classes: [id] });
  }
  return id;
}
