import { countNounAt } from './countNoun';
import type { Token } from './tokens';

/**
 * "Zero Hedge said": zero counts plurals and mass nouns, so a capitalised
 * singular after a capitalised "Zero" makes a name, unless it qualifies a plural ("Zero Democratic votes").
 */
export function isNamedZero(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (end !== start + 1 || tokens[start].head < 65 || tokens[start].head > 90) return false;
  if (next?.type !== 'word' || next.glued || next.head < 65 || next.head > 90 || next.lower.endsWith('s')) return false;
  return next.text !== next.text.toUpperCase() && countNounAt(tokens, end + 1) === null;
}

/** "net zero (emissions) by 2050": the climate target's name, glued or not, counts nothing. "net zero" → true. */
export function isNetZero(tokens: readonly Token[], start: number, end: number): boolean {
  return end === start + 1 && tokens[start].lower === 'zero' && tokens[start - 1]?.lower === 'net';
}
