import { BODY_KIND_NOUNS, COMPANY_KIND_ROLES } from '../lexicon/roles';
import { possessiveEnd } from './phraseWords';
import { itTakesUp } from './speaksAsIt';
import { DETERMINER, ORGANIZATION, PLACE, classesOf } from './wordClasses';
import type { Word } from './words';

/** How many words a description before a name in apposition may hold: "the national water utility". */
const REACH = 5;

/**
 * The first word of the description of a kind of body that the name at words [from, to] is set off after, when
 * that description opens its clause, or of the kind that stands right after "the" before the name, so that the
 * name is that body's; past its article or owner: `The national water utility, AquaNor, said` → "national",
 * `The country's largest steelmaker, Harland Steel,` → "largest", `the union Unite Now said` → "union";
 * `His aide, Dana Kell, said` and `… to close the firm, Dana Kell said` → -1.
 */
export function bodyKindBefore(ws: readonly Word[], from: number, to: number): number {
  return kindRightBefore(ws, from) ? from - 1 : setOffAfterBody(ws, from, to);
}

/**
 * `The union Unite Now said`, `the passenger group Vale Rail Users`: a kind of body after "the" (and one lower-case
 * word that says which kind), or opening its clause with one such word (`Passenger group Vale Rail Users`), then the name.
 */
function kindRightBefore(ws: readonly Word[], from: number): boolean {
  const head = ws[from - 1];
  // "body" names a kind only after a word saying which: "trade body", "the industry body"
  const body = head?.key === 'body';
  if (!head || head.capital || head.punct || !(BODY_KIND_NOUNS.has(head.key) || head.key === 'group' || body)) return false;
  const det = ws[from - 2];
  if (!det) return false;
  if (det.key === 'the' || det.key === 'a') return !body;
  const before = ws[from - 3];
  // "Passenger group Rail Users Forward said": a clause may open on the kind with no article
  if (!det.punct && (!before || before.punct)) return true;
  return !det.capital && !det.punct && !!before && (before.key === 'the' || before.key === 'a');
}

function setOffAfterBody(ws: readonly Word[], from: number, to: number): number {
  const head = ws[from - 2];
  if (!head || ws[from - 1].text !== ',' || ws[to + 1]?.text !== ',' || head.punct || head.capital) return -1;
  // "The developer, Northgate Living, said it would appeal": a kind of company that is also a trade
  // ("the developer, Kessler Varga, said he …") names a body when "it" takes the name up.
  if ((classesOf(head) & (ORGANIZATION | PLACE)) !== ORGANIZATION && !(COMPANY_KIND_ROLES.has(head.key) && itTakesUp(ws, to))) return -1;
  // The owner nearest the head ("country's"), whose words the role leaves out.
  let owner = -1;
  for (let k = from - 3; k >= Math.max(0, from - 2 - REACH); k--) {
    const w = ws[k];
    if (w.punct) return -1;
    if ((classesOf(w) & DETERMINER) !== 0) return k === 0 || ws[k - 1].punct ? (owner >= 0 ? owner : k) + 1 : -1;
    if (owner < 0 && possessiveEnd(w.text) > 0) owner = k;
  }
  return -1;
}

/**
 * The last word of a description whose head is a kind of body, set off after the name ending at word `to`:
 * `Harland Steel, the country's largest steelmaker, said` → the index of "steelmaker"; `Dana Kell, the union's
 * leader,` → -1. With `companies`, for a name already known as a body, a kind of company that is also a trade
 * counts: `Northline Rail, the operator,` (a person may be "the operator" too).
 */
export function bodyKindAfter(ws: readonly Word[], to: number, companies = false): number {
  if (ws[to + 1]?.text !== ',' || !ws[to + 2] || ws[to + 2].punct || (classesOf(ws[to + 2]) & DETERMINER) === 0) return -1;
  for (let k = to + 3; k < ws.length && k <= to + 2 + REACH; k++) {
    if (!ws[k].punct) continue;
    const head = ws[k - 1];
    const kind = (classesOf(head) & (ORGANIZATION | PLACE)) === ORGANIZATION || (companies && COMPANY_KIND_ROLES.has(head.key));
    return k > to + 3 && ws[k].text === ',' && !head.capital && kind ? k - 1 : -1;
  }
  return -1;
}

/**
 * The first word of the name in a description that is "the" or "a", a kind of body and that body's capitalised
 * name to its end: `the charity Shelter`, `the union Unite Now` → the index of "Shelter", "Unite"; else -1.
 */
export function nameAfterKind(ws: readonly Word[], from: number, to: number): number {
  if (to < from + 2 || !ws[from + 2].capital || !kindRightBefore(ws, from + 2)) return -1;
  for (let k = from + 2; k <= to; k++) if (ws[k].punct || !ws[k].capital) return -1;
  return from + 2;
}
