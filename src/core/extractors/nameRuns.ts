import { SENTENCE_STARTERS } from '../lexicon/abbreviations';
import { PREPOSITIONS } from '../lexicon/clauseWords';
import { isOpeningModifier } from './phraseWords';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { ROLE_WORDS } from '../lexicon/roles';
import type { Word } from './words';

const isCapitalWord = (w: Word) =>
  !w.punct && w.capital && !SENTENCE_STARTERS.has(w.key) && !DETERMINERS.has(w.key) && !SUBJECT_PRONOUNS.has(w.key) && !PREPOSITIONS.has(w.key);
const isLowerRole = (w: Word) => !w.punct && !w.capital && ROLE_WORDS.has(w.key);

/**
 * Runs of capitalised words (with lower-case titles inside, as in
 * "Democratic presidential candidate Ana Ruiz") within words [from, to]:
 * the candidates for names. `"Yesterday NATO Secretary General Jens Stoltenberg spoke"` → one run of 5 words after "Yesterday".
 */
export function nameRuns(ws: readonly Word[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i <= to) {
    if (!isCapitalWord(ws[i]) || isOpeningModifier(ws, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 <= to && (isCapitalWord(ws[j + 1]) || (isLowerRole(ws[j + 1]) && j + 2 <= to && (isCapitalWord(ws[j + 2]) || isLowerRole(ws[j + 2]))))) j++;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}
