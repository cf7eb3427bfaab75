import { BODY_KIND_NOUNS } from '../lexicon/roles';
import { DETERMINER, ORGANIZATION, PLACE, classesOf } from './wordClasses';
import type { Word } from './words';

/** How many words a description before a name in apposition may hold: "the national water utility". */
const REACH = 5;

/**
 * Whether the name at words [from, to] is set off by commas right after a description of a body that opens
 * its clause, or stands right after "the" and a kind of body, so that it names that body: `The national
 * water utility, AquaNor, said`, `the union Unite Now said` → true; `His aide, Dana Kell, said` and
 * `… to close the firm, Dana Kell said` → false.
 */
export function namesBodyBefore(ws: readonly Word[], from: number, to: number): boolean {
  return kindRightBefore(ws, from) || setOffAfterBody(ws, from, to);
}

/** `The union Unite Now said`: a kind of body right after "the", then the name. */
function kindRightBefore(ws: readonly Word[], from: number): boolean {
  const head = ws[from - 1];
  const det = ws[from - 2];
  return !!head && !!det && !head.capital && BODY_KIND_NOUNS.has(head.key) && (det.key === 'the' || det.key === 'a');
}

function setOffAfterBody(ws: readonly Word[], from: number, to: number): boolean {
  const head = ws[from - 2];
  if (!head || ws[from - 1].text !== ',' || ws[to + 1]?.text !== ',' || head.punct || head.capital) return false;
  if ((classesOf(head) & (ORGANIZATION | PLACE)) !== ORGANIZATION) return false;
  for (let k = from - 3; k >= Math.max(0, from - 2 - REACH); k--) {
    const w = ws[k];
    if (w.punct) return false;
    if ((classesOf(w) & DETERMINER) !== 0) return k === 0 || ws[k - 1].punct;
  }
  return false;
}
