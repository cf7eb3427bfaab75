import { SCALES } from '../../lexicon/numberWords';
import { QUALIFIER } from './durationLeads';
import { durationValue } from './durationValue';
import { toNumber } from './numberPhrase';

/** A count in digits or in one or two words: the low end of a range. */
const LOW = String.raw`\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?`;
/** The low end and what joins it to the count that a duration starts with: `two to `, `60-`, `between 4 and `; a dash joins digits only (`half-dozen` is one count). */
const LOW_BEFORE = new RegExp(String.raw`(?:(?<!\bfrom\s+|[\d,.$])\b(?:(\d+(?:\.\d+)?)\s*[-–]\s*|(${LOW})\s+to\s+)|(?<=\bbetween\s+)(${LOW})\s+and\s+)$`, 'i');
/** A qualifier TIMEX3 keeps in the span, right before the low end: `the next ` in `the next 12 to 18 months`. */
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(?:${QUALIFIER})\s+$`, 'i');
/** An article counts one only before its unit: `$50,000-a-year` is no range. */
const ARTICLE = /^an?$/i;
/** Two counts a duration's own count may hold, joined by `and` after `between`: `four and six`. */
const JOINED = /^([a-z]+)\s+and\s+(?!a\b)([a-z]+(?:-[a-z]+)?)$/i;

/** A duration's range: where it starts, its vague value, and its two ends. */
export interface DurationRange {
  readonly start: number;
  readonly value: string;
  readonly range: { readonly from: string; readonly to: string };
}

/** Does a dash, `to` or `and` end the text before `at`, spaces aside? */
function joinedBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 0x2013) return true;
  const word = text.slice(Math.max(0, i - 3), i + 1).toLowerCase();
  return (word.endsWith('to') || word.endsWith('and')) && i + 1 < at;
}

function rangeOf(start: number, low: number | null, high: number | null, unit: string): DurationRange | null {
  if (low === null || high === null || !(low < high)) return null;
  return { start, value: durationValue(null, unit), range: { from: durationValue(low, unit), to: durationValue(high, unit) } };
}

/**
 * A duration whose count is the top of a range, widened to the range: the
 * stretch is vague, its ends are known. `two to three weeks` → from `two`,
 * `PXW`, P2W–P3W; `between four and six years` → P4Y–P6Y, not ten years.
 * `from 60 to 90 days` is a change from one stretch to another: no range.
 * Null when the count stands alone.
 */
export function durationRange(text: string, start: number, count: string, unit: string): DurationRange | null {
  const joined = count.length > 6 && count.includes(' and ') ? JOINED.exec(count) : null;
  if (joined) {
    // "one hundred and twenty years" is one number
    if (SCALES.has(joined[1].toLowerCase()) || !/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
    return rangeOf(start, toNumber(joined[1]), toNumber(joined[2]), unit);
  }
  // most durations follow no joining word or dash: no copy, no regex for them
  if (!joinedBefore(text, start)) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  const low = ARTICLE.test(count) ? null : LOW_BEFORE.exec(before);
  if (!low) return null;
  const lowAt = start - before.length + low.index;
  const qualifier = low[3] === undefined ? QUALIFIER_BEFORE.exec(text.slice(Math.max(0, lowAt - 24), lowAt)) : null;
  return rangeOf(lowAt - (qualifier?.[0].length ?? 0), toNumber(low[1] ?? low[2] ?? low[3]), toNumber(count), unit);
}
