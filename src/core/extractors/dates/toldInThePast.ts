import { tenseAt } from './tense';

/** A lead that makes "the next year" a stretch ahead: `over the next year`, `within the next month`, `in the next week`. */
const STRETCH_LEAD = /\b(?:over|for|during|throughout|through|within|across|in|into|of|from)\s+$/i;

/**
 * Is "the next year" at [start, end) the year after the story's, as a past clause tells it ("challenged it in the
 * elections the next year")? Not after a lead that makes it a stretch, and not in a clause of the present or future.
 */
export function toldInThePast(text: string, start: number, end: number): boolean {
  return !STRETCH_LEAD.test(text.slice(Math.max(0, start - 12), start)) && tenseAt(text, start, end).endsWith('past');
}
