import { CLOCK_ZONES, MONTHS, WEEKDAYS } from '../lexicon/temporal';
import type { Range } from './fragmentWords';

/** Capitalised words that go on with a clock time: its zone, day or month (`5 p.m. ET`, `9 a.m. Tuesday`). */
const ZONES: ReadonlySet<string> = new Set(CLOCK_ZONES);
const ZONE_WORDS: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich', 'universal', 'british', 'local']);
/** `5 p.m. Moscow time`: a place before "time". */
const PLACE_TIME = /^\s*\S+\s+time\b/;

/**
 * Whether the capitalised word `first` opening `after` still belongs to the
 * clock time (`a.m.`, `p.m.`) ending the fragment before: a zone, a day, a
 * month, or a place before "time". Any other capital word opens a sentence:
 * `at 5 p.m. Union leaders were defiant`.
 * `("Tuesday", …)` → true; `("Union", …)` → false.
 */
export function clockTimeGoesOn(text: string, first: string, after: Range): boolean {
  // One letter may begin a dotted zone (`9 p.m. E.T.`) as well as an initial.
  if (first.length === 1 || ZONES.has(first)) return true;
  const key = first.toLowerCase();
  if (Object.hasOwn(WEEKDAYS, key) || Object.hasOwn(MONTHS, key) || ZONE_WORDS.has(key)) return true;
  return PLACE_TIME.test(text.slice(after.start, Math.min(after.end, after.start + 40)));
}
