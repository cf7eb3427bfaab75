import { isLetter } from './framePhrases';

/** Verbs that name whom they warn before what of: "warned officials about cracks", "alerted staff to the risk". */
const WARNING = /^(?:warn|alert|remind)/i;
/** Words that go on with the thing warned of after whom: "about cracks", "of the risk". */
const OF_THING: ReadonlySet<string> = new Set(['about', 'of', 'over', 'against', 'to']);
/** Words that show a clause opened instead: "warned the plan would fail", "warned officials were slow". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'was', 'were', 'is', 'are', 'had', 'has', 'have']);
/** Most words whom a warning names before its "about": "county officials", "the board's members". */
const MAX_WHOM = 4;

/**
 * Whether a verb of warning at `verb` is followed, from `at`, by whom it warned and then what of, with no clause:
 * "warned county officials about cracks" → true; "warned the plan would fail" → false. Such a frame reports no
 * words of its own, so the claim is the whole sentence.
 */
export function warnedOf(seg: string, at: number, verb: string): boolean {
  if (!WARNING.test(verb)) return false;
  let i = at;
  for (let n = 0; n <= MAX_WHOM; n++) {
    while (i < seg.length && !isLetter(seg.charCodeAt(i))) i++;
    let e = i;
    while (e < seg.length && isLetter(seg.charCodeAt(e))) e++;
    if (e === i) return false;
    const word = seg.slice(i, e).toLowerCase();
    if (n > 0 && OF_THING.has(word)) return true;
    if (CLAUSE_WORDS.has(word)) return false;
    i = e;
  }
  return false;
}
