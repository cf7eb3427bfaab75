import { ORGANIZATION_WORDS, ROLE_WORDS } from '../lexicon/roles';
import type { Word } from './words';

/**
 * Whether word i is a title rather than part of a name. A capitalised title
 * word after a capitalised given name is a surname: `Ana Pope`, `Tom Justice`,
 * `Steve King`; `Secretary General` and `NATO chief` stay titles.
 */
export function actsAsRole(ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  if (!ROLE_WORDS.has(w.key)) return false;
  const prev = ws[i - 1];
  const surname = w.capital && !!prev && !prev.punct && prev.capital && !ROLE_WORDS.has(prev.key) && !ORGANIZATION_WORDS.has(w.key) && !/['’]s?$/.test(prev.text);
  return !surname;
}
