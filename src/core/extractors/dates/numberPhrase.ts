import { COUNTING_WORDS, VAGUE_COUNTS } from '../../lexicon/cardinals';
import { SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import { alternation } from './candidate';
import { spelledAmong } from './spelledAmong';

/** Scales that make sense for time: "a hundred years", "two thousand years". */
/**
 * Maps, not objects: the words looked up are cut from the text, and an
 * object's lookup by such a string first has to find it among the engine's own.
 */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SCALES].filter(([, v]) => v <= 1000));
const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([...SMALL_NUMBERS, ...TENS, ...Object.entries(COUNTING_WORDS)]);
const WORD = `(?:${alternation([...SMALL_NUMBERS.keys(), ...TENS.keys(), 'dozen', ...SCALE_WORDS.keys()])})`;
const SEP = `(?:\\s+and\\s+|-and-|[-\\s]+)`;
const HALF = `(?:${SEP}a${SEP}half)`;

/**
 * A count of time units as written in news: `12`, `10,000`, `2.5`, `2 1/2`, `twenty four`,
 * `two-and-a-half`, `half a`, `a couple of`, `several`, `a few`. Capture-free, so
 * finders can embed it.
 */
export const NUMBER_PHRASE =
  `(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?(?:\\s+1\\/2|\\s*½)?|half\\s+an?|an?\\s+couple\\s+of|a\\s+few|an?\\s+half|an?\\s+(?:${alternation(SCALE_WORDS.keys())}|dozen)|an?|` +
  `(?:${alternation(VAGUE_COUNTS)})|${WORD}(?:${SEP}${WORD})*${HALF}?)`;

/** Every word a NUMBER_PHRASE may hold, digits aside: what durations may lead with freely. */
export const NUMBER_TOKENS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALE_WORDS.keys(), ...Object.keys(COUNTING_WORDS), ...VAGUE_COUNTS,
  'dozen', 'half', 'couple', 'few', 'and', 'of',
]);
/** NUMBER_TOKENS by hash, for the walks that test the word before a unit without copying it. */
export const IS_NUMBER_TOKEN = spelledAmong(NUMBER_TOKENS);

const DIGITS = 1;
const LETTERS = 2;

/** DIGITS when a phrase is all digits (`/^\d+$/`), LETTERS when all ASCII letters, else 0. */
function shapeOf(phrase: string): number {
  let shape = phrase.length > 0 ? DIGITS | LETTERS : 0;
  for (let i = 0; i < phrase.length && shape !== 0; i++) {
    const c = phrase.charCodeAt(i);
    if (c < 48 || c > 57) shape &= ~DIGITS;
    if ((c | 32) < 97 || (c | 32) > 122) shape &= ~LETTERS;
  }
  return shape;
}

/** The words of a written-out count, `and` and `of` left out; null when it starts with a digit (`2 1/2`). */
function wordsOf(lower: string): string[] | null {
  const spaced = lower.replace('½', ' 1/2').trim();
  if (/^\d/.test(spaced)) return null;
  return spaced.split(/[-\s]+/).filter((w) => w !== 'and' && w !== 'of');
}

/** `2.5`, `2 1/2`, `2½` → 2.5. */
function mixedNumber(lower: string): number {
  const spaced = lower.replace('½', ' 1/2').trim();
  return Number(spaced.replace(/\s+1\/2$/, '')) + (spaced.endsWith('1/2') ? 0.5 : 0);
}

/**
 * The number a phrase from NUMBER_PHRASE denotes; null when it is vague.
 * `"two-and-a-half"` → 2.5, `"twenty four"` → 24, `"a few"` → null.
 */
export function toNumber(phrase: string): number | null {
  const shape = shapeOf(phrase);
  if (shape === DIGITS) return Number(phrase); // most counts: `12`
  // thousands set apart by commas: `10,000`
  if (phrase.length > 4 && phrase.charCodeAt(phrase.length - 4) === 44) return Number(phrase.replace(/,/g, ''));
  const lower = phrase.toLowerCase();
  // one word (`two`, `several`) needs no splitting
  const words = shape === LETTERS ? (lower === 'and' || lower === 'of' ? [] : [lower]) : wordsOf(lower);
  if (words === null) return mixedNumber(lower);
  if (words.some((w) => VAGUE_COUNTS.has(w))) return null;
  if (words[0] === 'half') return 0.5;
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'a' && words[i + 1] === 'half') {
      current += 0.5;
      i++;
    } else if (SCALE_WORDS.has(w)) {
      const scale = SCALE_WORDS.get(w) ?? 1;
      current = (current || 1) * scale;
      if (scale >= 1000) [total, current] = [total + current, 0];
    } else if (CARDINAL_WORDS.has(w)) {
      // "a couple": the article counts as nothing
      if ((w === 'a' || w === 'an') && words[i + 1] === 'couple') continue;
      current += CARDINAL_WORDS.get(w) ?? 0;
    } else return null;
  }
  const n = total + current;
  return n > 0 ? n : null;
}
