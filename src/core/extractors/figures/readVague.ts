import { GROUP_WORDS, SCALES, VAGUE_BEFORE_SCALE, VAGUE_SCALES } from '../../lexicon/numberWords';
import type { Candidate } from './candidate';
import type { QualifierMatch } from './qualifier';
import { BRIDGES, CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';
import { readUnitAfter } from './unitAfter';
import type { UnitMatch } from './unitAfter';

/**
 * A magnitude that gives no number, with what it counts: value null,
 * approximate, the magnitude's words as its qualifier unless one came first.
 * "tens of millions of dollars" → money, USD; "thousands of people" → people;
 * "a few thousand applicants" → applicants; "Millions watched" → a count.
 * Not "tens" alone, nor "one in a million".
 */
export function readVague(tokens: readonly Token[], i: number, j: number, qualifier: QualifierMatch | null): Candidate | null {
  const few = readFewScale(tokens, j);
  const k = few ?? readScaleChain(tokens, j);
  if (k < 0) return null;
  // "a few thousand applicants" names its noun at once; "thousands of people" after "of".
  const direct = few !== null ? countedAt(tokens, k + 1) : null;
  const unit = direct ?? (tokens[k + 1]?.lower === 'of' ? countedAt(tokens, k + 2) : null);
  const words: QualifierMatch = { text: tokens.slice(j, k + 1).map((w) => w.lower).join(' '), end: k + 1, approximate: true };
  return { start: i, end: unit ? unit.end : k + 1, amount: null, upper: null, unit, qualifier: qualifier ?? words, vague: true };
}

/** The last token of "hundreds of thousands" at j, each scale after "of" larger; -1 when none, or "tens" alone. */
function readScaleChain(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  // Every word of these tables carries a number: the others skip the lookups.
  let scale = t?.type === 'word' && (t.marks & CARRIES_NUMBER) !== 0 ? VAGUE_SCALES.get(t.lower) : undefined;
  if (scale === undefined) return -1;
  let k = j;
  for (let next = VAGUE_SCALES.get(tokens[k + 2]?.lower ?? ''); tokens[k + 1]?.lower === 'of' && next !== undefined && next > scale; next = VAGUE_SCALES.get(tokens[k + 2]?.lower ?? '')) {
    scale = next;
    k += 2;
  }
  return k === j && t.lower === 'tens' ? -1 : k;
}

/** The last scale word of "a few thousand", "several hundred thousand", "a couple of million" at j, or null. */
function readFewScale(tokens: readonly Token[], j: number): number | null {
  // "a" and the words before a scale are all marked as bridging: a number, the commonest start, is looked up in none.
  const t = tokens[j];
  if (t === undefined || (t.marks & BRIDGES) === 0 || t.type !== 'word') return null;
  let k = t.lower === 'a' ? j + 1 : j;
  const word = tokens[k]?.lower ?? '';
  // "a few", "a couple" take their article; "several", "many" none.
  if (!VAGUE_BEFORE_SCALE.has(word) || (word === 'few' || word === 'couple') !== (k > j)) return null;
  if (word === 'couple' && tokens[k + 1]?.lower === 'of') k++;
  let last = -1;
  let scale = 0;
  for (let s = k + 1; ; s++) {
    const t = tokens[s];
    if (t === undefined || (t.marks & CARRIES_NUMBER) === 0) break;
    const w = t.lower;
    const next = SCALES.get(w) ?? VAGUE_SCALES.get(w) ?? GROUP_WORDS.get(w);
    if (next === undefined || next <= scale) break;
    scale = next;
    last = s;
  }
  return last < 0 ? null : last;
}

/** What a vague amount counts, at token k: a word naming a currency, unit or plural; not "of $12-an-hour", "of seconds-long". */
function countedAt(tokens: readonly Token[], k: number): UnitMatch | null {
  if (tokens[k]?.type !== 'word') return null;
  const unit = readUnitAfter(tokens, k, false);
  const hyphened = unit !== null && tokens[unit.end]?.text === '-' && tokens[unit.end].glued;
  return unit && !hyphened && unit.kind !== 'multiplier' && unit.kind !== 'percent' ? unit : null;
}
