/**
 * An open-addressed table of lower-case ASCII words keyed by length and
 * folded hash, so a word of the text is found without slicing or
 * lower-casing it. Small typed arrays, with a 1 KB filter in front that
 * most words stop at, because it is probed for many words of every article
 * and must stay in cache while the other stages run.
 */

/** A hash of a word's ASCII letters, case folded, as the tokenizer reads them; small enough to stay a small integer. */
export function foldHash(hash: number, c: number): number {
  return (hash * 31 + (c | 32)) & 0xfffff;
}

/** True when text[start, start + word.length) spells the lower-case ASCII word, in any case. */
function spells(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function filterBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 19;
}

export class WordTable {
  /** `length << 20 | hash` of the word in each slot; 0 for an empty slot. */
  private readonly keys: Int32Array;
  private readonly words: string[];
  /** What each word stands for, a small number: marks of the tokenizer, or 0. */
  private readonly values: Uint8Array;
  /** One bit per 13-bit mix of a key, set for the listed words. */
  private readonly filter = new Uint32Array(1 << 8);
  private readonly mask: number;
  private longest = 0;

  /** Lower-case ASCII words, each once, with their values. */
  constructor(entries: ReadonlyArray<readonly [string, number]>) {
    let slots = 64;
    while (slots < entries.length * 4) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots);
    this.words = new Array<string>(slots).fill('');
    this.values = new Uint8Array(slots);
    for (const [word, value] of entries) {
      let hash = 0;
      for (let k = 0; k < word.length; k++) hash = foldHash(hash, word.charCodeAt(k));
      const key = (word.length << 20) | hash;
      let s = this.slotOf(key);
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      [this.keys[s], this.words[s], this.values[s]] = [key, word, value];
      this.filter[filterBit(key) >>> 5] |= 1 << (filterBit(key) & 31);
      this.longest = Math.max(this.longest, word.length);
    }
  }

  private slotOf(key: number): number {
    return (key ^ (key >>> 11)) & this.mask;
  }

  /** The slot of the ASCII word text[start, end) given its folded hash, or -1 when it is not listed. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (length > this.longest) return -1;
    const key = (length << 20) | hash;
    const bit = filterBit(key);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    for (let s = this.slotOf(key); this.keys[s] !== 0; s = (s + 1) & this.mask) {
      if (this.keys[s] === key && spells(text, start, this.words[s])) return s;
    }
    return -1;
  }

  /** The listed word in a slot found: one string for every occurrence. */
  word(slot: number): string {
    return this.words[slot];
  }

  value(slot: number): number {
    return this.values[slot];
  }
}
