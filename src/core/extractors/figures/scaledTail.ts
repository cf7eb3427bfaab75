import { SCALES } from '../../lexicon/numberWords';
import { digitValue } from './digitValue';
import { readNumberWords } from './numberWords';
import type { Token } from './tokens';
import { readUnitAfter } from './unitAfter';

/**
 * The smaller part after digits and a scale word, at token k:
 * "4 thousand | 3 hundred and 21" → 321; "3 million | and a quarter" → 0.25e6.
 * Only with "and" or a scale word of its own, and never when a unit follows,
 * since "2 million and 500 jobs" counts two things.
 */
export function readScaledTail(tokens: readonly Token[], k: number, scale: number): { value: number; end: number } | null {
  const and = tokens[k]?.lower === 'and';
  const j = and ? k + 1 : k;
  const t = tokens[j];
  let value: number;
  let end: number;
  if (t?.type === 'num' && !t.glued) {
    const digits = digitValue(t.text);
    const inner = SCALES.get(tokens[j + 1]?.lower ?? '');
    if (digits === null || !Number.isInteger(digits)) return null;
    const scaled = inner !== undefined && inner < scale;
    value = scaled ? digits * inner : digits;
    end = scaled ? j + 2 : j + 1;
    const more = scaled ? readScaledTail(tokens, end, inner) : null;
    if (more) [value, end] = [value + more.value, more.end];
    if ((!and && !scaled) || (!scaled && scaleFollows(tokens, end))) return null;
  } else if (t?.type === 'word') {
    const words = readNumberWords(tokens, j);
    if (words?.form === 'fraction' && and) return { value: words.value * scale, end: words.end };
    if (!words || words.form !== 'cardinal' || (!and && words.end === j + 1)) return null;
    [value, end] = [words.value, words.end];
  } else {
    return null;
  }
  return value > 0 && value < scale && !readUnitAfter(tokens, end, false) ? { value, end } : null;
}

/** A scale word at token k, or hyphenated there: "7 million", "7-million". */
function scaleFollows(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k]?.text === '-' && tokens[k].glued ? 1 : 0;
  return SCALES.has(tokens[k + hyphen]?.lower ?? '');
}
