import { phraseBefore } from './phraseBefore';
import type { Phrase } from './phraseWords';
import { opensClause } from './phraseWords';
import { isFiniteVerb, isModifier } from './verbForms';
import type { Word } from './words';

/** `A city aide, who asked not to be named, said`: a relative clause marks a description as the subject. */
const RELATIVES = new Set(['who', 'which']);
const CLAUSE_END = new Set(['.', ':', ';', '"', '“', '”', '!', '?', '(', ')']);

/**
 * `Jens Stoltenberg, NATO's chief, | said`, `Harry Wendell, 30, of Raleigh, who voted, | said`:
 * the farthest name before a chain of commas that opens its clause.
 */
export function appositive(ws: readonly Word[], comma: number, floor: number): Phrase | null {
  let best: Phrase | null = null;
  for (let k = comma - 1; k >= Math.max(floor, comma - 24); k--) {
    const w = ws[k];
    if (w.text === ',') {
      const p = phraseBefore(ws, k - 1, floor);
      if (p && (p.kind !== 'description' || RELATIVES.has(ws[k + 1]?.key) || describedAgain(ws, k, comma, p)) && opensClause(ws, p.from, floor)) best = p;
    } else if (w.punct && CLAUSE_END.has(w.text)) break;
  }
  if (best) return best;
  // "The leader of the league, Dana Kell, | warned": the name set off by commas.
  const named = phraseBefore(ws, comma - 1, floor);
  if (!named || named.kind !== 'name') return null;
  const before = named.from - 1;
  return before >= floor && (ws[before].text === ',' || titleAfterComma(ws, before, floor)) ? named : null;
}

/** Articles that open a second description of the same one: "The plaintiffs, a coalition of tenants, said". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether a description with its own article ("the plaintiffs") is set off by the comma at `k` before one
 * aside that opens with "a" or "an" and runs to the verb's comma `end`: the aside describes it again, and
 * the description is the subject. "The next day, a spokesman, Ana Kell, said" has more than one aside.
 */
function describedAgain(ws: readonly Word[], k: number, end: number, p: Phrase): boolean {
  if (!INDEFINITE.has(ws[k + 1]?.key ?? '') || !(ws[p.from].key === 'the' || INDEFINITE.has(ws[p.from].key))) return false;
  for (let m = k + 2; m < end; m++) if (ws[m].text === ',') return false;
  return true;
}

/** Most lower-case words of a title between "the" and a name: "the veteran union sculptor". */
const TITLE_WORDS = 3;

/** `Her husband, the sculptor | Tomas Kell,`: whether words back from `k` are "the" and a lower-case title after a comma. */
function titleAfterComma(ws: readonly Word[], k: number, floor: number): boolean {
  let s = k;
  while (s >= floor && k - s < TITLE_WORDS && !ws[s].punct && !ws[s].capital && ws[s].key !== 'the' && !isFiniteVerb(ws[s]) && !isModifier(ws[s])) s--;
  return s < k && s - 1 >= floor && ws[s].key === 'the' && ws[s - 1].text === ',';
}
