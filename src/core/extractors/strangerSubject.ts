import { descriptionHead, nounGender } from './descriptionHead';
import type { Phrase } from './phraseWords';
import type { Word } from './words';

/** Words that open a description of someone the text does not name. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Whether a word is one of INDEFINITE, read from its text: "A", "an", "One". */
function isIndefinite(w: Word): boolean {
  const t = w.text;
  if (t.length > 7) return false;
  const c = t.charCodeAt(0) | 0x20;
  return (c === 0x61 || c === 0x6f) && INDEFINITE.has(t.length === 1 || !w.capital ? t.toLowerCase() : w.key);
}

/** How many words after "a" a sex-telling noun may stand: "a 29-year-old local woman". */
const HEAD_REACH = 5;

/**
 * Word i when words [i, j) open with someone unnamed of a known sex, as the sentence's
 * subject may, else -1: `A young woman shook her head.` → i; `A storm hit.` → -1.
 * A word lookup first: most sentences open otherwise.
 */
export function opensWithStranger(ws: readonly Word[], i: number, j: number): number {
  // The text before the key: a capitalised word's key is made only when asked, and most sentences open with one.
  if (!isIndefinite(ws[i])) return -1;
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
  if (p.kind !== 'description' || !isIndefinite(ws[p.from])) return -1;
  const head = descriptionHead(ws, p.from, p.to);
  return !ws[head].capital && nounGender(ws[head].key) !== 'unknown' ? head : -1;
}
