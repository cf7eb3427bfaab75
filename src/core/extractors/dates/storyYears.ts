import { anchoredMatches, leadOf } from './anchoredMatches';
import { openers } from './openers';
import { candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { NUMBER_PHRASE, toNumber } from './numberPhrase';
import { wordAnchors, wordClass } from './wordIndex';
import { lookup } from './lookup';
import { spelledAmong } from './spelledAmong';
import { toldInThePast } from './toldInThePast';

/**
 * Years told from the story's own time rather than the dateline's:
 * `(later|earlier) that year`, `the same year`, `the following|previous|prior year`, `the next year` in a past clause,
 * `two years later`, `a decade later`. Not `two years ago`, which counts from the dateline; `a year earlier` is the
 * durations finder's, aligned to the story's quarter; `two years after he left` is a duration.
 */
const STORY_YEAR = /(?:(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year|the\s+(following|previous|prior|next)\s+year)\b/iy;
/**
 * Every form holds "year": the finder starts there and reads back at most three words, and only STORY_YEAR's
 * own: the walk stops at once before the many "last year", "this year", "a year".
 */
const YEAR = wordClass(['year']);
const LEAD = leadOf('', 3, undefined, openers(['later', 'earlier', 'that', 'the']), spelledAmong(['later', 'earlier', 'that', 'the', 'same', 'following', 'previous', 'prior', 'next']));
/** `two years `, `a decade ` just before a "later": read back from each "later" rather than over the whole text. */
const COUNT_BEFORE = new RegExp(String.raw`\b(${NUMBER_PHRASE})\s+(?:years?|(decades?))\s+$`, 'i');
const LATER = wordClass(['later']);
/** `later`, but not `later than`: "two years later than planned" compares, it names no year. */
const LATER_AFTER = /^later\b(?!\s+than\b)/i;
const SHIFT = lookup({ following: 1, previous: -1, prior: -1, next: 1 });

/**
 * Candidates whose year anchorStoryYears takes from the last year the story
 * named; until then the dateline's year stands in (`XXXX` for "that year").
 * Reference 2023-02-13: `the following year` → `2024`, shift +1; `two years later` → `XXXX`, shift +2.
 * A counted "later" stays `XXXX` until the story names its year, as TimeML anchors it on the story's
 * time and never on the dateline: "He spent two years there. Two years later he returned" is no year
 * ahead of the article, and a reading from the dateline says so ("two years from now", "in two years").
 */
export function storyYears(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (start: number, end: number, shift: number, fromDateline: boolean) => {
    const value = ctx.ref && fromDateline ? String(ctx.ref.year + shift) : 'XXXX';
    out.push(changed(candidate(start, end, 'DATE', value, true, 2), { yearsFromStory: shift }));
  };
  for (const m of anchoredMatches(STORY_YEAR, wordAnchors(ctx, YEAR), LEAD, ctx.text, ctx.from)) {
    // "the next year" is the story's only in a past clause; a stretch ("over the next year") or a clause ahead looks from the dateline
    if (m[1] && (m[1].charCodeAt(0) | 32) === 110 && !toldInThePast(ctx.text, m.index, m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length, m[1] ? (SHIFT.get(m[1].toLowerCase()) ?? NaN) : 0, !!m[1]);
  }
  for (const at of wordAnchors(ctx, LATER)) {
    const from = Math.max(ctx.from, at - 48);
    const count = COUNT_BEFORE.exec(ctx.text.slice(from, at));
    const years = count ? countOf(count[1]) * (count[2] ? 10 : 1) : NaN;
    if (count && Number.isInteger(years) && LATER_AFTER.test(ctx.text.slice(at, at + 12))) push(from + count.index, at + 5, years, false);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The whole number of years a phrase counts: `two` → 2, `a` → 1; NaN when vague or not whole. */
function countOf(phrase: string): number {
  const n = toNumber(phrase);
  return n !== null && Number.isInteger(n) && n > 0 && n <= 200 ? n : NaN;
}
