import { SEASONS } from '../../lexicon/temporal';
import { anchoredMatches, NO_LEAD } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { toYear } from './periods';
import { SPELLED_YEAR, spelledYearValue } from './spelledYears';
import { lookup } from './lookup';

const SEASON = new RegExp(`\\b(?:${alternation(Object.keys(SEASONS))})\\b`, 'iy');
const SEASON_WORDS = wordClass(Object.keys(SEASONS));
/** A word before the season that makes it a time: "prices fall" has none, "in the fall" has one. */
const CUE = /\b(?:in|the|during|by|until|since|of|through|early|late|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?$/i;
const MODIFIER = /(?:early|late|mid)[\s-]+$/i;
const YEAR_AFTER = new RegExp(`^,?\\s+(?:of\\s+)?(?:(\\d{4}|'\\d{2})(?!\\d)|(${SPELLED_YEAR})|(this|last|next)\\s+year\\b)`);
const SHIFT = lookup({ this: 0, last: -1, next: 1 });
const SEASON_CODES = lookup(SEASONS);
/** The next year after a winter's: `the winter of 2027-28`, `winter 2027/2028`; its TIMEX3 year is the December's. */
const WINTER_NEXT = /^[-–/](\d{4}|\d\d)(?![\d-])/;

/** How far `-28` after a winter's year `year` (ending at `at`) runs; 0 when no such next year follows. */
function winterNext(text: string, at: number, year: string): number {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 0x2013 && c !== 47) return 0;
  const m = WINTER_NEXT.exec(text.slice(at, at + 6));
  const next = Number(year) + 1;
  return m && (m[1].length === 4 ? Number(m[1]) === next : Number(m[1]) === next % 100) ? m[0].length : 0;
}

/** "the fall of the Berlin Wall": a season that "of" follows, with no year, is a noun of its own. */
const OF = /^\s+of\b/i;
/** "the" joins a season that a year follows, as it does a quarter: `the summer of 2021`, `the early summer`. */
const THE = /\bthe\s+$/i;
/**
 * "fall" is also the noun for a decline: "the fall was driven by", "the fall in exports". Bare "the fall" is autumn
 * only behind a word of time ("in the fall", "by the fall", "for most of the fall"; not "most of the fall came"), and not even there when "in"/"to" a lowercase word or a
 * number follows: "driven by the fall in exports", "since the fall to 3%".
 */
const TIME_BEFORE_THE = /\b(?:in|during|by|until|till|since|through|throughout|over|before|after|for|from|(?:end|start|beginning|middle|rest|remainder)\s+of|(?:for|in|during|through|throughout|over)\s+(?:much|most|all|part|some)\s+of|into|to|towards?)\s+the\s+$/i;
const DECLINE_AFTER = /^\s+(?:in|to)\s+(?:[a-z]|\d|\$|€|£)/;
/** "the fall semester", "the fall session": a noun of the calendar after it keeps the season. */
const CALENDAR_AFTER = /^\s+(?:semester|term|session|season|sitting|elections?|harvest|campaign)\b/i;

/**
 * Seasons, with a year when one follows; a bare one keeps `XXXX` for
 * resolveYearless: `the summer of 2021` → `2021-SU`; `the spring of last year` → `2022-SP`; `early spring` → `XXXX-SP`.
 */
export function seasons(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(SEASON, wordAnchors(ctx, SEASON_WORDS), NO_LEAD, ctx.text, ctx.from)) {
    const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
    if (!CUE.test(before)) continue;
    const modifier = MODIFIER.exec(before)?.[0].length ?? 0;
    const year = YEAR_AFTER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!year && OF.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (!year && !modifier && m[0].toLowerCase() === 'fall' && isDecline(before, ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const shifted = year?.[3] && ctx.ref ? String(ctx.ref.year + (SHIFT.get(year[3].toLowerCase()) ?? NaN)) : null;
    const stated = year?.[1] ? toYear(year[1]) : year?.[2] ? spelledYearValue(year[2]) : shifted;
    const the = stated || modifier ? THE.exec(before.slice(0, before.length - modifier))?.[0].length ?? 0 : 0;
    const code = SEASON_CODES.get(m[0].toLowerCase()) ?? '';
    const yearEnd = m.index + m[0].length + (stated && year ? year[0].length : 0);
    const end = code === 'WI' && year?.[1]?.length === 4 && stated ? yearEnd + winterNext(ctx.text, yearEnd, stated) : yearEnd;
    const value = `${stated ?? 'XXXX'}-${code}`;
    out.push(candidate(m.index - modifier - the, end, 'DATE', value, !stated || shifted !== null, 1));
  }
  return out;
}

/** Whether "the fall" here is the noun for a decline rather than the season. */
function isDecline(before: string, after: string): boolean {
  if (CALENDAR_AFTER.test(after)) return false;
  return !TIME_BEFORE_THE.test(before) || DECLINE_AFTER.test(after);
}
