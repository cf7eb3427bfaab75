import { addDays, type RefDate } from '../extractors/dates/calendar';
import type { DateCandidate } from '../extractors/dates/candidate';
import type { StoryDate } from './storyDate';

/** A weekday named alone, with at most a part of the day after it: `Tuesday`, `Tues.`, `Tuesday night`; its number, Monday 1. */
const WEEKDAY_NAME = /^(?:next\s+)?(?:(mon)|(tues?)|(wed(?:nes)?)|(thu(?:rs?)?)|(fri)|(sat(?:ur)?)|(sun))(?:day|\.)?(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A value the weekday resolver gave: a day, maybe a part of it after. */
const DAY_VALUE = /^\d{4}-\d\d-\d\d/;

/** The weekday a mention names alone, Monday 1; 0 for any other mention. */
export function weekdayOf(text: string, c: DateCandidate): number {
  const m = WEEKDAY_NAME.exec(text.slice(c.start, c.end));
  return m ? m.slice(1).findIndex(Boolean) + 1 : 0;
}

/**
 * The words before a weekday that count from the story's day: forward ("the following Sunday", "the next Sunday",
 * whose "next" the mention holds), back ("the previous Friday").
 */
const FROM_STORY = /\bthe\s+(?:(following|next)\s+|(previous|preceding)\s+)?$/i;

/**
 * Which way a weekday told from the story's day lies from it: 1 for "the following Sunday", -1 for "the previous
 * Friday", 0 for any other mention. Only a relative day whose text opens with a capital letter, or with "next", reads the words before it.
 */
export function storyWeekdayWay(c: DateCandidate, text: string): number {
  const first = text.charCodeAt(c.start);
  const next = first === 110 && text.startsWith('next ', c.start);
  if (!c.relative || c.type === 'SET' || ((first < 65 || first > 90) && !next) || text.charCodeAt(c.start - 1) !== 32) return 0;
  const lead = FROM_STORY.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (!lead || (!lead[1] && !lead[2]) === !next || !weekdayOf(text, c)) return 0;
  return lead[2] ? -1 : 1;
}

/**
 * The weekday after or before the story's day (or the dateline's, when the story named none): in Monday's paper,
 * "The fire started on Feb. 3. The following Sunday, …" is Feb. 8; "the previous Thursday" in Thursday's paper is
 * a week back, not the dateline's day. (Feb. 3 2026, 1, `Sunday`) → `2026-02-08`.
 */
export function weekdayFromStory(anchor: RefDate, way: number, c: DateCandidate, text: string): string | null {
  const weekday = weekdayOf(text, c);
  if (!weekday || !DAY_VALUE.test(c.value)) return null;
  const offset = way > 0 ? ((weekday - anchor.weekday + 6) % 7) + 1 : -(((anchor.weekday - weekday + 6) % 7) + 1);
  return addDays(anchor, offset).iso + c.value.slice(10);
}

/**
 * The weekday that names the day a counted stretch after the story's day reaches: "On July 3 … Two weeks later,
 * on Tuesday" is the Tuesday of the week two weeks after July 3, not the dateline's Tuesday. Days count to the
 * nearest such weekday, weeks to the weekday of the week reached; null when the story named no day.
 * (July 3 2024, 'week', 2, `Tuesday`) → `2024-07-16`.
 */
export function weekdayAfterStretch(story: StoryDate | null, unit: string, shift: number, day: DateCandidate, text: string): string | null {
  if (!story?.day || (unit !== 'day' && unit !== 'week') || !DAY_VALUE.test(day.value)) return null;
  const weekday = weekdayOf(text, day);
  if (!weekday) return null;
  const reached = addDays(story.day, unit === 'day' ? shift : 7 * shift);
  // the week of the day reached, Monday to Sunday; for a count of days, the nearest of that weekday
  const offset = unit === 'week' ? weekday - reached.weekday : ((weekday - reached.weekday + 10) % 7) - 3;
  return addDays(reached, offset).iso + day.value.slice(10);
}

/**
 * A weekday's run up to "of" and a week: `Monday to Wednesday of the following week`, `Tuesday of last week`;
 * not `posted footage on Monday of last week's raid`, where "of" ties the week to a noun.
 */
const OF_WEEK = /^(?:\s*(?:to|and|through|or|[-–])\s*[A-Z][a-z]+\.?)*\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?week\b(?!['’])/;

/** Is `c` a weekday that a week after it places: `Tuesday of last week`? Then it tells nothing of the story's day. */
export function placedByWeek(c: DateCandidate, text: string): boolean {
  // a weekday's name opens with M, T, W, F or S, and a space follows the mention: most mentions cost no regex
  const first = text.charCodeAt(c.start);
  if (text.charCodeAt(c.end) !== 32 || !(first === 77 || first === 84 || first === 87 || first === 70 || first === 83)) return false;
  return weekdayOf(text, c) > 0 && OF_WEEK.test(text.slice(c.end, c.end + 60));
}
