import type { Token } from './tokens';

/**
 * The code unit of a token one code unit long, else -1, so that a sign is
 * told by its code with no string cut or set looked up: "–" → 0x2013; "km" → -1.
 */
export function unitOf(t: Token | undefined): number {
  return t !== undefined && t.end - t.start === 1 ? t.head : -1;
}
