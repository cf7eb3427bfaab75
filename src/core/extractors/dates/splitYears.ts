import { isDigitCode } from '../../charCodes';
import { candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { FISCAL_WORDS, FOUR_DIGITS, wordAnchors } from './wordIndex';

/**
 * A year and the next one's last two digits, as fiscal years and seasons are named: `2024-25`, `2022/23`, `2019–20`;
 * or a year and a later one in full: `2019-2021`.
 */
const SPLIT_YEAR = /(?<![\d$€£¥#.,/:-])((?:19|20)\d\d)[-/–]((?:19|20)?\d\d)(?![\d%]|[-/:.,]\d)/y;
/** What may name the split year before it, kept in the span: `fiscal 2024-25`, `fiscal year 2024-25`, `FY 2024-25`, `FY2024-25`. */
const FISCAL_BEFORE = /\b(?:fiscal(?:\s+year)?|FY)\s*$/i;
const isSeparator = (c: number): boolean => c === 45 || c === 47 || c === 0x2013;

/**
 * `FY2019–20`: the year is glued to FY, so it starts no word of its own and
 * FOUR_DIGITS misses it; FISCAL_WORDS holds where such an `FY` stands.
 */
function gluedToFiscal(ctx: FinderContext): number[] {
  const { text } = ctx;
  return wordAnchors(ctx, FISCAL_WORDS)
    .filter((at) => text.charCodeAt(at) === 70 && text.charCodeAt(at + 1) === 89)
    .map((at) => at + 2)
    .filter((at) => isDigitCode(text.charCodeAt(at)) && isSeparator(text.charCodeAt(at + 4)));
}

/**
 * Years that run into the next, one date from the first year to the second:
 * `the 2024-25 budget` → `2024-25`, DATE `2024`, range 2024 to 2025; `2019-2021`, range 2019 to 2021;
 * not `2024-27` (a span of years told otherwise), `1999/12` (a month) nor `2001-1999`.
 */
export function splitYears(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  const glued = gluedToFiscal(ctx);
  const starts = glued.length ? [...wordAnchors(ctx, FOUR_DIGITS), ...glued].sort((a, b) => a - b) : wordAnchors(ctx, FOUR_DIGITS);
  for (const at of starts) {
    if (!isSeparator(text.charCodeAt(at + 4))) continue; // the separator, before any regex call
    SPLIT_YEAR.lastIndex = at;
    const m = SPLIT_YEAR.exec(text);
    if (!m) continue;
    const first = Number(m[1]);
    const last = Number(m[2]);
    // two digits name the next year only; four, any later one (`2001-1999` is a score or a code)
    if (m[2].length === 2 ? last !== (first + 1) % 100 : last <= first) continue;
    const fiscal = FISCAL_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
    const start = fiscal ? at - fiscal[0].length : at;
    out.push(changed(candidate(start, at + m[0].length, 'DATE', m[1], false, 2), { range: { from: m[1], to: String(m[2].length === 2 ? first + 1 : last) } }));
  }
  return out;
}
