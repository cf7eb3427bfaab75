import { hashOf } from './anchorWords';

/**
 * A test of whether text[start, end) spells one of `words` (lower-case ASCII
 * letters) in any case, without copying it: by the words' hashes, then
 * letter by letter. `spelledAmong(['two'])` holds for `Two` in `Two years`.
 * The words sit in typed arrays (an open-addressed table of hashes, each
 * slot with where its word's letters start, and their count): a lookup
 * reads a few numbers, not a Map's entry, a list and its strings.
 */
export function spelledAmong(words: Iterable<string>): (text: string, start: number, end: number) => boolean {
  const find = wordFinder(words);
  return (text, start, end) => find(text, start, end) >= 0;
}

/**
 * Which of `words` (lower-case ASCII letters, the first of any repeats)
 * text[start, end) spells in any case, as its index; -1 when none:
 * `wordFinder(['may', 'will'])` gives 1 for `Will`.
 */
export function wordFinder(words: Iterable<string>): (text: string, start: number, end: number) => number {
  const list = [...words];
  let slots = 8;
  while (slots < 4 * list.length) slots *= 2;
  const mask = slots - 1;
  const hashes = new Int32Array(slots);
  // per slot, the word of that hash: where its letters start in `letters`, plus one (0: an empty slot), and how many;
  // words of one hash take the slots after it
  const at = new Int32Array(slots);
  const lengths = new Int32Array(slots);
  const indexes = new Int32Array(slots);
  const letters = new Uint16Array(list.reduce((n, w) => n + w.length, 0));
  let used = 0;
  list.forEach((word, index) => {
    if (list.indexOf(word) < index) return;
    const h = hashOf(word, 0, word.length);
    let slot = (h ^ (h >>> 12)) & mask;
    while (at[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = h;
    indexes[slot] = index;
    at[slot] = used + 1;
    lengths[slot] = word.length;
    for (let k = 0; k < word.length; k++) letters[used + k] = word.charCodeAt(k);
    used += word.length;
  });
  return (text, start, end) => {
    const h = hashOf(text, start, end);
    for (let slot = (h ^ (h >>> 12)) & mask; at[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashes[slot] !== h || lengths[slot] !== end - start) continue;
      const from = at[slot] - 1;
      let k = 0;
      while (k < end - start && (text.charCodeAt(start + k) | 32) === letters[from + k]) k++;
      if (k === end - start) return indexes[slot];
    }
    return -1;
  };
}
