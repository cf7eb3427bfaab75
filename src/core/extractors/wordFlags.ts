/** A longer article gets a block of its own, so the kept one stays small. */
const KEPT_WORDS = 1 << 16;
let block = new Uint8Array(1 << 12);

/**
 * One flag per word, all 0, in a block kept between calls: the caller sets
 * the flags it needs and clears them again before it returns, since a new
 * typed array per article costs more than a Set, and a Set more than flags.
 * wordFlags(300) → 0 for words 0…299.
 */
export function wordFlags(words: number): Uint8Array {
  if (words > KEPT_WORDS) return new Uint8Array(words);
  if (block.length < words) block = new Uint8Array(KEPT_WORDS);
  return block;
}
