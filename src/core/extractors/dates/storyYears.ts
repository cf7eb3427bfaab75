import { anchoredMatches, NO_LEAD } from './anchoredMatches';
import type { DateCandidate, FinderContext } from './candidate';
import { NUMBER_PHRASE, toNumber } from './numberPhrase';
import { wordAnchors, wordClass } from './wordIndex';

/**
 * Years told from the story's own time rather than the dateline's:
 * `(later|earlier) that year`, `the same year`, `the following|previous|prior year`,
 * `two years later`. Not `two years ago`, which counts from the dateline; `a year earlier` is the
 * durations finder's, aligned to the story's quarter; `two years after he left` is a duration.
 */
const STORY_YEAR = new RegExp(
  String.raw`(?:(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year|the\s+(following|previous|prior)\s+year|(${NUMBER_PHRASE})\s+years?\s+(later))\b`,
  'iy',
);
const FIRST_WORDS = wordClass(['later', 'earlier', 'that', 'the']);
/** Number words and digits open the counted form; the word index holds neither as a class, so it is searched apart. */
const COUNTED = new RegExp(String.raw`\b(?:${NUMBER_PHRASE})\s+years?\s+later\b`, 'gi');
const SHIFT: Readonly<Record<string, number>> = { following: 1, previous: -1, prior: -1, later: 1 };

/**
 * Candidates whose year anchorStoryYears takes from the last year the story
 * named; until then the dateline's year stands in (`XXXX` for "that year").
 * Reference 2023-02-13: `the following year` → `2024`, shift +1; `two years later` → `2025`, shift +2.
 */
export function storyYears(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (m: RegExpExecArray) => {
    const shift = m[1] ? SHIFT[m[1].toLowerCase()] : m[2] ? countOf(m[2]) * SHIFT[m[3].toLowerCase()] : 0;
    if (!Number.isInteger(shift)) return;
    const value = ctx.ref && (m[1] || m[2]) ? String(ctx.ref.year + shift) : 'XXXX';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, relative: true, priority: 2, yearsFromStory: shift });
  };
  for (const m of anchoredMatches(STORY_YEAR, wordAnchors(ctx, FIRST_WORDS), NO_LEAD, ctx.text, ctx.from)) push(m);
  COUNTED.lastIndex = ctx.from;
  for (let m = COUNTED.exec(ctx.text); m; m = COUNTED.exec(ctx.text)) {
    STORY_YEAR.lastIndex = m.index;
    const whole = STORY_YEAR.exec(ctx.text);
    if (whole && whole[2]) push(whole);
  }
  return out;
}

/** The whole number of years a phrase counts: `two` → 2, `a` → 1; NaN when vague or not whole. */
function countOf(phrase: string): number {
  const n = toNumber(phrase);
  return n !== null && Number.isInteger(n) && n > 0 && n <= 200 ? n : NaN;
}
