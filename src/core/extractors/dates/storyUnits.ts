import { SEASONS } from '../../lexicon/temporal';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { lookup } from './lookup';
import { spelledAmong } from './spelledAmong';

const UNITS = ['month', 'week', ...Object.keys(SEASONS)];
/**
 * Months, weeks and seasons told from the date the story last named:
 * `that month`, `later that week`, `the same month`, `the following spring`, `the previous week`.
 * Not `next month` nor `the next month`, which count from the dateline or measure a stretch;
 * not `the same week as`, `the same month last year`, `the following three months`, `that fall in prices`.
 */
const STORY_UNIT = new RegExp(
  `(?:(?:(later|earlier)\\s+)?(that|the\\s+same)|the\\s+(following|previous|prior))\\s+(${alternation(UNITS)})\\b` +
    `(?!-|\\s+(?:of|as|when|that|in\\s+which|in\\s+\\d|(?:last|next|this|a|one|the\\s+(?:previous|prior|following))\\s+year)\\b|(?<=fall)\\s+(?:in|by|to|from|on)\\b)`,
  'iy',
);
const UNIT_WORDS = wordClass(UNITS);
/**
 * At most `later that` or `the following` before the unit, and only STORY_UNIT's own words: "month" and
 * "week" are common, and the walk back stops at once before "a month", "last week", "this spring".
 */
const WORDS = leadOf('', 2, undefined, openers(['later', 'earlier', 'that', 'the']), spelledAmong(['later', 'earlier', 'that', 'the', 'same', 'following', 'previous', 'prior']));
/** `that month` only where a time phrase may stand, as storyDays reads `that day`: not "warned that spring floods …". */
const THAT_LEAD = /(?:\b(?:in|on|by|until|till|since|from|of|for|during|through|throughout|over|about|around|later|earlier)\s+|[.,;:!?—\n]\s*|^\s*)$/i;
const SHIFT = lookup({ following: 1, previous: -1, prior: -1 });
/** What stands in until anchorStoryUnits finds the story's date: `month` → `XXXX-XX`, `week` → `XXXX-WXX`, `SP` → `XXXX-SP`. */
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
  for (const m of anchoredMatches(STORY_UNIT, wordAnchors(ctx, UNIT_WORDS), WORDS, ctx.text, ctx.from)) {
    if (m[2] && !m[1] && /^that$/i.test(m[2]) && !THAT_LEAD.test(ctx.text.slice(Math.max(ctx.from, m.index - 14), m.index))) continue;
    const word = m[4].toLowerCase();
    const unit = word === 'month' || word === 'week' ? word : (SEASONS[word] ?? '');
    const shift = m[3] ? (SHIFT.get(m[3].toLowerCase()) ?? 0) : 0;
    const found = candidate(m.index, m.index + m[0].length, 'DATE', placeholderOf(unit), true, 2);
    out.push(changed(found, { unitsFromStory: { unit, shift } }));
  }
  return out;
}
