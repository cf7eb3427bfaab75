import { SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import { alternation } from './candidate';

/** The unit words a spoken year may end in: `one` … `nine`. */
const UNITS: ReadonlyMap<string, number> = new Map([...SMALL_NUMBERS].filter(([, n]) => n > 0 && n < 10));
const CENTURIES: ReadonlyMap<string, number> = new Map([['eighteen', 1800], ['nineteen', 1900]]);

/**
 * A year as broadcast transcripts spell it, without capturing groups, so that
 * other patterns can hold it: `nineteen ninety-four`, `eighteen sixty`.
 */
export const SPELLED_YEAR = `(?:${alternation(CENTURIES.keys())})[\\s-]+(?:${alternation(TENS.keys())})(?:[\\s-]+(?:${alternation(UNITS.keys())}))?\\b`;

/** The year a SPELLED_YEAR match names: `nineteen ninety-four` → `1994`; null for anything else. */
export function spelledYearValue(words: string): string | null {
  const [century, tens, unit, ...rest] = words.toLowerCase().split(/[\s-]+/);
  const year = (CENTURIES.get(century) ?? NaN) + (TENS.get(tens) ?? NaN) + (unit === undefined ? 0 : UNITS.get(unit) ?? NaN);
  return rest.length === 0 && Number.isFinite(year) ? String(year) : null;
}
