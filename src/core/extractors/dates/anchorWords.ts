/**
 * The registry of anchor words: each finder registers the words its matches
 * hold, at module load, as a class; wordIndex finds them in a text.
 */

/** A lower-case anchor word and the classes (finders' word sets) it belongs to. */
export interface Entry {
  readonly word: string;
  readonly classes: number[];
}

/** Hashes kept to 30 bits stay small integers, never boxed; wordIndex hashes as it reads, with the same mask. */
export const SMI = 0x3fffffff;

/**
 * Anchor words by a hash of their letters, so that other words cost no
 * allocation: an open-addressed table of typed arrays, as most words of a
 * text are no anchor and a probe here, most often of an empty slot, rejects
 * them faster than a Map lookup.
 */
const SLOTS = 1 << 10; // several times the anchor words (about 200), so probes stay short; 8 KB of tables
const SLOT_HASH = new Int32Array(SLOTS);
const SLOT_ENTRIES: Entry[][] = [[]]; // index 0: an empty slot
const SLOT_OF = new Int32Array(SLOTS);
let classCount = 0;
/**
 * One bit per hash's low twelve bits, set for the anchor words': 512 bytes,
 * eight cache lines, where the slot tables take 128. Most words of a text
 * are no anchor, and their lookup then stops here, which keeps the tables
 * out of the cache the other stages share.
 */
const FILTER = new Int32Array(128);
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

const NONE: readonly Entry[] = [];

/** The anchor words of hash `h` with their classes; none for most words. */
export function entriesOf(h: number): readonly Entry[] {
  if ((FILTER[(h >>> 5) & 127] & (1 << (h & 31))) === 0) return NONE;
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
    FILTER[(h >>> 5) & 127] |= 1 << (h & 31);
    const slot = slotOf(h);
    if (SLOT_OF[slot] === 0) {
      SLOT_HASH[slot] = h;
      SLOT_OF[slot] = SLOT_ENTRIES.push([]) - 1;
    }
    const entries = SLOT_ENTRIES[SLOT_OF[slot]];
    const entry = entries.find((e) => e.word === word);
    if (entry) entry.classes.push(id);
    else entries.push({ word, classes: [id] });
  }
  return id;
}
