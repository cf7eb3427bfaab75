import { SEASONS } from '../../lexicon/temporal';
import { anchoredMatches, NO_LEAD } from './anchoredMatches';
import { alternation, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { toYear } from './periods';

const SEASON = new RegExp(`\\b(?:${alternation(Object.keys(SEASONS))})\\b`, 'iy');
const SEASON_WORDS = wordClass(Object.keys(SEASONS));
/** A word before the season that makes it a time: "prices fall" has none, "in the fall" has one. */
const CUE = /\b(?:in|the|during|by|until|since|of|through|early|late|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?$/i;
const MODIFIER = /(?:early|late|mid)[\s-]+$/i;
const YEAR_AFTER = /^,?\s+(?:of\s+)?(\d{4}|'\d{2})(?!\d)/;

/**
 * Seasons, with a year when one follows; a bare one keeps `XXXX` for
 * resolveYearless: `the summer of 2021` → `summer of 2021`, `2021-SU`; `early spring` → `XXXX-SP`.
 */
export function seasons(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(SEASON, wordAnchors(ctx, SEASON_WORDS), NO_LEAD, ctx.text, ctx.from)) {
    const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
    if (!CUE.test(before)) continue;
    const start = m.index - (MODIFIER.exec(before)?.[0].length ?? 0);
    const year = YEAR_AFTER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const value = `${toYear(year?.[1])}-${SEASONS[m[0].toLowerCase()]}`;
    out.push({ start, end: m.index + m[0].length + (year?.[0].length ?? 0), type: 'DATE', value, relative: !year, priority: 1 });
  }
  return out;
}
