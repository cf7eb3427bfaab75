import { revalued, type DateCandidate } from '../extractors/dates/candidate';
import { monthValue, type RefDate } from '../extractors/dates/calendar';
import { tenseAt, type Tense } from '../extractors/dates/tense';

const DAY_ALONE = 'XXXX-XX-';
/** `XXXX-XX-20`, which monthDays gives; not a clock time's `XXXX-XX-XXT13:00`, nor `XXXX-XX-XX`, a day told without a dateline. */
const isDayAlone = (c: DateCandidate): boolean => c.value.length === 10 && c.value.charCodeAt(9) <= 57 && c.value.startsWith(DAY_ALONE);
/** How far back, in characters, the month a day alone belongs to may be named. */
const REACH = 200;
const WITH_MONTH = /^(\d{4}-\d\d)(?:-\d\d)?$/;

/** Is the candidate another day alone ("the 21st of this month")? Its month is no more named than ours. */
const dayAlone = (text: string, c: DateCandidate): boolean => text.startsWith('the ', c.start) && text.charCodeAt(c.start + 4) <= 57;

/** Does the date lie behind the dateline when the verb looks ahead, or ahead of it when the verb looks back? */
function againstTense(value: string, ref: RefDate, tense: Tense): boolean {
  const ahead = value > ref.iso;
  return ahead ? tense === 'past' || tense === 'firm-past' : value < ref.iso && (tense === 'sure-future' || tense === 'firm-future' || tense === 'future');
}

/**
 * A day alone takes the month named just before it in its paragraph ("On March 3 … and on the 20th" → March 20),
 * else the dateline's month, the one before when a past verb tells of a day still ahead, and the next when a
 * future one tells of a day gone: reference 2026-11-25, `met on the 20th` → `2026-11-20`, `will meet on the 3rd` → `2026-12-03`.
 */
export function daysOfMonth(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): readonly DateCandidate[] {
  if (!candidates.some(isDayAlone)) return candidates;
  return candidates.flatMap((c, i) => {
    if (!isDayAlone(c)) return [c];
    const day = c.value.slice(DAY_ALONE.length);
    const tense = tenseAt(text, c.start, c.end);
    for (let k = i - 1; k >= 0 && candidates[k].end >= c.start - REACH; k--) {
      const before = candidates[k];
      const month = before.type === 'DATE' && !dayAlone(text, before) ? WITH_MONTH.exec(before.value) : null;
      const value = month && !text.slice(before.end, c.start).includes('\n') ? `${month[1]}-${day}` : null;
      // a day the verb puts on the other side of the dateline belongs to another month: "signatures since October … will present them on the 9th"
      if (value && !(ref && againstTense(value, ref, tense))) return [revalued(c, value)];
      if (value) break;
    }
    if (!ref) return [];
    const n = Number(day);
    const shift = (tense === 'past' || tense === 'firm-past') && n > ref.day ? -1 : (tense === 'sure-future' || tense === 'firm-future' || tense === 'future') && n < ref.day ? 1 : 0;
    return [revalued(c, `${monthValue(ref, shift)}-${day}`)];
  });
}
