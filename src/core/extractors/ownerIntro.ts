import type { Gender } from '../lexicon/pronouns';
import { FINITE_BE } from '../lexicon/clauseWords';
import type { Word } from './words';

/** Possessives whose owner a colon intro of this shape quotes: "Her verdict was blunt:". */
const OWNERS: ReadonlyMap<string, Gender> = new Map([
  ['her', 'female'],
  ['his', 'male'],
  ['their', 'plural'],
]);


/**
 * The owner's gender when words [from, to] are a possessive phrase set before a copula, up to two
 * words and a colon: "Her verdict was blunt:", "His message to the government was simple:". The
 * quote after it is the owner's words, not the verdict's; null for any other phrase.
 */
export function ownerIntro(ws: readonly Word[], from: number, to: number): Gender | null {
  const owner = OWNERS.get(ws[from].key);
  if (owner === undefined || to === from || !FINITE_BE.has(ws[to + 1]?.key ?? '')) return null;
  for (let k = to + 2; k <= to + 4 && k < ws.length; k++) {
    const w = ws[k];
    if (w.text === ':') return k > to + 2 ? owner : null;
    if (w.punct) return null;
  }
  return null;
}
