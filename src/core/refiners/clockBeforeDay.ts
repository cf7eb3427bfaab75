import { clockInPart } from '../extractors/dates/halfOfDay';
import { changed, revalued, type DateCandidate } from '../extractors/dates/candidate';

const CLOCK_ONLY = 'XXXX-XX-XXT';
/** A single day, known or still a placeholder: `2023-02-13`, `XXXX-02-14`, `XXXX-WXX-2`. */
const DAY = /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-[1-7])$/;
/** A clock time's own words before its day: `14:30 local time on Tuesday`, `9 a.m. EST (1400 GMT) on Friday`. */
const GAP = /^(?:\s+local\s+time)?(?:\s*\([^()\n]{1,30}\))?,?\s*(?:on\s+)?$/i;
/** The opening of a parenthesis that restates the time in another zone: `14:30 (`, `10:30 a.m. local time (`. */
const OPENS_TWIN = /^(?:\s+local\s+time)?\s*\($/i;

/** The part of the day a clock time's day is named with: `6.15 on the evening of March 3`. */
const PART_OF = /^\s+on\s+the\s+(morning|afternoon|evening|night)\s+of\s+/i;

const isClock = (c: DateCandidate): boolean => c.type === 'TIME' && c.value.startsWith(CLOCK_ONLY) && !c.range;

/**
 * A clock time that "local time" or the same time in another zone keeps from its day, which mergeDayAndTime
 * joins only when they touch, takes that day: `14:30 local time on Tuesday`, `14:30 (1230 GMT) on Tuesday` →
 * Tuesday 14:30, not the dateline's day. The time restated in brackets is the same moment, no mention of its own,
 * as TIMEX3 annotators leave it. `6.15 on the evening of March 3` is one TIME, March 3 18:15.
 * A text with no clock time passes unchanged, not copied.
 */
export function clockBeforeDay(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  if (!candidates.some(isClock)) return candidates;
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    out.push(c);
    if (!isClock(c)) continue;
    const twin = candidates[i + 1] && isClock(candidates[i + 1]) && OPENS_TWIN.test(text.slice(c.end, candidates[i + 1].start)) && text.charCodeAt(candidates[i + 1].end) === 41 ? candidates[i + 1] : null;
    if (twin) i++;
    // "on the evening of": the part's own mention gives way to the clock, which takes the day and the part's half
    const part = text.charCodeAt(c.end + 1) === 111 || text.charCodeAt(c.end + 1) === 79 ? PART_OF.exec(text.slice(c.end, c.end + 30)) : null;
    let k = i + 1;
    if (part) while (candidates[k] && candidates[k].start < c.end + part[0].length) k++;
    const day = candidates[k];
    // a day told from the story's ("that day") is clockOnStoryDay's to join
    if (!day || day.type !== 'DATE' || !DAY.test(day.value) || day.partOfStoryDay) continue;
    if (part ? day.start !== c.end + part[0].length : !GAP.test(text.slice(c.end, day.start))) continue;
    if (part) {
      // the part's word opens with its code: "evening" → `EV`
      const clock = clockInPart(part[1].slice(0, 2).toUpperCase(), c.value.slice(CLOCK_ONLY.length - 1), text.slice(c.start, c.end));
      out[out.length - 1] = changed(c, { end: day.end, value: day.value + clock, relative: true });
      i = k;
      continue;
    }
    out[out.length - 1] = revalued(c, day.value + c.value.slice(CLOCK_ONLY.length - 1), true);
  }
  return out.length === candidates.length ? (out.every((c, i) => c === candidates[i]) ? candidates : out) : out;
}
