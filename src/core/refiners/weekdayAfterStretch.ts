import { addDays } from '../extractors/dates/calendar';
import type { DateCandidate } from '../extractors/dates/candidate';
import type { StoryDate } from './storyDate';

/** A weekday named alone, with at most a part of the day after it: `Tuesday`, `Tues.`, `Tuesday night`; its number, Monday 1. */
const WEEKDAY_NAME = /^(?:(mon)|(tues?)|(wed(?:nes)?)|(thu(?:rs?)?)|(fri)|(sat(?:ur)?)|(sun))(?:day|\.)?(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A value the weekday resolver gave: a day, maybe a part of it after. */
const DAY_VALUE = /^\d{4}-\d\d-\d\d/;

/**
 * The weekday that names the day a counted stretch after the story's day reaches: "On July 3 … Two weeks later,
 * on Tuesday" is the Tuesday of the week two weeks after July 3, not the dateline's Tuesday. Days count to the
 * nearest such weekday, weeks to the weekday of the week reached; null when the story named no day.
 * (July 3 2024, 'week', 2, `Tuesday` → 2024-07-16) `2024-07-16`.
 */
export function weekdayAfterStretch(story: StoryDate | null, unit: string, shift: number, day: DateCandidate, text: string): string | null {
  if (!story?.day || (unit !== 'day' && unit !== 'week') || !DAY_VALUE.test(day.value)) return null;
  const m = WEEKDAY_NAME.exec(text.slice(day.start, day.end));
  if (!m) return null;
  const weekday = m.slice(1).findIndex(Boolean) + 1;
  const reached = addDays(story.day, unit === 'day' ? shift : 7 * shift);
  // the week of the day reached, Monday to Sunday; for a count of days, the nearest of that weekday
  const offset = unit === 'week' ? weekday - reached.weekday : ((weekday - reached.weekday + 10) % 7) - 3;
  return addDays(reached, offset).iso + day.value.slice(10);
}
