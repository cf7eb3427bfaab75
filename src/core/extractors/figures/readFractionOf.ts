import { amountOf, readAmount } from './amount';
import type { Amount } from './amount';
import { isLikelyYear } from './dateContext';
import type { Token } from './tokens';
import { CARRIES_NUMBER } from './tokenMarks';
import { readUnitAfter } from './unitAfter';

/**
 * A proportion written with "over", "out of" or "in" after a bare number:
 * "one over three" → 1/3; "one out of three voters", "two in three voters",
 * "one in every five", "two of every three", "a 1-in-5 chance" → 1/3, 2/3, 1/5, 2/3, 1/5.
 * Not when the second number has a unit of its own ("5 over 3 years",
 * "five in 10 days"), is a year ("65 in 2025") or is the smaller ("5 in 2 attacks",
 * "52 over 48").
 */
export function readFractionOf(tokens: readonly Token[], numerator: Amount): Amount | null {
  if (numerator.form !== 'cardinal') return null;
  const link = linkAfter(tokens, numerator.end);
  if (!link || endsName(tokens, numerator.start)) return null;
  const { word, share } = link;
  // "in" mostly opens a place or a date: a number must follow before anything is read.
  if (word === 'in' && ((tokens[link.end]?.marks ?? 0) & CARRIES_NUMBER) === 0) return null;
  const denominator = readAmount(tokens, link.end, false);
  if (!denominator || denominator === 'invalid' || denominator.form !== 'cardinal' || denominator.value === 0) return null;
  if (share && numerator.value >= denominator.value && !(word === 'out' && numerator.value === denominator.value)) return null;
  // prose writes a fraction above one as a number, and "52 over 48" is a tally: a vote, a score
  if (word === 'over' && numerator.value >= denominator.value) return null;
  if (word === 'in' && (numerator.scale !== 1 || (denominator.digits !== null && isLikelyYear(tokens[denominator.digits].text)))) return null;
  const unit = readUnitAfter(tokens, denominator.end, false);
  if (unit && !(share && unit.category === 'count')) return null;
  return amountOf(numerator.value / denominator.value, numerator.start, denominator.end, 'fraction', numerator.scale, numerator.digits);
}

/**
 * "Uranium One in three deals": a capitalised number after a capitalised word, before a lower-case link, ends a name.
 * A name's words stand one space apart: a headline's last word above a blank line starts none ("…Outbreak\n\nOne in five").
 */
function endsName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  const before = tokens[start - 1];
  const link = tokens[start + 1];
  const capital = (w: Token | undefined) => w?.type === 'word' && w.text[0] !== w.lower[0];
  return capital(t) && capital(before) && t.start - before.end === 1 && !capital(link);
}

/**
 * The words joining the two numbers at token k: "over", "in", "out of",
 * "in every", "out of every", "of every", or "-in-" glued between digits.
 */
function linkAfter(tokens: readonly Token[], k: number): { word: string; share: boolean; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'over') return { word: 'over', share: false, end: k + 1 };
  if (t.text === '-' && t.glued && tokens[k + 1]?.lower === 'in' && tokens[k + 1].glued && tokens[k + 2]?.text === '-' && tokens[k + 2].glued && tokens[k + 3]?.glued) {
    return { word: 'in', share: true, end: k + 3 };
  }
  const out = t.lower === 'out' && tokens[k + 1]?.lower === 'of';
  const after = out ? k + 2 : k + 1;
  const every = tokens[after]?.lower === 'every' ? 1 : 0;
  if (out || t.lower === 'in') return { word: out ? 'out' : 'in', share: true, end: after + every };
  return t.lower === 'of' && every ? { word: 'of', share: true, end: after + 1 } : null;
}
