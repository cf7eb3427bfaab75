import { isTrimSpace } from '../../charCodes';
import { NUMBERED_NAMES } from '../../lexicon/temporal';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { candidate, type DateCandidate, type FinderContext } from './candidate';
import { FOUR_DIGITS, wordAnchors } from './wordIndex';
import { openers } from './openers';
import { spelledAmong } from './spelledAmong';
import { splitYears } from './splitYears';
import { wireClockAt } from './wireClock';

/**
 * A four-digit year standing alone. 1900–2099 anywhere; earlier years only
 * after a word that introduces a time ("in 1848", "since 1066"). A number of
 * four digits or more after `to`/`and` and before `%` makes it the bottom of a
 * percentage range (`2000 to 3000%`); a smaller one cannot top it, so
 * `rose in 2020 to 61%` keeps its year.
 */
const YEAR = /(?<![\d$€£¥#.,/:-]|\bNo\.\s?)\b(?:(?:mid|early|late)-)?(19\d\d|20\d\d|(?<=\b(?:in|since|from|until|by|of|before|after|during|year|circa)\s)(?:1\d|21)\d\d)\b(?![.,]\d|\s*(?:%|percent|per\s+cent)|[-/:]\d|\s+(?:to|and)\s+\d(?:,?\d){3,}\s*(?:%|percent))/iy;
/** The four digits every year holds (FOUR_DIGITS), led up to by `mid-`, `early-`, `late-`. */
const PREFIX = leadOf('-', 1, undefined, openers(['mid', 'early', 'late'], true));
/** A modifier that TIMEX3 keeps in the span before the year: `the end of 1990`, `early 1991`. */
const MODIFIER = /\b(?:the\s+(?:end|beginning|start|middle)\s+of|early|late)\s+$/i;
/** Words before a number that make it a count, not a year: "about 2000 people". */
const COUNT_CUE = /\b(?:about|around|nearly|almost|some|over|than|least|to|approximately|roughly|only|just|additional|another|\d+)\s+$/i;
/** A year before `to` makes the next number a year too: `from 1999 to 2011`, not `up to 2000 people`. */
const YEAR_TO = /\b(?:19|20)\d\d\s+to\s+$/;
/** `Russell` in `the Russell 2000`, by hash, without copying the word. */
const IS_NUMBERED_NAME = spelledAmong(NUMBERED_NAMES);

/** Does a capitalised name that a number completes stand right before `at`, one space between: `Windows 2000`? */
function afterNumberedName(text: string, at: number): boolean {
  let start = at - 1;
  while (start > 0 && ((text.charCodeAt(start - 1) | 32) - 97) >>> 0 < 26) start--;
  const first = text.charCodeAt(start);
  return start < at - 1 && first >= 65 && first <= 90 && IS_NUMBERED_NAME(text, start, at - 1);
}

/** Bare years: `in 2014` → `2014`; `by the end of 1990` → `the end of 1990`, `1990`; `about 2000 troops` is a count, not a year. */
export function years(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(YEAR, wordAnchors(ctx, FOUR_DIGITS), PREFIX, ctx.text, ctx.from)) {
    // the cue ends in white space: without it before the year, no copy and no regex call
    const spaced = isTrimSpace(ctx.text.charCodeAt(m.index - 1));
    if (spaced && afterNumberedName(ctx.text, m.index)) continue;
    if (wireClockAt(ctx.text, m.index + m[0].length - 4)) continue; // `2030 GMT` is a time
    if (spaced && COUNT_CUE.test(ctx.text.slice(Math.max(0, m.index - 16), m.index)) && !YEAR_TO.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // the modifiers end in "of", "early", "late": most words before a year do not, and cost no copy
    const last = spaced ? ctx.text.charCodeAt(m.index - 2) | 32 : 0;
    const modifier = last === 102 || last === 121 || last === 101 ? MODIFIER.exec(ctx.text.slice(Math.max(0, m.index - 28), m.index)) : null;
    out.push(candidate(m.index - (modifier?.[0].length ?? 0), m.index + m[0].length, 'DATE', m[1], false, 1));
  }
  // two years joined by a dash are one range (splitYears): `2024-25`, `1993-2001`
  return [...out, ...splitYears(ctx)];
}
