import { digitValue } from './digitValue';
import type { Token } from './tokens';
import { unitOf } from './unitOf';

/** "x", "X", "×" or "*" between a number and a power of ten. */
function isTimes(t: Token): boolean {
  const c = unitOf(t);
  return c === 120 || c === 88 || c === 0xd7 || c === 42;
}
const MINUS = new Set(['-', '−']);

/** A signed exponent at token k, glued to what precedes it: "6", "-1", "−5", "--23". */
function exponentAt(tokens: readonly Token[], k: number): { value: number; end: number } | null {
  let sign = 1;
  while (MINUS.has(tokens[k]?.text ?? '') && tokens[k].glued) {
    sign = -sign;
    k++;
  }
  const t = tokens[k];
  const n = t?.type === 'num' && t.glued ? digitValue(t.text) : null;
  return n === null || !Number.isInteger(n) ? null : { value: sign * n, end: k + 1 };
}

/**
 * Powers written after a number that ends at token k: "1.1^23", "2.5^-1",
 * "1.3x10^6", "2.48×10−5". Returns the value and where it ends, or null.
 */
export function readPower(tokens: readonly Token[], k: number, base: number): { value: number; end: number } | null {
  if (tokens[k]?.text === '^' && tokens[k].glued) {
    const exponent = exponentAt(tokens, k + 1);
    return exponent && { value: base ** exponent.value, end: exponent.end };
  }
  const times = tokens[k];
  const radix = tokens[k + 1];
  if (!times || !isTimes(times) || radix?.type !== 'num' || !radix.glued) return null;
  const r = digitValue(radix.text);
  const caret = tokens[k + 2]?.text === '^' && tokens[k + 2].glued ? 1 : 0;
  const exponent = r === null ? null : exponentAt(tokens, k + 2 + caret);
  if (r === null || !exponent || (!caret && r !== 10)) return null;
  return { value: base * r ** exponent.value, end: exponent.end };
}
