import { STREET_WORDS } from '../../lexicon/identifierWords';
import type { Token } from './tokens';

/** Capitalised words a street name may have before its street word: "Fifth", "Martin Luther King". */
const STREET_NAME_WORDS = 4;

/** Suffixes glued to the digits of a numbered street: "23rd", "5th". */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * True when the digits ending before token `end` number a house: "115 Spring St.",
 * "900 Grand Concourse", "131 West 23rd Street".
 */
export function isHouseNumber(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k <= end + STREET_NAME_WORDS; k++) {
    const t = tokens[k];
    if (t?.type === 'num' && tokens[k + 1]?.glued && ORDINAL_SUFFIXES.has(tokens[k + 1].lower)) {
      k++;
      continue;
    }
    if (t?.type !== 'word' || t.text[0] === t.lower[0]) return false;
    if (k > end && STREET_WORDS.has(t.lower)) return true;
  }
  return false;
}
