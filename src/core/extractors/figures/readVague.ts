import { VAGUE_SCALES } from '../../lexicon/numberWords';
import type { Candidate } from './candidate';
import type { QualifierMatch } from './qualifier';
import type { Token } from './tokens';
import { readUnitAfter } from './unitAfter';

/**
 * A magnitude that gives no number, with what it counts after "of": value
 * null, approximate, the scale words as its qualifier unless one came first.
 * "tens of millions of dollars" → money, USD; "thousands of people" → people;
 * "Millions watched" → a count. Not "tens" alone, nor "one in a million".
 */
export function readVague(tokens: readonly Token[], i: number, j: number, qualifier: QualifierMatch | null): Candidate | null {
  const t = tokens[j];
  let scale = t?.type === 'word' ? VAGUE_SCALES.get(t.lower) : undefined;
  if (scale === undefined) return null;
  let k = j;
  // "hundreds of thousands of": each scale word after "of" is larger.
  for (let next = VAGUE_SCALES.get(tokens[k + 2]?.lower ?? ''); tokens[k + 1]?.lower === 'of' && next !== undefined && next > scale; next = VAGUE_SCALES.get(tokens[k + 2]?.lower ?? '')) {
    scale = next;
    k += 2;
  }
  if (k === j && t.lower === 'tens') return null;
  let end = k + 1;
  // What is counted is a word: "of $12-an-hour workers" counts no dollars, "of seconds-long talks" no seconds.
  const unit = tokens[end]?.lower === 'of' && tokens[end + 1]?.type === 'word' ? readUnitAfter(tokens, end + 1, false) : null;
  const hyphened = unit !== null && tokens[unit.end]?.text === '-' && tokens[unit.end].glued;
  const counted = unit && !hyphened && unit.kind !== 'multiplier' && unit.kind !== 'percent' ? unit : null;
  if (counted) end = counted.end;
  const words: QualifierMatch = { text: tokens.slice(j, k + 1).map((w) => w.lower).join(' '), end: k + 1, approximate: true };
  return { start: i, end, amount: null, upper: null, unit: counted, qualifier: qualifier ?? words, vague: true };
}
