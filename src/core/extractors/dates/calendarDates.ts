import { AMBIGUOUS_MONTHS, EVENT_DATES, MONTHS, WEEKDAYS } from '../../lexicon/temporal';
import { alternation, candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { afternoonEnd } from './afternoonEnd';
import { pad } from './calendar';
import { chronoWindows } from './chronoWindows';
import { dayTakenForClock } from './dayTakenForClock';
import type { DateParts } from './monthDayReadings';
import { parseWindows, type Reading } from './parseWindows';
import { afterCurrency, isSmallFraction, trimmedEnd } from './readingEdges';

/** Words chrono keeps at the front of a match that are not part of the date. */
const LEAD = /^(?:(?:from|on|at|in|by|since|until|till|between|during|before|after|the)\s+)+/i;
/** chrono's own relative readings ("two weeks ago") are left to the news finders. */
const EXPLICIT = new RegExp(`${alternation(Object.keys(MONTHS))}|\\d[/:-]\\d|\\d\\s*[ap]\\.?m\\b|\\b(?:noon|midnight)\\b`, 'i');
const MONTH_NAME = new RegExp(`\\b(?:${alternation(Object.keys(MONTHS))})\\b`, 'i');
/** A month name that is also a verb or a word, written in lower case: "by 2100 may sound", "will march". */
const LOWER_AMBIGUOUS = new RegExp(`\\b(?:${alternation([...AMBIGUOUS_MONTHS])})\\b`);
/** Where a written-out range turns to its second date. */
const SPLIT = /\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*/i;
/** What the second side of a range must hold: a digit, or a month or weekday name (`to Friday`). */
const DATE_WORD = new RegExp(`\\d|\\b(?:${alternation([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)])})\\b|\\b(?:noon|midnight)\\b`, 'i');
/** EVENT_DATES in a Map: every date chrono reads is looked up, and an object's lookup by a string not yet interned costs more. */
const EVENT_DATE_VALUES = new Map(Object.entries(EVENT_DATES));
/** Two digits after a month's day and its comma, where a year would stand: `Jan. 3, 22`. */
const SHORT_YEAR = /(?<=[A-Za-z.]\s*\d{1,2}),\s*\d\d$/;
/** chrono's "the year", which it reads as this year, alone before a range's turn: `year to June 30`. */
const YEAR_WORD = /^(?:[a-z]+\s+)?year$/i;
const WORD_AFTER = /^\s[a-z]/;
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|\b(?:noon|midnight)\b/i;
/**
 * An offset chrono counts from its own stand-in instant, not the article's date: "10 a.m. two weeks ago",
 * "in three days at noon", "4 a.m. three days later". Its day is no calendar date; the news finders read the offset.
 */
const OFFSET = /\b(?:ago|later|earlier|from\s+now|hence)\b|\bin\s+(?:[\w-]+\s+){1,2}(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b/i;

/**
 * The TIMEX3 value of what chrono was certain of; unknown parts stay `X`
 * for the resolvers: `Feb. 14` → `XXXX-02-14`, `10:35 a.m.` → `XXXX-XX-XXT10:35`.
 */
function toValue(c: DateParts, clock: boolean): { value: string; time: boolean } {
  const known = (k: 'year' | 'month' | 'day' | 'hour' | 'weekday') => c.isCertain(k);
  const year = known('year') ? pad(c.get('year') ?? 0, 4) : 'XXXX';
  let date: string;
  if (known('month') && known('day')) date = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  else if (known('weekday') && !known('day')) date = `XXXX-WXX-${c.get('weekday') || 7}`;
  else if (known('month')) date = `${year}-${pad(c.get('month') ?? 1)}`;
  else if (known('year')) date = year;
  else date = 'XXXX-XX-XX';
  if (!known('hour') || !clock) return { value: date, time: false };
  return { value: `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, time: true };
}

/**
 * A stretch's end on its start's day, moved to the afternoon when it says no half of the day: "9:30 to 4:30" → 16:30.
 * chrono moves an end before the start to the next day of its stand-in year: "11:00 until 2:15 on March 3" → 14:15
 * on March 3; "10 p.m. until 2 a.m. on March 3" ends on March 4 of the start's year, not of the year 2000.
 */
function clockEnd(from: string, to: string, endText: string): string {
  const t = to.length - 6;
  if (to.charCodeAt(t) !== 84 || from.length !== to.length) return to;
  const sameDay = from.slice(0, t) === to.slice(0, t);
  if (!sameDay && to.slice(t) >= from.slice(t)) return to;
  const hour = afternoonEnd(Number(from.slice(t + 1, t + 3)) * 60 + Number(from.slice(t + 4)), Number(to.slice(t + 1, t + 3)), Number(to.slice(t + 4)), endText);
  if (hour !== Number(to.slice(t + 1, t + 3))) return `${from.slice(0, t + 1)}${pad(hour)}${to.slice(t + 3)}`;
  return sameDay ? to : `${from.slice(0, 4)}${to.slice(4)}`;
}

/** One chrono result at `index` as candidates; none when it is not an explicit date or time. */
function toCandidates(text: string, index: number, r: Reading): DateCandidate[] {
  const start = index + (LEAD.exec(r.text)?.[0].length ?? 0);
  const raw = text.slice(start, trimmedEnd(text, start, index + r.text.length));
  if (!EXPLICIT.test(raw) || afterCurrency(text, start) || LOWER_AMBIGUOUS.test(raw)) return [];
  // "6 3/8%", "101 1/4": a fraction, not a day of a month
  const after = text.slice(start + raw.length, start + raw.length + 9);
  if (isSmallFraction(raw) && (/\d\s$/.test(text.slice(start - 2, start)) || /^\s*(?:%|percent)/.test(after))) return [];
  // the lead "in" was cut from raw: the offset is looked for in chrono's whole match
  if (!MONTH_NAME.test(raw) && OFFSET.test(r.text)) return [];
  const event = EVENT_DATE_VALUES.get(raw);
  if (event) return [changed(candidate(start, start + raw.length, 'DATE', event, false, 2), { namesEvent: true })];
  // "Mar. 3, 1987 at 2,240 kroner": a bare number after a date is not a clock time
  const clock = CLOCK.test(raw);
  let span = clock ? raw : raw.replace(/(?:\s+at|(?<=\d{4}),?)\s+\d{1,2}$/, '');
  let from = toValue(r.start, clock);
  const to = r.end ? toValue(r.end, clock) : null;
  // "14 cases on Jan. 3, 22 on Jan. 10": two digits after the day's comma, a lower-case word after them, start the
  // next item of a list; a year so cut short ends its date ("Aug 9, 96.")
  const short = !clock && !to ? SHORT_YEAR.exec(span) : null;
  if (short && WORD_AFTER.test(text.slice(start + span.length, start + span.length + 3))) {
    span = span.slice(0, short.index);
    from = { value: `XXXX${from.value.slice(4)}`, time: false };
  }
  const type = from.time ? 'TIME' : 'DATE';
  const split = to ? SPLIT.exec(span) : null;
  // "Aug. 26 to Oct. 20": two dates, each written out in full; "February 14-15" and "6-9 June" stay one range
  if (to && split && MONTH_NAME.test(span.slice(split.index + split[0].length)) && MONTH_NAME.test(span.slice(0, split.index))) {
    const second = start + split.index + split[0].length;
    return [
      candidate(start, start + split.index, type, from.value, from.value.includes('X'), 2),
      candidate(second, start + span.length, type, to.value, to.value.includes('X'), 2),
    ];
  }
  // "the year to June 30": chrono's own "the year" before a date is no side of a range, which the date alone ends
  if (to && split && YEAR_WORD.test(span.slice(0, split.index))) {
    const second = start + split.index + split[0].length;
    return [candidate(second, start + span.length, type, to.value, to.value.includes('X'), 2)];
  }
  // "November 12, 2012–six days after": a range needs a date on each side, else the first is the date
  if (to && split && !DATE_WORD.test(span.slice(split.index + split[0].length))) {
    const first = span.slice(0, split.index);
    const value = to.value.slice(0, 4) !== from.value.slice(0, 4) && first.includes(to.value.slice(0, 4)) ? to.value : from.value;
    return [candidate(start, start + split.index, type, value, value.includes('X'), 2)];
  }
  // "from 9:00 on March 3 until 2:15 on March 4": the stretch's start is the month's day, chrono's "3"
  const taken = to?.time && split && from.time ? dayTakenForClock(text, start, span.slice(0, split.index), start + split.index + split[0].length, start + span.length, to.value.slice(-6)) : null;
  if (taken) return taken;
  const end = to && split && from.time ? clockEnd(from.value, to.value, span.slice(split.index + split[0].length)) : to?.value;
  const range = end && end !== from.value ? { range: { from: from.value, to: end } } : {};
  return [changed(candidate(start, start + span.length, type, from.value, from.value.includes('X'), 2), range)];
}

/**
 * Explicit calendar dates and clock times, found by chrono's strict English
 * parser: `on February 14-15` → `February 14-15`, value `XXXX-02-14` with a range.
 */
export function calendarDates(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const { at, r } of parseWindows(ctx.text, chronoWindows(ctx))) out.push(...toCandidates(ctx.text, at, r));
  return out;
}
