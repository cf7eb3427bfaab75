import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { addDays, dayNumber, toRefDate, type RefDate } from '../extractors/dates/calendar';
import { tenseAt } from '../extractors/dates/tense';

/** A single known day, with or without a clock time: `2023-02-10`, `2023-02-10T09:00`. */
const DAY = /^\d{4}-\d\d-\d\d(?:T|$)/;
/** How far from the dateline a named day may be the story's day: news days are of the week around it, "on Aug. 7" weeks ago is background. */
const WEEK = 7;
/** A day named with its evening or night: `2023-02-10TEV`. The night after it, and its small hours, follow it. */
const LATE = /T(?:EV|NI)$/;
/** A clock time in the small hours, `03:00`, which after an evening falls on the next day. */
const SMALL_HOURS = /^0[0-5]:/;

/** How many days before the story's day a part lies, when that day was named by its evening: "overnight" is that night, "3 a.m." the next day. */
function daysBeforeLate(story: NonNullable<DateCandidate['partOfStoryDay']>): number {
  if (story.afterEvening) return story.daysBefore - 1;
  return story.daysBefore === 0 && SMALL_HOURS.test(story.part) ? -1 : story.daysBefore;
}

/** The hours, first and past last, of each part of a day; a night runs past midnight. */
const PART_HOURS: Record<string, readonly [number, number]> = { morning: [0, 13], afternoon: [12, 19], evening: [16, 24], night: [18, 30] };
/** The part of the day a day's words end with: `Monday night`, `Saturday morning`; its value may keep the day alone. */
const PART_WORD = /(morning|afternoon|evening|night)$/i;

/**
 * Does a clock time fall in the part of the day its day's words `dayText` name? "Saturday morning … 10 a.m." does; a whole day takes any.
 * ('Monday night', '14:00') → false: "caucusing Monday night, they set out after 2 p.m." tells no time of that night.
 */
function fitsPart(dayText: string, clock: string): boolean {
  const part = PART_WORD.exec(dayText);
  const hours = part ? PART_HOURS[part[1].toLowerCase()] : undefined;
  if (!hours) return true;
  const hour = Number(clock.slice(0, 2));
  return (hour >= hours[0] && hour < hours[1]) || (hour + 24 >= hours[0] && hour + 24 < hours[1]);
}

/** The tense of the clause up to a clock time's end: an attribution after it ("…, the union said") tells no tense of its day. */
function toldBefore(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  return tenseAt(text.slice(from, end), start - from, end - from);
}

/** The farthest a part of a day stands from the day its sentence named. */
const SENTENCE_REACH = 160;

/** Does no sentence end in text[from, to): no full stop, mark or line break before a space? */
function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > SENTENCE_REACH || to > text.length) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63 || c === 59) && text.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}

/**
 * "The morning", "overnight", "that night" and a clock time in a sentence ("closed at 8 p.m.")
 * belong to the day the story last named, within `reach` characters before them
 * and, unless they take any day (`anyDay`), a week of the reference date; with none,
 * the finder's value (from the dateline) stays, or the mention goes (`namedOnly`).
 * Reference Monday 2023-02-13: `Shares fell Friday. Buyers came in the morning` → `2023-02-10`, `2023-02-10TMO`.
 */
export function anchorStoryDays(candidates: readonly DateCandidate[], ref: RefDate | null, text = '', reach = 400): readonly DateCandidate[] {
  // most texts name no such part of a day: the list passes unchanged, not copied
  if (!ref || !candidates.some((c) => c.partOfStoryDay)) return candidates;
  const today = dayNumber(ref.year, ref.month, ref.day);
  let day: RefDate | null = null;
  let dayEnd = -Infinity;
  // any day named, however far from the dateline: "On Jan. 20, 2009, … That night"
  let anyDay: RefDate | null = null;
  let anyDayEnd = -Infinity;
  // parts that cannot lie ahead take no day after the dateline, nor the one before it
  let ahead = false;
  // the story's day was named by its evening or night: "on Wednesday evening"
  let late = false;
  const out: DateCandidate[] = [];
  for (const c of candidates) {
    const story = c.partOfStoryDay;
    if (!story) {
      const named = (c.type === 'DATE' || c.type === 'TIME') && DAY.test(c.value) ? toRefDate(c.value) : null;
      const offset = named ? dayNumber(named.year, named.month, named.day) - today : NaN;
      if (named) [anyDay, anyDayEnd] = [named, c.end];
      if (Math.abs(offset) <= WEEK) [day, dayEnd, ahead, late] = [named, c.end, offset > 0, LATE.test(c.value)];
      out.push(c);
      continue;
    }
    // a day named earlier in the same sentence is the part's, however far from the dateline: "on Sept. 14, when a firm flagged traffic overnight"
    const [storyDay, storyEnd] = story.anyDay || (anyDayEnd > dayEnd && sameSentence(text, anyDayEnd, c.start)) ? [anyDay, anyDayEnd] : [day, dayEnd];
    // a clock time right after a day its sentence names is that day's, even one still ahead: "rally on Saturday, starting at 11 a.m.";
    // not one outside the part of the day named ("to caucus Monday night, they set out after 2 p.m."), nor one a past verb
    // before it tells, which the dateline's day has reached ("the rally is on Saturday, they announced at 9 a.m.")
    const besideDay = ahead && story.behindOnly && out.length > 0 && out[out.length - 1].end === storyEnd && fitsPart(text.slice(Math.max(0, storyEnd - 9), storyEnd), story.part)
      && sameSentence(text, storyEnd, c.start) && !toldBefore(text, c.start, c.end).endsWith('past');
    const anchored = storyDay !== null && c.start - storyEnd <= reach && (!(ahead && story.behindOnly) || besideDay);
    if (!anchored && story.namedOnly) continue;
    if (!anchored || !storyDay) {
      out.push(c);
      continue;
    }
    const told = addDays(storyDay, -(late && !story.anyDay ? daysBeforeLate(story) : story.daysBefore));
    // a day told from the story's day is the story's day from then on: "Monday … the next day … the following day"
    if (story.anyDay) [anyDay, anyDayEnd] = [told, c.end];
    // a stretch of clock times ("from midnight to 6 a.m.") moves to that day whole
    const range = c.range && { from: told.iso + c.range.from.slice(10), to: told.iso + c.range.to.slice(10) };
    out.push(revalued(c, story.part ? `${told.iso}T${story.part}` : told.iso, c.relative, range));
  }
  return out;
}
