/**
 * Lexicon words grouped by length, so that a word of the text is looked up
 * where it stands: no slice, no lower-cased copy per look-up. The frame checks
 * ask about the word before or after nearly every reporting verb and quote.
 */
export type WordTable = readonly (readonly string[] | undefined)[];

/** The words of the sets, grouped by length: wordTable(new Set(['a', 'an'])) → [, ['a'], ['an']]. */
export function wordTable(...sets: ReadonlySet<string>[]): WordTable {
  const byLength: string[][] = [];
  for (const set of sets) for (const w of set) (byLength[w.length] ??= []).push(w);
  return byLength;
}

/**
 * Whether text.slice(start, end).toLowerCase() is a word of the table, for a
 * slice of letters, digits, apostrophes and hyphens: folding with `| 32`
 * lower-cases A–Z and leaves those others unchanged, and no lexicon word holds
 * a character outside ASCII. hasWordAt("The vote", 0, 3, wordTable(new Set(['the']))) → true.
 */
export function hasWordAt(text: string, start: number, end: number, table: WordTable): boolean {
  const words = table[end - start];
  if (!words) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    let i = 0;
    while (i < w.length && (text.charCodeAt(start + i) | 32) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}
