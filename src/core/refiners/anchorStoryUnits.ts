import { changed, type DateCandidate, revalued } from '../extractors/dates/candidate';
import type { RefDate } from '../extractors/dates/calendar';
import { placeholderOf } from '../extractors/dates/storyUnits';
import { placedByWeek, storyWeekdayWay, weekdayAfterStretch, weekdayFromStory } from './storyWeekdays';
import { liesWithin, shiftedFrom, toStoryDate, type StoryDate } from './storyDate';

/** A count of days, weeks or months, with nothing vague in it: `P2D`, `P1W`, `P3M`. */
const COUNTED = /^P([1-9]\d?)([DWM])$/;
const UNIT_OF: Readonly<Record<string, string>> = { D: 'day', W: 'week', M: 'month' };
/** "later" after a stretch, but not "later than": "two days later than planned" compares. */
const LATER_AFTER = /^\s+later\b(?!\s+than\b)/i;

/** The date just before restated by the stretch after it: "a ballot set for May 2021, barely five weeks later". */
const APPOSED = /^\s*,\s*(?:[a-z]+\s+)?$/i;
/** A date right after that says which day "later" is: "two weeks later, on Sept. 13". */
const TOLD_AFTER = /^[\s,]*(?:on|in|by)?\s*$/i;

/** The "later" right after a stretch; read only after the stretch's value passed COUNTED, as few do. */
const laterAfter = (c: DateCandidate, text: string): RegExpExecArray | null => LATER_AFTER.exec(text.slice(c.end, c.end + 12));

/** A month told from the story keeps the day written after it: `the following March 3` → `2020-03-03`. */
function withDay(value: string, c: DateCandidate, text: string): string {
  const last = text.charCodeAt(c.end - 1);
  if (value.length !== 7 || last < 48 || last > 57) return value;
  const tens = text.charCodeAt(c.end - 2);
  return `${value}-${tens >= 48 && tens <= 57 ? text.slice(c.end - 2, c.end) : `0${text[c.end - 1]}`}`;
}

/** Whether `c` may take its date from the story: "the following month", a count of days, weeks or months with "later" after it, "the previous Friday". */
const toldFromStory = (c: DateCandidate, text: string): boolean =>
  c.unitsFromStory !== undefined || (c.type === 'DURATION' && c.value.length <= 4 && COUNTED.test(c.value) && laterAfter(c, text) !== null) || storyWeekdayWay(c, text) !== 0;

/**
 * A stretch told from the story's date, `Two days later`: its unit, its shift and where it ends.
 * "A day earlier" stays the stretch the durations finder reads, as news TIMEX3 annotation marks it.
 */
function countedShift(c: DateCandidate, text: string, storyEnd: number, nextStart: number): { unit: string; shift: number; end: number; toldAfter: boolean } | null {
  const m = c.type === 'DURATION' && c.value.length <= 4 ? COUNTED.exec(c.value) : null;
  const later = m ? laterAfter(c, text) : null;
  if (!m || !later) return null;
  const end = c.end + later[0].length;
  if (end > nextStart) return null;
  if (c.start - storyEnd <= 12 && APPOSED.test(text.slice(storyEnd, c.start))) return null;
  return { unit: UNIT_OF[m[2]], shift: Number(m[1]), end, toldAfter: nextStart - end <= 6 && TOLD_AFTER.test(text.slice(end, nextStart)) };
}

/**
 * "The following month", "that week", "that spring", "two days later" count from the
 * last date the story resolved before them, as TimeML anchors them (anchorTimeID), the
 * dateline's date included; a coarser date that holds a finer one before it keeps the
 * finer ("On 3 March 2019, the worst flood of 2019 … later that week"). With no date before them, a
 * shifted unit counts from the dateline, TimeML's default anchor, "that month" keeps its
 * placeholder and a counted stretch stays a DURATION.
 * `The dam failed on 3 March 2019. The following month, …` → `2019-03-03`, `2019-04`.
 */
export function anchorStoryUnits(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): readonly DateCandidate[] {
  // most texts hold no such phrase, and many a stretch has no "later" after it ("for two weeks"): the list
  // passes unchanged, not copied; after the last such phrase the story's date is no longer needed
  let last = candidates.length - 1;
  while (last >= 0 && !toldFromStory(candidates[last], text)) last--;
  if (last < 0) return candidates;
  const dateline: StoryDate | null = ref && toStoryDate(ref.iso);
  let story: StoryDate | null = null;
  let storyEnd = -Infinity;
  const out: DateCandidate[] = [];
  // the weekday a stretch told after it names, from the story's day: "Two weeks later, on Tuesday"; it may follow the last phrase
  let toldDay: string | null = null;
  const end = Math.min(last + 2, candidates.length);
  for (let i = 0; i < end; i++) {
    const c = candidates[i];
    let now = c;
    const way = toldDay ? 0 : storyWeekdayWay(c, text);
    const anchor = story?.precision === 'day' ? story.day : ref;
    const fromStory = way && anchor ? weekdayFromStory(anchor, way, c, text) : null;
    if (toldDay) [now, toldDay] = [revalued(c, toldDay, true), null];
    else if (fromStory) now = revalued(c, fromStory, true);
    else if (i <= last) {
      const counted = c.unitsFromStory ? null : countedShift(c, text, storyEnd, candidates[i + 1]?.start ?? Infinity);
      // a stretch with its day told after it stays a stretch, and the day it names is counted from the story's
      if (counted?.toldAfter) toldDay = weekdayAfterStretch(story, counted.unit, counted.shift, candidates[i + 1], text);
      const told = c.unitsFromStory ?? (counted?.toldAfter ? null : counted);
      if (told) {
        // "the following month" with no date before it is the dateline's; "that month" and "two days later" need the story's
        const from = story ?? (told.shift !== 0 && !counted ? dateline : null);
        const value = from ? shiftedFrom(from, told.unit, told.shift) : null;
        if (value && counted) now = changed(c, { end: counted.end, type: 'DATE', value, relative: true });
        else if (value) now = revalued(c, withDay(value, c, text), true);
        else if (c.unitsFromStory) now = revalued(c, placeholderOf(c.unitsFromStory.unit), true);
      }
    }
    out.push(now);
    // a date that names an event ("the Sept. 11 attacks") sets no story there, as in anchorStoryYears; nor does a
    // weekday that the week after it places ("Monday of the following week")
    const named = (now.type === 'DATE' || now.type === 'TIME') && !now.namesEvent && !placedByWeek(now, text) ? toStoryDate(now.value) : null;
    // a coarser date that holds the story's finer one tells nothing new: "On 3 March 2019 … that year … that week"
    if (named) [story, storyEnd] = [story && liesWithin(story, named) ? story : named, now.end];
  }
  for (let i = end; i < candidates.length; i++) out.push(candidates[i]);
  return out;
}
