/**
 * The registry of anchor words: each finder registers the words its matches
 * hold, at module load, as a class; wordIndex finds them in a text.
 */

/** Hashes kept to 30 bits stay small integers, never boxed; wordIndex hashes as it reads, with the same mask. */
export const SMI = 0x3fffffff;

/**
 * Anchor words by a hash of their letters, all in typed arrays: a text's
 * anchor words are few, but each lookup of one used to reach for an object,
 * its string and its list of classes, cache lines the other stages had
 * pushed out. Here a word's letters, its classes and the next word of the
 * same hash sit in a few small tables (about 4 KB in all, where the slot tables take 8).
 * An open-addressed table of hashes, each slot with the record of its first word.
 */
const SLOTS = 1 << 10; // several times the anchor words (about 240), so probes stay short
const SLOT_HASH = new Int32Array(SLOTS);
/** The first word of each slot's hash; 0 for an empty slot. */
const SLOT_FIRST = new Int32Array(SLOTS);
/**
 * Per word (numbered from 1), one record of five: where its letters start in
 * `letters`, how many, the next word of the same hash, and where its classes
 * start and end in `classList`. A lookup reads one record, not three objects.
 */
const AT = 0;
const LENGTH = 1;
const NEXT = 2;
const CLASSES = 3;
const CLASSES_END = 4;
const RECORD = 5;
let records = new Int32Array(RECORD * 256);
let letters = new Uint16Array(4096);
let letterCount = 0;
let classList = new Int32Array(512);
let classListCount = 0;
let wordCount = 0;
let classCount = 0;
/**
 * One bit per hash's low twelve bits, set for the anchor words': 512 bytes,
 * eight cache lines, where the slot tables take 64. Most words of a text
 * are no anchor, and their lookup then stops here.
 */
const FILTER = new Int32Array(128);

/** The slot of hash `h`: its own, or the empty one where it would go. */
function slotOf(h: number): number {
  let slot = (h ^ (h >>> 12)) & (SLOTS - 1);
  while (SLOT_FIRST[slot] !== 0 && SLOT_HASH[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
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

/** Whether text[start, end) spells the anchor word of record `w` in any case. */
function spellsWord(text: string, start: number, end: number, w: number): boolean {
  if (end - start !== records[w + LENGTH]) return false;
  const at = records[w + AT];
  for (let k = 0; k < end - start; k++) if ((text.charCodeAt(start + k) | 32) !== letters[at + k]) return false;
  return true;
}

/** How many classes there are: a text's index has one list per class. */
export function classTotal(): number {
  return classCount;
}

/**
 * The anchor word text[start, end) of hash `h` (any case), if it is one:
 * its start pushed onto the list of each of its classes in `index`.
 * (`Years`, its hash) pushes its start onto the lists of the classes holding `years`.
 */
export function pushAnchor(text: string, start: number, end: number, h: number, index: (number[] | undefined)[]): void {
  if ((FILTER[(h >>> 5) & 127] & (1 << (h & 31))) === 0) return;
  for (let w = SLOT_FIRST[slotOf(h)]; w !== 0; w = records[w + NEXT]) {
    if (!spellsWord(text, start, end, w)) continue;
    for (let k = records[w + CLASSES]; k < records[w + CLASSES_END]; k++) (index[classList[k]] ??= []).push(start);
    return;
  }
}

/** The record of anchor word `word`, added when new. */
function wordOf(word: string): number {
  const h = hashOf(word, 0, word.length);
  const slot = slotOf(h);
  for (let w = SLOT_FIRST[slot]; w !== 0; w = records[w + NEXT]) if (spellsWord(word, 0, word.length, w)) return w;
  const w = ++wordCount * RECORD; // record 0 stands for none
  if (w + RECORD > records.length) records = grown(records, w + RECORD);
  if (letterCount + word.length > letters.length) letters = grown(letters, letterCount + word.length);
  for (let k = 0; k < word.length; k++) letters[letterCount + k] = word.charCodeAt(k);
  records[w + AT] = letterCount;
  records[w + LENGTH] = word.length;
  letterCount += word.length;
  records[w + NEXT] = SLOT_FIRST[slot];
  SLOT_HASH[slot] = h;
  SLOT_FIRST[slot] = w;
  FILTER[(h >>> 5) & 127] |= 1 << (h & 31);
  return w;
}

function grown<T extends Uint16Array | Int32Array>(array: T, least: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Registers a set of anchor words (lower-case letters only), at module load;
 * returns its class for wordAnchors. `wordClass(['day', 'days'])` → 0.
 */
export function wordClass(words: Iterable<string>): number {
  const id = classCount++;
  for (const word of new Set(words)) {
    const w = wordOf(word);
    // a word's classes stay together: copied to the end of the list with the new one
    const from = records[w + CLASSES];
    const to = records[w + CLASSES_END];
    if (classListCount + to - from + 1 > classList.length) classList = grown(classList, classListCount + to - from + 1);
    classList.copyWithin(classListCount, from, to);
    records[w + CLASSES] = classListCount;
    classListCount += to - from;
    classList[classListCount++] = id;
    records[w + CLASSES_END] = classListCount;
  }
  return id;
}
