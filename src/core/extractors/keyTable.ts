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
 * new KeyTable(new Map([['said', 5]])).get('said') → 5; .get('okafor') → 0.
 */
export class KeyTable {
  private readonly keys: string[];
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Array<string>(size).fill('');
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      let s = hashKey(key) & this.mask;
      while (this.keys[s] !== '') s = (s + 1) & this.mask;
      this.keys[s] = key;
      this.values[s] = value;
    }
  }

  /** The number stored for key, 0 if none; `hash` is hashKey(key), when the caller has it already. */
  get(key: string, hash = hashKey(key)): number {
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.keys[s];
      if (k === key) return this.values[s];
      if (k === '') return 0;
    }
  }
}
