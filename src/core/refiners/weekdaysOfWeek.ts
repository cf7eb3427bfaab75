import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { addDays } from '../extractors/dates/calendar';
import { toStoryDate } from './storyDate';
import { placedByWeek, weekdayOf } from './storyWeekdays';

/** A week resolved: `2025-W51`. */
const WEEK = /^\d{4}-W\d\d$/;

/**
 * The weekdays before "of" and a week fall in that week: "Tuesday of last week" in Friday Feb. 6's paper is
 * Jan. 27, not the Tuesday just past; "on Dec. 9 … Monday to Wednesday of the following week" is Dec. 15-17.
 */
export function weekdaysOfWeek(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  let out: DateCandidate[] | null = null;
  for (let i = 0; i < candidates.length - 1; i++) {
    if (!placedByWeek(candidates[i], text)) continue;
    // the week is the first mention after the run of weekdays
    let w = i + 1;
    while (w < candidates.length && weekdayOf(text, candidates[w]) > 0 && !WEEK.test(candidates[w].value)) w++;
    const week = w < candidates.length && WEEK.test(candidates[w].value) ? toStoryDate(candidates[w].value) : null;
    if (!week?.day) continue;
    // each weekday counted from the week's Thursday
    for (let j = i; j < w; j++) {
      const c = candidates[j];
      const weekday = weekdayOf(text, c);
      if (!weekday || !/^\d{4}-\d\d-\d\d/.test(c.value)) continue;
      out ??= candidates.slice();
      out[j] = revalued(c, addDays(week.day, weekday - week.day.weekday).iso + c.value.slice(10), true);
    }
    i = w;
  }
  return out ?? candidates;
}
