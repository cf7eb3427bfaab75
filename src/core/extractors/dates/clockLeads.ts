import { MONTHS } from '../../lexicon/temporal';
import { alternation } from './candidate';

/**
 * "from" or "at" before a day and its month: chrono's clock-time parser takes
 * `from 1` for one o'clock, as long as its day-month parser's `1 July`, and the
 * tie goes to the clock, which calendarDates then drops with the date.
 */
const CLOCK_LEAD = new RegExp(
  `\\b(?:from|at)(?=\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?:${alternation(Object.keys(MONTHS))})\\b)`,
  'gi',
);
const blank = (lead: string): string => ' '.repeat(lead.length);

/**
 * A window for chrono with those leads blanked, offsets kept: calendarDates
 * strips such leads from a match anyway. `apply from 1 July` → `apply      1 July`.
 */
export function withoutClockLeads(window: string): string {
  return window.replace(CLOCK_LEAD, blank);
}
