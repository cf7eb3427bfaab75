import { amountOf } from './amount';
import type { Candidate } from './candidate';
import type { Token } from './tokens';
import type { UnitMatch } from './unitAfter';

/** The owners whose decade of life "in their 40s" tells. */
const OWNERS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'my', 'our', 'your']);
/** Where in the decade: "in his early 50s", "in her mid-30s". */
const PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

const LINKS: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/** True when the token at `k` is a hyphen glued to the word before it: "mid-". */
const isGluedHyphen = (t: Token | undefined): boolean => t?.type === 'sym' && t.head === 45 && t.glued;

/** True when an owner opens the decade at `j`, past "early", "mid-" or "late", or a decade so told links to it: "in their 40s and 50s". */
function isOwned(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  if (LINKS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 's' && tokens[k - 2]?.type === 'num') return isDecadeAt(tokens, k - 2) && isOwned(tokens, k - 2);
  if (isGluedHyphen(tokens[k])) k--;
  if (PARTS.has(tokens[k]?.lower ?? '')) k--;
  return OWNERS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'in';
}

/** "40s": two digits, a round ten, with "s" glued on. */
function isDecadeAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const s = tokens[j + 1];
  return t?.type === 'num' && t.end - t.start === 2 && t.head !== 48 && t.text.charCodeAt(1) === 48 && s?.lower === 's' && s.glued;
}

/**
 * A decade of age, "in their 40s" → an age, a duration as "aged 45" is, of 40 years with the range 40 to 49, which the amount
 * reader steps over as a code ("40s"). Only after "in" and an owner, so "the 80s" or "a 1990s hit" stay no age.
 */
export function readAgeDecade(tokens: readonly Token[], at: number): Candidate | null {
  // the reader may start at the hyphen of "mid-30s", one word whose span is whole
  const j = isGluedHyphen(tokens[at]) ? at + 1 : at;
  if (!isDecadeAt(tokens, j) || !isOwned(tokens, j)) return null;
  const start = isGluedHyphen(tokens[j - 1]) ? j - 2 : j;
  const value = Number(tokens[j].text);
  const unit: UnitMatch = { kind: 'duration', unit: 'year', end: j + 2, category: 'time', scale: 1 };
  return { start, end: j + 2, amount: amountOf(value, j, j + 1, 'cardinal', 1, j), upper: amountOf(value + 9, j, j + 1, 'cardinal', 1, j), unit, qualifier: null, ageDecade: true };
}
