import { MONTHS, SEASONS } from '../../lexicon/temporal';
import { pad } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { capitalised } from './capitalisedMonths';
import { alternation, candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { lookup } from './lookup';
import { spelledAmong } from './spelledAmong';
import { toldInThePast } from './toldInThePast';

/** Month names written out in full: `the following March`; not `the following Mar.` */
const MONTH_NAMES = Object.keys(MONTHS).filter((name) => (name.length > 3 && name !== 'sept') || name === 'may');
const UNITS = ['month', 'week', ...Object.keys(SEASONS), ...MONTH_NAMES];
/**
 * Months, weeks and seasons told from the date the story last named:
 * `that month`, `later that week`, `the same month`, `the following spring`, `the previous week`, `the following March`.
 * `The next month` in a past clause too; not `next month` nor `the next month` elsewhere, which count from the dateline or measure a stretch;
 * not `the same week as`, `the same month last year`, `the following three months`, `that fall in prices`,
 * nor `the following March 3, 2020`, a day the months finder reads; `the following March 3` is the day of that March.
 */
const STORY_UNIT = new RegExp(
  `(?:(?:(later|earlier)\\s+)?(that|the\\s+same)|the\\s+(following|previous|prior|next))\\s+(${alternation(UNITS)})\\b` +
    // a day after a month's name, with no year after it: `the following March 3`
    `(?:\\s+(\\d{1,2})\\b(?![,\\s]*\\d|[:.]\\d))?` +
    `(?!-|\\s+\\d|\\s+(?:of|as|when|that|in\\s+which|in\\s+\\d|(?:last|next|this|a|one|the\\s+(?:previous|prior|following))\\s+year)\\b|(?<=fall)\\s+(?:in|by|to|from|on)\\b)`,
  'iy',
);
const UNIT_WORDS = wordClass(UNITS);
/**
 * At most `later that` or `the following` before the unit, and only STORY_UNIT's own words: "month" and
 * "week" are common, and the walk back stops at once before "a month", "last week", "this spring".
 */
const WORDS = leadOf('', 2, undefined, openers(['later', 'earlier', 'that', 'the']), spelledAmong(['later', 'earlier', 'that', 'the', 'same', 'following', 'previous', 'prior', 'next']));
/** `that month` only where a time phrase may stand, as storyDays reads `that day`: not "warned that spring floods …". */
const THAT_LEAD = /(?:\b(?:in|on|by|until|till|since|from|of|for|during|through|throughout|over|about|around|later|earlier)\s+|[.,;:!?—\n]\s*|^\s*)$/i;
const SHIFT = lookup({ following: 1, previous: -1, prior: -1, next: 1 });
/** What stands in until anchorStoryUnits finds the story's date: `month` → `XXXX-XX`, `week` → `XXXX-WXX`, `SP` → `XXXX-SP`, `03` → `XXXX-03`. */
export function placeholderOf(unit: string): string {
  return unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : `XXXX-${unit}`;
}

/**
 * Reference 2023-02-13: `The dam failed on 3 March 2019. The following month …` →
 * `The following month`, DATE, `XXXX-XX` with unitsFromStory { month, +1 } until anchorStoryUnits
 * makes it `2019-04`.
 */
export function storyUnits(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // a month's name is capitalised: the verb "may" and "the following march" (a procession) cost no walk
  for (const m of anchoredMatches(STORY_UNIT, capitalised(ctx.text, wordAnchors(ctx, UNIT_WORDS)), WORDS, ctx.text, ctx.from)) {
    if (m[2] && !m[1] && /^that$/i.test(m[2]) && !THAT_LEAD.test(ctx.text.slice(Math.max(ctx.from, m.index - 14), m.index))) continue;
    // "the next month" is the story's only in a past clause: "over the next month" and "the next month will" look ahead from the dateline
    if (m[3] && (m[3].charCodeAt(0) | 32) === 110 && !toldInThePast(ctx.text, m.index, m.index + m[0].length)) continue;
    const word = m[4].toLowerCase();
    const month = MONTHS[word];
    // a day only after a month's name, told from the story: "that week 3" is no date
    if (m[5] && (!month || !m[3])) continue;
    const unit = word === 'month' || word === 'week' ? word : month ? pad(month) : (SEASONS[word] ?? '');
    const shift = m[3] ? (SHIFT.get(m[3].toLowerCase()) ?? 0) : 0;
    const found = candidate(m.index, m.index + m[0].length, 'DATE', placeholderOf(unit), true, 2);
    out.push(changed(found, { unitsFromStory: { unit, shift } }));
  }
  return out;
}
