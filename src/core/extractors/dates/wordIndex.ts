import type { FinderContext } from './candidate';

const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** A lower-case anchor word and the classes (finders' word sets) it belongs to. */
interface Entry {
  readonly word: string;
  readonly classes: number[];
}

/** Hashes kept to 30 bits stay small integers, which a Map looks up without boxing a number. */
const SMI = 0x3fffffff;

/** Anchor words by a hash of their letters, so that other words cost no allocation. */
const BY_HASH = new Map<number, Entry[]>();
let classCount = 0;
/** One per finder context: for each class, its words' starts in text order. */
const INDEXES = new WeakMap<FinderContext, number[][]>();

function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) & SMI;
  return h;
}

/** Whether text[start, end) spells `word` in any case. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Registers a set of anchor words (lower-case letters only), at module load;
 * returns its class for wordAnchors. `wordClass(['day', 'days'])` → 0.
 */
export function wordClass(words: Iterable<string>): number {
  const id = classCount++;
  for (const word of new Set(words)) {
    const h = hashOf(word, 0, word.length);
    const entries = BY_HASH.get(h) ?? [];
    const entry = entries.find((e) => e.word === word);
    if (entry) entry.classes.push(id);
    else entries.push({ word, classes: [id] });
    BY_HASH.set(h, entries);
  }
  return id;
}

/** One pass over the words from ctx.from on, filling every class at once. */
function indexOf(ctx: FinderContext): number[][] {
  const cached = INDEXES.get(ctx);
  if (cached) return cached;
  const { text, from } = ctx;
  const index: number[][] = Array.from({ length: classCount }, () => []);
  let i = from;
  while (i > 0 && i < text.length && isWord(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i))) i++; // a word cut by `from` is no word
  while (i < text.length) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // the run and its hash in one sweep, as hashOf computes it
    const start = i;
    let h = 0;
    for (let c = text.charCodeAt(i); i < text.length && isWord(c); c = text.charCodeAt(++i)) h = (Math.imul(h, 31) + (c | 32)) & SMI;
    const entries = BY_HASH.get(h);
    if (!entries) continue;
    for (const entry of entries) {
      if (!spells(text, start, i, entry.word)) continue;
      for (const id of entry.classes) index[id].push(start);
    }
  }
  INDEXES.set(ctx, index);
  return index;
}

/**
 * Where the words of a class stand as whole words, in text order: what
 * `\b(?:day|days)\b` with flag `i` finds from ctx.from on.
 */
export function wordAnchors(ctx: FinderContext, id: number): readonly number[] {
  return indexOf(ctx)[id];
}

/** The words of a simple alternation, `s?` spelled out: `days?|century` → day, days, century. */
export function wordSet(alternation: string): string[] {
  return alternation.toLowerCase().split('|').flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]));
}
