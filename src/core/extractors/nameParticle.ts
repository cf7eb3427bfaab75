import { GAELIC_PATRONYMICS, NAME_PARTICLES } from '../lexicon/firstNames';
import type { Word } from './words';

/** No particle is longer than "della": a longer word's key is not looked up. */
const LONGEST = 5;

const isParticleWord = (w: Word | undefined) => !!w && !w.punct && !w.capital && w.text.length <= LONGEST && NAME_PARTICLES.has(w.key);

/**
 * How many particle words open at word k and go on to a capitalised word, so that a name may run
 * through them: 2 for "von der" in "Greta von der Hale", 1 for "de" in "Ana de Vell"; 0 for
 * "de" in "de facto" or a particle that ends its sentence.
 */
export function particlesAt(ws: readonly Word[], k: number): number {
  // "Ruairí Mac an tSaoir": the Gaelic article after "Mac", before a capital or a capital the article mutates.
  if (ws[k]?.text === 'an' && k > 0 && GAELIC_PATRONYMICS.has(ws[k - 1].key) && ws[k - 1].capital) return ws[k + 1] && (ws[k + 1].capital || mutatedCapital(ws[k + 1])) ? 1 : 0;
  if (!isParticleWord(ws[k])) return 0;
  const n = isParticleWord(ws[k + 1]) ? 2 : 1;
  const next = ws[k + n];
  return next && !next.punct && next.capital ? n : 0;
}

/** "tSaoir", "nGael", "hÉireann": a capital after the letter Irish puts before it, /^[tnh]\p{Lu}\p{Ll}/u. */
export function mutatedCapital(w: Word): boolean {
  const t = w.text;
  const c = t.charCodeAt(0);
  return !w.punct && t.length >= 4 && (c === 0x74 || c === 0x6e || c === 0x68) && MUTATED.test(t);
}
const MUTATED = /^[tnh]\p{Lu}\p{Ll}/u;

/** Whether word k is a mutated capital right after the Gaelic article inside a name: "tSaoir" in "Mac an tSaoir". */
export const mutatedAt = (ws: readonly Word[], k: number) => k > 1 && ws[k - 1].text === 'an' && mutatedCapital(ws[k]) && particlesAt(ws, k - 1) > 0;
