import { SEASONS } from '../../lexicon/temporal';
import { addDays, isoWeek, monthValue, pad, quarterOf, type RefDate } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass, wordSet } from './wordIndex';
import { openers } from './openers';
import { spelledAmong } from './spelledAmong';
import { shiftedUnits } from './shiftedUnits';
import { tenseAt } from './tense';
import { lookup } from './lookup';

const UNITS = `week|weekend|month|year|quarter|decade|century|${alternation(Object.keys(SEASONS))}`;
/** `this year`, `last week`, `earlier this month`, `the past year`, `the previous quarter`. */
const SHIFTED = new RegExp(
  `\\b(?:(?:early|late|earlier|later)\\s+)?(the\\s+)?(this\\s+past|this|last|next|past|coming|previous|following|current|latest)\\s+(?:fiscal\\s+)?(${UNITS})\\b`,
  'iy',
);
const UNIT_WORDS = wordClass(wordSet(UNITS));
/** At most `early the this past fiscal` before the unit; the walk back stops at any word SHIFTED does not hold there. */
const WORDS = leadOf('', 5, undefined, openers(['early', 'earlier', 'late', 'the', 'this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'latest']),
  spelledAmong(['early', 'late', 'earlier', 'later', 'the', 'this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'latest', 'fiscal']));
// "the latest quarter" is the last one reported, which has ended: the one before the current.
const SHIFT = lookup({ this: 0, current: 0, latest: -1, last: -1, past: -1, previous: -1, 'this past': -1, next: 1, coming: 1 });
const SEASON_CODES = lookup(SEASONS);
/** "of" after the unit. */
const OF_AFTER = /^\s+of\b/i;
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The TIMEX3 value of a unit shifted from the reference date: ("week", -1) → `2023-W06`. */
function shifted(ref: RefDate | null, unit: string, shift: number): string {
  const code = SEASON_CODES.get(unit);
  if (code !== undefined) {
    if (!ref) return `XXXX-${code}`;
    const started = ref.month >= SEASON_START[code];
    // "last spring" is the latest spring that is over: in March or May the current one is still to come or under way,
    // so it is the year before. Winter straddles the new year and keeps reading by its start.
    const over = code === 'WI' ? started : ref.month >= SEASON_START[code] + 3;
    const year = shift < 0 ? ref.year - (over ? 0 : 1) : shift > 0 ? ref.year + (started ? 1 : 0) : ref.year;
    return `${year}-${code}`;
  }
  if (!ref) return { week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX' }[unit] ?? 'XXXX';
  switch (unit) {
    case 'week': return isoWeek(addDays(ref, 7 * shift));
    case 'weekend': return `${isoWeek(addDays(ref, 7 * shift))}-WE`;
    case 'month': return monthValue(ref, shift);
    case 'quarter': {
      const index = ref.year * 4 + quarterOf(ref.month) - 1 + shift;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'decade': return String(Math.floor(ref.year / 10) + shift);
    case 'century': return pad(Math.floor(ref.year / 100) + shift);
    default: return String(ref.year + shift);
  }
}

/** The shift words that, after an article, make a stretch: `the past week`, `the next month`. */
const STRETCHES: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming']);
// "the past year" is left out: news TIMEX3 annotation gives it the year before (`1997`), as "last year"
const DURATION_OF = lookup({ week: 'P1W', month: 'P1M', quarter: 'P3M', decade: 'P10Y', century: 'P100Y' });

/** What makes `the last decade` a stretch of ten years: `over the last decade`, `for the last century`. */
const OVER = /\b(?:over|for|during|throughout|within|across)\s+$/i;
/**
 * Is `the last decade` or `the next century` the age before or after this one, as news
 * annotation reads it where no "over" or "for" makes it a stretch: `in the last decade` in 1998 → `198`?
 */
function namesAge(text: string, start: number, shiftWord: string, unit: string): boolean {
  return (unit === 'decade' || unit === 'century') && (shiftWord === 'last' || shiftWord === 'next') && !OVER.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A calendar unit named by its distance from the reference date. With "the"
 * before "past"/"last"/"next" it is a stretch of time instead, but for a year:
 * `last week` → `2023-W06`; `the past month` → DURATION `P1M`; `the past year` → `2022`.
 */
export function shiftedPeriods(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(SHIFTED, shiftedUnits(ctx.text, wordAnchors(ctx, UNIT_WORDS)), WORDS, ctx.text, ctx.from)) {
    const shiftWord = m[2].toLowerCase().replace(/\s+/g, ' ');
    const unit = m[3].toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    // "the last year of his term", "the first week of May": a part of something else, not counted from the dateline
    if (m[1] && OF_AFTER.test(ctx.text.slice(end, end + 4))) continue;
    // "over the following decade", "for the previous month": a stretch of the story's own time, whatever the dateline;
    // without "over" or "for", "the following week" counts from a day the story names (storyDays)
    const storyShift = shiftWord === 'following' || shiftWord === 'previous';
    if (storyShift && m[1] && (DURATION_OF.has(unit) || unit === 'year') && OVER.test(ctx.text.slice(Math.max(0, start - 12), start))) {
      out.push(candidate(start, end, 'DURATION', DURATION_OF.get(unit) ?? 'P1Y', false, 1));
      continue;
    }
    if (shiftWord === 'following') continue;
    if (m[1] && STRETCHES.has(shiftWord) && DURATION_OF.has(unit) && !namesAge(ctx.text, start, shiftWord, unit)) {
      out.push(candidate(start, end, 'DURATION', DURATION_OF.get(unit) ?? '', false, 1));
    } else if (unit === 'weekend' && shiftWord === 'this' && ctx.ref && ctx.ref.weekday <= 2 && !tenseAt(ctx.text, start, end).endsWith('future')) {
      // on a Monday or Tuesday "this weekend" is the one just past, unless a verb looks ahead: `met this weekend`, not `will meet this weekend`
      out.push(candidate(start, end, 'DATE', `${isoWeek(addDays(ctx.ref, -3))}-WE`, true, 1));
    } else if (unit === 'week' && shiftWord === 'this' && ctx.ref?.weekday === 7 && !tenseAt(ctx.text, start, end).endsWith('past')) {
      // on a Sunday "this week" is the one ahead, unless a verb says it is over: `will skip this week's vote`, not `met this week`
      out.push(candidate(start, end, 'DATE', isoWeek(addDays(ctx.ref, 1)), true, 1));
    } else {
      out.push(candidate(start, end, 'DATE', shifted(ctx.ref, unit, SHIFT.get(shiftWord) ?? NaN), true, 1));
    }
  }
  return out;
}
