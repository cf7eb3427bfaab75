import { descriptionHead, nounGender } from './descriptionHead';
import type { Phrase } from './phraseWords';
import type { Word } from './words';

/** Words that open a description of someone the text does not name. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** How many words after "a" a sex-telling noun may stand: "a 29-year-old local woman". */
const HEAD_REACH = 5;

/**
 * Whether words [i, j) open with someone unnamed of a known sex, as the sentence's
 * subject may: `A young woman shook her head.` → true; `A storm hit.` → false.
 * A word lookup first: most sentences open otherwise.
 */
export function opensWithStranger(ws: readonly Word[], i: number, j: number): number {
  if (!INDEFINITE.has(ws[i].key)) return -1;
  for (let k = i + 1; k < Math.min(j, i + 1 + HEAD_REACH); k++) {
    if (ws[k].punct) return -1;
    if (!ws[k].capital && nounGender(ws[k].key) !== 'unknown') return i;
  }
  return -1;
}

/**
 * The head of a subject phrase that describes, without a name, a person whose sex it tells, or -1:
 * `A young woman at the back` → "woman"; `a storm`, `the woman` → -1 (the latter may be someone
 * named before, as knownHolder reads).
 */
export function strangerHead(ws: readonly Word[], p: Phrase): number {
  if (p.kind !== 'description' || !INDEFINITE.has(ws[p.from].key)) return -1;
  const head = descriptionHead(ws, p.from, p.to);
  return !ws[head].capital && nounGender(ws[head].key) !== 'unknown' ? head : -1;
}
