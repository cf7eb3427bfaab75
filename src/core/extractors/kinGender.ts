import type { Gender } from '../lexicon/pronouns';
import { ARTICLES_AND_POSSESSIVES, GENDERED_NOUNS } from '../lexicon/pronouns';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';

/** Owners that open a kinship noun besides the articles and possessive pronouns. */
const WHOSE = 'whose';

/**
 * The gender a kinship noun just before a name gives it: `Her husband, Kit
 * Rayne, …` → male; `his wife Nora Pell` → female; `her lawyer, Kit Rayne`
 * → unknown. The noun must follow an owner (his, her, whose, the, a, or a
 * name's possessive) so that a word of its own sentence is not read as one.
 */
export function kinGender(ws: readonly Word[], from: number): Gender {
  let k = from - 1;
  if (ws[k]?.text === ',') k--;
  const noun = ws[k];
  if (!noun || noun.punct) return 'unknown';
  const gender = GENDERED_NOUNS.get(noun.key);
  if (!gender) return 'unknown';
  const owner = ws[k - 1];
  if (!owner || owner.punct) return 'unknown';
  return ARTICLES_AND_POSSESSIVES.has(owner.key) || owner.key === WHOSE || possessiveEnd(owner.text) > 0 ? gender : 'unknown';
}
