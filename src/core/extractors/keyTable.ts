/** h * 31 + char code over a key, in 32 bits. */
export function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/**
 * A fixed table from strings to numbers, open-addressed by hashKey. A Map
 * first hashes (and interns) each new key string it is asked about, which
 * costs more than the lookup itself for the many words met only once.
 * Each slot keeps its key's hash beside its number, so a probe compares
 * numbers in one array and reads a key string only when the hashes agree.
 * new KeyTable(new Map([['said', 5]])).get('said') → 5; .get('okafor') → 0.
 */
export class KeyTable {
  private readonly keys: string[];
  /**
   * Per slot: the key's hash, its number, and its characters; a number of 0 marks an empty slot, as get()
   * answers 0 for absent keys. A key of up to twelve letters and marks ("the", "spokeswoman") is packed
   * five bits a character into the slot's last two numbers, so a word is checked on the cache line its
   * hash led to; any other key has LONG and where its characters start in `chars`, then its length.
   */
  private readonly cells: Int32Array;
  /** The characters of keys too long or odd to pack: "counterterrorism". */
  private readonly chars: Uint16Array;
  private readonly mask: number;
  /**
   * One bit per 15-bit digest of a hash, set for the keys held: a block small
   * enough to stay in cache, which turns away most absent words (names,
   * rare words) before the table's slots are read.
   */
  private readonly digests = new Int32Array(1 << 10);

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (2 * size < 3 * entries.size) size *= 2;
    this.keys = new Array<string>(size).fill('');
    this.cells = new Int32Array(CELL * size);
    this.mask = size - 1;
    let total = 0;
    for (const key of entries.keys()) total += key.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [key, value] of entries) {
      if (value === 0) continue;
      const hash = hashKey(key);
      let s = hash & this.mask;
      while (this.cells[CELL * s + 1] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = key;
      this.digests[digest(hash) >> 5] |= 1 << (digest(hash) & 31);
      this.cells[CELL * s] = hash;
      this.cells[CELL * s + 1] = value;
      if (packs(key)) {
        this.cells[CELL * s + 2] = pack(key, 0);
        this.cells[CELL * s + 3] = pack(key, HALF);
      } else {
        this.cells[CELL * s + 2] = at | LONG;
        this.cells[CELL * s + 3] = key.length;
        for (let k = 0; k < key.length; k++) this.chars[at++] = key.charCodeAt(k);
      }
    }
  }

  /** The number stored for key, 0 if none; `hash` is hashKey(key), when the caller has it already. */
  get(key: string, hash = hashKey(key)): number {
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const value = this.cells[CELL * s + 1];
      if (value === 0) return 0;
      if (this.cells[CELL * s] === hash && this.keys[s] === key) return value;
    }
  }

  /**
   * The slot of the key that text[i, j) reads once its ASCII capitals are
   * lowered, -1 if none; `hash` is hashKey of that lower case. A word's
   * classes without slicing it: ("The", 0, 3) → the slot of "the".
   */
  slotAt(text: string, i: number, j: number, hash: number): number {
    const d = digest(hash);
    if ((this.digests[d >> 5] & (1 << (d & 31))) === 0) return -1;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      if (this.cells[CELL * s + 1] === 0) return -1;
      if (this.cells[CELL * s] === hash && this.readsAs(text, i, j, s)) return s;
    }
  }

  /** The key in a slot slotAt gave. */
  keyAt(slot: number): string {
    return this.keys[slot];
  }

  /** The number in a slot slotAt gave. */
  valueAt(slot: number): number {
    return this.cells[CELL * slot + 1];
  }

  /** Whether text[i, j) with its ASCII capitals lowered is the key in slot s. */
  private readsAs(text: string, i: number, j: number, s: number): boolean {
    const first = this.cells[CELL * s + 2];
    if ((first & LONG) === 0) {
      const n = j - i;
      if (n > 2 * HALF) return false;
      let packed = first;
      for (let k = 0; k < n; k++, packed >>>= BITS) {
        if (k === HALF) packed = this.cells[CELL * s + 3];
        if (symbol(text.charCodeAt(i + k)) !== (packed & SYMBOL)) return false;
      }
      // Codes are 0 past the key's end: the word ends where the key does.
      return ((n === HALF ? this.cells[CELL * s + 3] : packed) & SYMBOL) === 0;
    }
    if (j - i !== this.cells[CELL * s + 3]) return false;
    const at = first & ~LONG;
    for (let k = 0; k < j - i; k++) {
      const c = text.charCodeAt(i + k);
      if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== this.chars[at + k]) return false;
    }
    return true;
  }
}

/** Numbers per slot in `cells`. */
const CELL = 4;
/** Characters packed per number, bits per character, and the mask of one. */
const HALF = 6;
const BITS = 5;
const SYMBOL = (1 << BITS) - 1;
/** In a slot's third number: its key's characters are in `chars`. */
const LONG = 1 << 31;

/**
 * A character's five-bit code once its ASCII capitals are lowered: a–z 1–26, then - . ’ '; 31 for any other,
 * which no packed key holds. 'S' → 19; '’' → 29; '5' → 31.
 */
function symbol(c: number): number {
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x60;
  return c === 0x2d ? 27 : c === 0x2e ? 28 : c === 0x2019 ? 29 : c === 0x27 ? 30 : SYMBOL;
}

/** Whether a key fits in a slot: twelve characters at most, each with a code. */
const packs = (key: string) => key.length <= 2 * HALF && Array.from(key).every((ch) => symbol(ch.charCodeAt(0)) !== SYMBOL && ch === ch.toLowerCase());

/** Six characters of a key from `from`, five bits each from the lowest: ("the", 0) → 20 | 8 << 5 | 5 << 10. */
function pack(key: string, from: number): number {
  let packed = 0;
  for (let k = Math.min(key.length, from + HALF) - 1; k >= from; k--) packed = (packed << BITS) | symbol(key.charCodeAt(k));
  return packed;
}

/** 15 bits of a hash, its high bits folded into its low ones. */
const digest = (hash: number) => (hash ^ (hash >>> 15)) & 0x7fff;
