import { isDigitCode, isTrimSpace } from '../../charCodes';
import { anchoredMatches, NO_LEAD } from './anchoredMatches';
import { candidate, type DateCandidate, type FinderContext } from './candidate';
import { pad } from './calendar';
import { CLOCK_STARTS, wordAnchors } from './wordIndex';

/** `1 p.m.`, `10:35 a.m.`, `9am`, `noon`, `midnight`; "13:00" alone is left to chrono. */
const CLOCK = /\b(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?m\b\.?|(noon|midnight))/iy;

/**
 * Whether a word led by a digit may start a CLOCK match: one or two digits,
 * maybe minutes, then `a` or `p`. Most numbers in news fail this at once,
 * and the pattern is not tried there: `10:35 a.m.`, `9am` pass; `2023`, `5 people` do not.
 */
function mayBeClock(text: string, at: number): boolean {
  let i = at;
  if (!isDigitCode(text.charCodeAt(i))) return true; // noon, midnight
  while (i < at + 2 && isDigitCode(text.charCodeAt(i))) i++;
  if (isDigitCode(text.charCodeAt(i))) return false;
  if (text.charCodeAt(i) === 58) i += 3; // `:35`, which the pattern checks
  while (isTrimSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  return c === 97 || c === 112;
}

/**
 * Clock times that chrono misses in longer sentences; mergeDayAndTime later
 * joins them to a neighbouring day: `1 p.m.` → TIME `XXXX-XX-XXT13:00`.
 */
export function clockTimes(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  // every match starts a word led by a digit, "noon" or "midnight"
  for (const m of anchoredMatches(CLOCK, wordAnchors(ctx, CLOCK_STARTS).filter((at) => mayBeClock(ctx.text, at)), NO_LEAD, ctx.text, ctx.from)) {
    const hour = m[4] ? (m[4].toLowerCase() === 'noon' ? 12 : 24) : (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    if (m[1] && Number(m[1]) > 12) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'TIME', `XXXX-XX-XXT${pad(hour)}:${m[2] ?? '00'}`, true, 1));
  }
  return out;
}
