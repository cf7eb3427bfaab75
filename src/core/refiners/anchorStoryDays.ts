import type { DateCandidate } from '../extractors/dates/candidate';
import { addDays, dayNumber, toRefDate, type RefDate } from '../extractors/dates/calendar';

/** A single known day, with or without a clock time: `2023-02-10`, `2023-02-10T09:00`. */
const DAY = /^\d{4}-\d\d-\d\d(?:T|$)/;
/** How far from the dateline a named day may be the story's day: news days are of the week around it, "on Aug. 7" weeks ago is background. */
const WEEK = 7;

/**
 * "The morning", "overnight" and a clock time in a sentence ("closed at 8 p.m.")
 * belong to the day the story last named, within
 * `reach` characters before them and a week of the reference date; with none,
 * the finder's value (from the dateline) stays. Reference Monday 2023-02-13:
 * `Shares fell Friday. Buyers came in the morning` → `2023-02-10`, `2023-02-10TMO`.
 */
export function anchorStoryDays(candidates: readonly DateCandidate[], ref: RefDate | null, reach = 400): readonly DateCandidate[] {
  // most texts name no such part of a day: the list passes unchanged, not copied
  if (!ref || !candidates.some((c) => c.partOfStoryDay)) return candidates;
  const today = dayNumber(ref.year, ref.month, ref.day);
  let day: RefDate | null = null;
  let dayEnd = -Infinity;
  // parts that cannot lie ahead take no day after the dateline, nor the one before it
  let ahead = false;
  return candidates.map((c) => {
    const story = c.partOfStoryDay;
    if (!story) {
      const named = (c.type === 'DATE' || c.type === 'TIME') && DAY.test(c.value) ? toRefDate(c.value) : null;
      const offset = named ? dayNumber(named.year, named.month, named.day) - today : NaN;
      if (Math.abs(offset) <= WEEK) [day, dayEnd, ahead] = [named, c.end, offset > 0];
      return c;
    }
    return day && c.start - dayEnd <= reach && !(ahead && story.behindOnly) ? { ...c, value: `${addDays(day, -story.daysBefore).iso}T${story.part}` } : c;
  });
}
