/** ASCII letters, digits and `_`: what `\w` is in a regex without the `u` flag. */
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Only ASCII letters fold, as in a non-unicode `i` regex; `_` and digits are left as they are. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** Hashes kept to 30 bits stay small integers, which a Map looks up without boxing. */
const SMI = 0x3fffffff;

/** A lower-case leading word and the lexicons (bits) whose phrases open with it. */
interface Entry {
  readonly word: string;
  mask: number;
}

/** Leading words by a hash of their folded letters, so that other words cost no allocation. */
const BY_HASH = new Map<number, Entry[]>();
/** At most 31 lexicons fit the bit mask; the rest are searched the plain way. */
const MAX_LEXICONS = 31;
let lexiconCount = 0;
let lastText: string | null = null;
let lastStarts: number[][] = [];

function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (fold(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Registers the leading words of a lexicon's phrases (each one's first run of
 * `\w`, lower-case); returns the lexicon's id, or -1 when no bit is left.
 * `leadingWords(['need', 'won'])` → 0 on the first call.
 */
export function leadingWords(words: Iterable<string>): number {
  if (lexiconCount >= MAX_LEXICONS) return -1;
  const id = lexiconCount++;
  for (const word of new Set(words)) {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + fold(word.charCodeAt(i))) & SMI;
    const entries = BY_HASH.get(h) ?? [];
    const entry = entries.find((e) => e.word === word);
    if (entry) entry.mask |= 1 << id;
    else entries.push({ word, mask: 1 << id });
    BY_HASH.set(h, entries);
  }
  lastText = null; // the last text's starts lack the new lexicon
  return id;
}

/**
 * Where the lexicon's leading words start in the text, ascending: a cue regex
 * that opens on a whole word can match only there. One pass over the words
 * serves every lexicon, as the classifier and the features ask about the same
 * claim one lexicon after another. "We need to act" → [3] for a lexicon with "need to".
 */
export function leadStarts(text: string, id: number): readonly number[] {
  if (text === lastText) return lastStarts[id];
  const starts: number[][] = [];
  for (let b = 0; b < lexiconCount; b++) starts.push([]);
  for (let i = 0; i < text.length; ) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (let c = text.charCodeAt(i); i < text.length && isWord(c); c = text.charCodeAt(++i)) h = (Math.imul(h, 31) + fold(c)) & SMI;
    const entries = BY_HASH.get(h);
    if (!entries) continue;
    for (const e of entries) {
      if (!spells(text, start, i, e.word)) continue;
      for (let b = 0; b < lexiconCount; b++) if (e.mask & (1 << b)) starts[b].push(start);
    }
  }
  lastText = text;
  lastStarts = starts;
  return starts[id];
}
