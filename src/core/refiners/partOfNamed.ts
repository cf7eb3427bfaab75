import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { mapped } from './unchangedOr';

/** ` of ` between two mentions, with nothing else. */
const OF = /^\s+of\s+$/i;
/** A part of a day that names no day itself: `the morning` → `MO`. */
const PART_OF_DAY = /^\d{4}-\d\d-\d\dT(MO|AF|EV|NI)$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
/** A month or season that names no year itself: `January` → `-01`. */
const PART_OF_YEAR = /^\d{4}(-(?:\d\d|SP|SU|FA|WI))$/;
const YEAR = /^\d{4}$/;
const HAS_DIGIT = /\d/;

/**
 * A part named before the date it belongs to takes that date, which the
 * refiners before could only guess: `the morning of Feb. 28` → `2016-02-28TMO`;
 * `January of that year` (the year a story named) → `2014-01`.
 */
export function partOfNamed(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return mapped(candidates, (c, i) => {
    const next = candidates[i + 1];
    if (!next || next.start - c.end > 12 || c.range || next.range || !OF.test(text.slice(c.end, next.start))) return c;
    if (HAS_DIGIT.test(text.slice(c.start, c.end))) return c;
    const part = PART_OF_DAY.exec(c.value);
    if (part && DAY.test(next.value)) return revalued(c, `${next.value}T${part[1]}`, next.relative);
    const month = PART_OF_YEAR.exec(c.value);
    if (month && YEAR.test(next.value)) return revalued(c, next.value + month[1], next.relative);
    return c;
  });
}
