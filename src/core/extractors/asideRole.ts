import { isPersonNoun } from './describedAsPerson';
import type { Word } from './words';
import { PREPOSITION, ROLE, classesOf } from './wordClasses';

/** Most words a role set off after a name may have past its article: "former Florida governor". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const MAX_ROLE_WORDS = 4;
/** Most words the phrase of place after a closing aside's title may have: "at the state university". */
const PLACE_WORDS = 4;
/** Words that put the place a title is held at after it: "a pollster at the university", "a lawyer for the family". */
const AT: ReadonlySet<string> = new Set(['at', 'in', 'on', 'for', 'with']);

/**
 * The role an aside after a name states, for the entity's list of roles: an
 * article, then up to four words ending in a title or trade, with no
 * preposition before it. `Ana Hale, the former Leeds mayor,` → "former Leeds mayor";
 * `Ana Hale, a pollster at the university,` → "pollster"; `Ana Hale, a
 * leading voice on tax,` → null (a description, kept only for matching).
 */
export function asideRole(text: string, ws: readonly Word[], aside: readonly [number, number]): string | null {
  const from = aside[0];
  let to = aside[1];
  if (!ARTICLES.has(ws[from].key) || to - from < 1) return null;
  // "an economist at the bank": the title before the place it is held at.
  for (let k = from + 1; k <= to; k++) {
    if (ws[k].punct) return null;
    // "the president of the foundation" keeps its "of" and is left a description, as before.
    if (AT.has(ws[k].key)) {
      to = k - 1;
      break;
    }
    if ((classesOf(ws[k]) & PREPOSITION) !== 0) return null;
  }
  if (to - from < 1 || to - from > MAX_ROLE_WORDS) return null;
  const head = ws[to];
  if (head.capital || !((classesOf(head) & ROLE) !== 0 || isPersonNoun(head.key))) return null;
  return text.slice(ws[from + 1].start, head.end);
}

/**
 * The aside that closes a sentence after a name, which asideAfter (an aside closed by a comma) leaves:
 * `said Ana Hale, a pollster.` → the indexes of "a" and "pollster"; null for none.
 */
export function closingAside(ws: readonly Word[], end: number): [number, number] | null {
  if (ws[end + 1]?.text !== ',' || !ws[end + 2] || !ARTICLES.has(ws[end + 2].key)) return null;
  // The title and a short phrase of where it is held: "a pollster at the state university."
  for (let k = end + 3; k < Math.min(ws.length, end + 4 + MAX_ROLE_WORDS + PLACE_WORDS); k++) {
    if (!ws[k].punct) continue;
    return ws[k].text === '.' || ws[k].text === '!' || ws[k].text === '?' ? [end + 2, k - 1] : null;
  }
  return null;
}
