import type { Gender } from '../lexicon/pronouns';
import { ARTICLES_AND_POSSESSIVES, GENDERED_NOUNS } from '../lexicon/pronouns';
import { descriptionHead, nounGender } from './descriptionHead';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';

/** Owners that open a kinship noun besides the articles and possessive pronouns. */
const WHOSE = 'whose';

/** Articles that open a description set between commas after a name. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Most lower-case words of a title between a kinship noun's comma and the name: "the sculptor". */
const TITLE_REACH = 3;

/** How far a description after a name is read for its head. */
const ASIDE_REACH = 8;

/**
 * The gender a kinship noun just before a name gives it: `Her husband, Kit
 * Rayne, …` → male; `his wife Nora Pell`, `his wife, the painter Nora Pell` → female; `her lawyer, Kit Rayne`
 * → unknown. The noun must follow an owner (his, her, whose, the, a, or a
 * name's possessive) so that a word of its own sentence is not read as one.
 */
export function kinGender(ws: readonly Word[], from: number): Gender {
  let k = from - 1;
  // "Her husband, the sculptor Kit Rayne": a title set between the comma and the name.
  let t = k;
  while (t >= 0 && k - t < TITLE_REACH && !ws[t].punct && !ws[t].capital && !ARTICLES.has(ws[t].key)) t--;
  if (t < k && t >= 1 && ARTICLES.has(ws[t].key) && ws[t - 1].text === ',') k = t - 1;
  if (ws[k]?.text === ',') k--;
  const noun = ws[k];
  if (!noun || noun.punct || noun.capital) return 'unknown';
  const gender = GENDERED_NOUNS.get(noun.key);
  if (!gender) return 'unknown';
  const owner = ws[k - 1];
  if (!owner || owner.punct) return 'unknown';
  return ARTICLES_AND_POSSESSIVES.has(owner.key) || owner.key === WHOSE || possessiveEnd(owner.text) > 0 ? gender : 'unknown';
}

/**
 * The gender a description set after the name ending at word `end` gives it:
 * `Terry Vance, a widow from Hove, …` → female; `, the mother of two,` → female;
 * `, a teacher,` → unknown. A word lookup first: most names are followed otherwise.
 */
export function asideGender(ws: readonly Word[], end: number): Gender {
  const first = ws[end + 2];
  if (ws[end + 1]?.text !== ',' || !first || first.capital || !ARTICLES.has(first.key)) return 'unknown';
  let k = end + 3;
  while (k < Math.min(ws.length, end + 2 + ASIDE_REACH) && !ws[k].punct) k++;
  if (k >= ws.length || ws[k].text !== ',' || k - 1 < end + 3) return 'unknown';
  const head = ws[descriptionHead(ws, end + 2, k - 1)];
  return head.capital ? 'unknown' : nounGender(head.key);
}
