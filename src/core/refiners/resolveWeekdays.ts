import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { addDays, type RefDate } from '../extractors/dates/calendar';
import { tenseAt, type Tense } from '../extractors/dates/tense';

const WEEKDAY = /^XXXX-WXX-([1-7])(T[A-Z0-9:]+)?$/;
const WEEKDAY_ONLY = 'XXXX-WXX-';
/** The tenses that look back, and those that look ahead: a set lookup, not a regex per weekday. */
const PAST: ReadonlySet<Tense> = new Set<Tense>(['past', 'firm-past']);
const FUTURE: ReadonlySet<Tense> = new Set<Tense>(['future', 'sure-future', 'firm-future']);
const bareWeekday = (c: DateCandidate): boolean => c.type !== 'SET' && c.value.startsWith(WEEKDAY_ONLY);

/**
 * A bare weekday in news is the one nearest the dateline, leaning to the past
 * in past tense and to the future in future tense (unless the past one is much
 * nearer and no "will" states the future), else to the past unless the next one is much nearer; the dateline's own weekday
 * is the dateline's day. Reference Monday 2023-02-13: `on Monday` → `2023-02-13`,
 * `met on Friday` → `2023-02-10`, `will meet on Friday` → `2023-02-17`.
 */
export function resolveWeekdays(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): readonly DateCandidate[] {
  // most texts name no bare weekday: the list passes unchanged, not copied
  if (!ref || !candidates.some(bareWeekday)) return candidates;
  return candidates.map((c) => {
    const m = bareWeekday(c) ? WEEKDAY.exec(c.value) : null;
    if (!m) return c;
    const back = (ref.weekday - Number(m[1]) + 7) % 7;
    const forward = (Number(m[1]) - ref.weekday + 7) % 7;
    const tense = back === 0 ? 'none' : tenseAt(text, c.start, c.end);
    // news reports what happened: without a tense, the future day must be the much nearer one, and
    // a future lean gives way to a past day three times nearer: "wouldn't say Tuesday", "had filed by Wednesday" in Thursday's paper;
    // a stated future does not: "will vote on Tuesday" in Wednesday's paper is six days ahead
    const ahead = tense === 'sure-future' || (PAST.has(tense) ? false : FUTURE.has(tense) ? 3 * back >= forward : 2 * forward < back);
    const day = addDays(ref, ahead ? forward : -back).iso;
    // "Friday 9am to 5pm": both ends of the stretch fall on the day found
    const onDay = (v: string) => (v.startsWith(WEEKDAY_ONLY) ? day + v.slice(WEEKDAY_ONLY.length + 1) : v);
    return revalued(c, day + (m[2] ?? ''), true, c.range ? { from: onDay(c.range.from), to: onDay(c.range.to) } : undefined);
  });
}
