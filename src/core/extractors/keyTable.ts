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
   * Per slot: the key's hash, its number, and where its characters start and how many in `chars`; a number
   * of 0 marks an empty slot, as get() answers 0 for absent keys. A short ASCII key ("the", "said") keeps its
   * characters in the slot itself, one byte each, flagged INLINE beside its length: the commonest words
   * are checked without reading `chars`, one fetch fewer per word.
   */
  private readonly cells: Int32Array;
  /**
   * Every key's characters in one block: slotAt checks a word against these rather than against the key's
   * own string, one more object to fetch per word when other work has pushed the strings out of cache.
   */
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
      const packed = inline(key);
      this.cells[CELL * s + 2] = packed >= 0 ? packed : at;
      this.cells[CELL * s + 3] = packed >= 0 ? key.length | INLINE : key.length;
      if (packed < 0) for (let k = 0; k < key.length; k++) this.chars[at++] = key.charCodeAt(k);
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
    const meta = this.cells[CELL * s + 3];
    if (j - i !== (meta & LENGTH)) return false;
    if ((meta & INLINE) !== 0) {
      let packed = this.cells[CELL * s + 2];
      for (let k = i; k < j; k++, packed >>>= 8) {
        const c = text.charCodeAt(k);
        if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== (packed & 0xff)) return false;
      }
      return true;
    }
    const at = this.cells[CELL * s + 2];
    for (let k = 0; k < j - i; k++) {
      const c = text.charCodeAt(i + k);
      if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== this.chars[at + k]) return false;
    }
    return true;
  }
}

/** Numbers per slot in `cells`. */
const CELL = 4;
/** In a slot's last number: the key's length, and the flag of a key whose characters the slot holds. */
const LENGTH = 0xffff;
const INLINE = 1 << 16;

/** A key of up to four ASCII characters as one number, a byte each from the lowest: "the" → 0x656874; -1 for any other key. */
function inline(key: string): number {
  if (key.length > 4) return -1;
  let packed = 0;
  for (let k = key.length - 1; k >= 0; k--) {
    const c = key.charCodeAt(k);
    if (c >= 0x80) return -1;
    packed = (packed << 8) | c;
  }
  return packed;
}

/** 15 bits of a hash, its high bits folded into its low ones. */
const digest = (hash: number) => (hash ^ (hash >>> 15)) & 0x7fff;
