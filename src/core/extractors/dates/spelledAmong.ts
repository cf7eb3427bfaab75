import { hashOf, spells } from './anchorWords';

/**
 * A test of whether text[start, end) spells one of `words` (lower-case ASCII
 * letters) in any case, without copying it: by the words' hashes, then
 * letter by letter. `spelledAmong(['two'])` holds for `Two` in `Two years`.
 */
export function spelledAmong(words: Iterable<string>): (text: string, start: number, end: number) => boolean {
  const byHash = new Map<number, string[]>();
  for (const word of words) {
    const h = hashOf(word, 0, word.length);
    byHash.set(h, [...(byHash.get(h) ?? []), word]);
  }
  return (text, start, end) => {
    const same = byHash.get(hashOf(text, start, end));
    return same !== undefined && same.some((word) => spells(text, start, end, word));
  };
}
