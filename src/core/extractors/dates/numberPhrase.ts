import { COUNTING_WORDS, VAGUE_COUNTS } from '../../lexicon/cardinals';
import { SCALES, SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import { alternation } from './candidate';

/** Scales that make sense for time: "a hundred years", "two thousand years". */
const SCALE_WORDS: Readonly<Record<string, number>> = Object.fromEntries([...SCALES].filter(([, v]) => v <= 1000));
const CARDINAL_WORDS: Readonly<Record<string, number>> = { ...Object.fromEntries(SMALL_NUMBERS), ...Object.fromEntries(TENS), ...COUNTING_WORDS };
const WORD = `(?:${alternation([...SMALL_NUMBERS.keys(), ...TENS.keys(), 'dozen', ...Object.keys(SCALE_WORDS)])})`;
const SEP = `(?:\\s+and\\s+|-and-|[-\\s]+)`;
const HALF = `(?:${SEP}a${SEP}half)`;

/**
 * A count of time units as written in news: `12`, `2.5`, `2 1/2`, `twenty four`,
 * `two-and-a-half`, `half a`, `a couple of`, `several`, `a few`. Capture-free, so
 * finders can embed it.
 */
export const NUMBER_PHRASE =
  `(?:\\d+(?:\\.\\d+)?(?:\\s+1\\/2|\\s*½)?|half\\s+an?|an?\\s+couple\\s+of|a\\s+few|an?\\s+half|an?\\s+(?:${alternation(Object.keys(SCALE_WORDS))}|dozen)|an?|` +
  `(?:${alternation(VAGUE_COUNTS)})|${WORD}(?:${SEP}${WORD})*${HALF}?)`;

/** Every word a NUMBER_PHRASE may hold, digits aside: what durations may lead with freely. */
export const NUMBER_TOKENS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...Object.keys(SCALE_WORDS), ...Object.keys(COUNTING_WORDS), ...VAGUE_COUNTS,
  'dozen', 'half', 'couple', 'few', 'and', 'of',
]);

/**
 * The number a phrase from NUMBER_PHRASE denotes; null when it is vague.
 * `"two-and-a-half"` → 2.5, `"twenty four"` → 24, `"a few"` → null.
 */
export function toNumber(phrase: string): number | null {
  if (/^\d+$/.test(phrase)) return Number(phrase); // most counts: `12`
  const lower = phrase.toLowerCase().replace('½', ' 1/2').trim();
  if (/^\d/.test(lower)) return Number(lower.replace(/\s+1\/2$/, '')) + (lower.endsWith('1/2') ? 0.5 : 0);
  const words = lower.split(/[-\s]+/).filter((w) => w !== 'and' && w !== 'of');
  if (words.some((w) => VAGUE_COUNTS.has(w))) return null;
  if (words[0] === 'half') return 0.5;
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'a' && words[i + 1] === 'half') {
      current += 0.5;
      i++;
    } else if (w in SCALE_WORDS) {
      current = (current || 1) * SCALE_WORDS[w];
      if (SCALE_WORDS[w] >= 1000) [total, current] = [total + current, 0];
    } else if (w in CARDINAL_WORDS) {
      // "a couple": the article counts as nothing
      if ((w === 'a' || w === 'an') && words[i + 1] === 'couple') continue;
      current += CARDINAL_WORDS[w];
    } else return null;
  }
  const n = total + current;
  return n > 0 ? n : null;
}
