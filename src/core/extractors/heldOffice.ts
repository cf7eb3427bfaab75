import { possessiveEnd } from './phraseWords';
import { ORGANIZATION, ROLE, classesOf } from './wordClasses';
import type { Word } from './words';

/** Verbs that put a subject into an office: "became", "was named". */
const BECAME: ReadonlySet<string> = new Set(['became', 'becomes']);
const NAMED: ReadonlySet<string> = new Set(['named', 'appointed', 'elected', 'made']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'is']);
const PERFECT: ReadonlySet<string> = new Set(['has', 'had', 'have']);
/** Words before the office that are no part of it: "the", "Merovia's", "first". */
const BEFORE_OFFICE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'first', 'new', 'next', 'youngest', 'oldest']);
const MAX_WORDS = 4;
/** Words that may follow an office: "became minister in 2020", "was named chairman last year". */
const AFTER_OFFICE: ReadonlySet<string> = new Set(['last', 'this', 'early', 'late', 'then', 'by', 'under', 'from', 'until', 'before', 'during', 'as', 'but']);
/** Words that end the phrase of an office: "a fan of the president" holds none. */
const STOPS: ReadonlySet<string> = new Set(['of', 'to', 'in', 'for', 'at', 'with', 'on', 'and', 'or', 'who', 'that', 'the', 'a', 'an', 'after', 'since', 'when']);

/**
 * The office a subject named at words ending at `end` is put into: `Aiko Tanabe became Merovia's first
 * Climate Commissioner` → "Climate Commissioner"; `Lyle Marsh was named the bank's chief economist` →
 * "chief economist"; null when no title word ends the phrase ("became a symbol of …").
 */
export function heldOffice(text: string, ws: readonly Word[], end: number): string | null {
  let k = end + 1;
  if (BECAME.has(ws[k]?.key ?? '')) k++;
  else if (PASSIVE.has(ws[k]?.key ?? '') && NAMED.has(ws[k + 1]?.key ?? '')) k += 2;
  // "has been named": "has named" alone is active, and its object holds the office
  else if (PERFECT.has(ws[k]?.key ?? '') && ws[k + 1]?.key === 'been' && NAMED.has(ws[k + 2]?.key ?? '')) k += 3;
  else return null;
  // the owner and the words before the office: "the bank's", "Merovia's first"
  for (let n = 0; n < 4 && ws[k] && !ws[k].punct && (BEFORE_OFFICE.has(ws[k].key) || possessiveEnd(ws[k].text) > 0); n++) k++;
  let head = -1;
  for (let j = k; j < k + MAX_WORDS && ws[j] && !ws[j].punct && !STOPS.has(ws[j].key); j++) {
    if ((classesOf(ws[j]) & ROLE) === 0) {
      // "chief economist": words before the title word qualify it; a word after it ends the office
      if (head >= 0) break;
      continue;
    }
    head = j;
  }
  // "campaign finance reform", "the Democratic Party": a word that qualifies a noun after it, or a body, holds no office.
  if (head < 0 || (classesOf(ws[head]) & ORGANIZATION) !== 0) return null;
  const after = ws[head + 1];
  if (after && !after.punct && !after.capital && !STOPS.has(after.key) && !AFTER_OFFICE.has(after.key)) return null;
  return text.slice(ws[k].start, ws[head].end);
}
