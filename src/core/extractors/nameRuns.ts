import { isOpeningModifier } from './phraseWords';
import { NOT_NAME, ROLE, classesOf } from './wordClasses';
import type { Word } from './words';

/** Capitalised, and not a word that opens sentences or clauses: "The", "He", "In". */
const isCapitalWord = (w: Word) => !w.punct && w.capital && (classesOf(w) & NOT_NAME) === 0;
const isLowerRole = (w: Word) => !w.punct && !w.capital && (classesOf(w) & ROLE) !== 0;

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
