import { addDays, toRefDate } from '../extractors/dates/calendar';
import { changed, type DateCandidate } from '../extractors/dates/candidate';
import { mergeNeighbours } from './mergeNeighbours';

const CLOCK_ONLY = 'XXXX-XX-XXT';
/** What may stand between the two: `11:45 p.m. the night before`, `that night, at 10 p.m.` */
const GAP = /^,?\s*(?:at\s+)?$/i;

/** A day or a part of one told from the story's day: `the night before`, `that night`, `the next morning`, `that day`. */
const isStoryPart = (c: DateCandidate): boolean => !!c.partOfStoryDay && (c.type === 'TIME' ? !!c.partOfStoryDay.part : c.type === 'DATE' && !c.partOfStoryDay.part);

/** The one TIME a clock time and a story's part of a day beside it make; null when they are not such a pair. */
function merge(prev: DateCandidate, c: DateCandidate, text: string): DateCandidate | null {
  const [clock, part] = prev.value.startsWith(CLOCK_ONLY) && isStoryPart(c) ? [prev, c] : c.value.startsWith(CLOCK_ONLY) && isStoryPart(prev) ? [c, prev] : [null, null];
  if (!clock || !part?.partOfStoryDay || !GAP.test(text.slice(prev.end, c.start))) return null;
  // a night's small hours fall on the day after it: "2 a.m. that night"
  const next = part.partOfStoryDay.part === 'NI' && clock.value.charCodeAt(11) === 48 && clock.value.charCodeAt(12) < 54 ? 1 : 0;
  // the part's day, still the dateline's until anchorStoryDays moves it, now with the clock: `2023-02-12T23:45`
  const named = next ? toRefDate(part.value) : null;
  const day = named ? addDays(named, 1).iso : part.value.slice(0, 10);
  const onDay = (v: string) => day + v.slice(10);
  // the clock keeps the mention when the story names no day: it no longer needs one, as "the next day" alone does
  const story = { ...part.partOfStoryDay, part: clock.value.slice(11), daysBefore: part.partOfStoryDay.daysBefore - next, namedOnly: false };
  const range = clock.range && { from: onDay(clock.range.from), to: onDay(clock.range.to) };
  return changed(prev, { end: c.end, type: 'TIME', value: onDay(clock.value), relative: true, priority: 2, partOfStoryDay: story, ...(range ? { range } : {}) });
}

/**
 * A clock time beside a part of a day told from the story's day is that day's clock time:
 * on Wednesday … `11:45 p.m. the night before` → Tuesday 23:45, not Wednesday's; "closed on Monday … at 4 p.m. that day" → Monday 16:00.
 * A text with no such pair passes unchanged, not copied.
 */
export function clockOnStoryDay(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return mergeNeighbours(candidates, text, merge);
}
