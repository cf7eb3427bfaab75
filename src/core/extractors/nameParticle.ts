import { NAME_PARTICLES } from '../lexicon/firstNames';
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
  if (!isParticleWord(ws[k])) return 0;
  const n = isParticleWord(ws[k + 1]) ? 2 : 1;
  const next = ws[k + n];
  return next && !next.punct && next.capital ? n : 0;
}
