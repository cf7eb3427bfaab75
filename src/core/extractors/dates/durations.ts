import { isTrimSpace } from '../../charCodes';
import { addDays, isoWeek, monthValue, pad, quarterOf } from './calendar';
import { anchoredMatches } from './anchoredMatches';
import { candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { countedUnits, UNIT_ADJECTIVES } from './countedUnits';
import { isDigits, NUMBER_LEAD, QUALIFIER, THE } from './durationLeads';
import { wordAnchors, wordClass, wordSet } from './wordIndex';
import { durationRange } from './durationRanges';
import { durationValue, toUnit } from './durationValue';
import { NUMBER_PHRASE, toNumber } from './numberPhrase';
import { isShareQuarter, quarterCenturyEnd } from './quarterReading';

const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries';
/**
 * `two-and-a-half years`, `a year and a half`, `eight consecutive years`, `the past three
 * months`, `five-year`, `8-month-old`, `nearly two years ago`, `a few weeks`. "Seven years
 * earlier than" compares two spans of time and names no point: the stretch alone is kept; so is "four days" in "rose
 * for four days earlier in the week", where "earlier" is the week's.
 */
const DURATION = new RegExp(
  `\\b(?:(${QUALIFIER})\\s+)?(${NUMBER_PHRASE})(?:\\s+|-)(?:(?:${UNIT_ADJECTIVES.join('|')})\\s+)?(${UNIT})\\b(\\s+and\\s+a\\s+half\\b)?` +
    `(?!(?<=quarters?)\\s+of\\s|-olds?\\b|\\s+olds?\\b)(?:-long\\b)?(?:\\s+in\\s+a\\s+row\\b)?(?:\\s+(ago|from\\s+now|earlier(?!\\s+than\\b|\\s+in\\s+the\\s+(?:week|month|year|day)\\b)|before)\\b)?`,
  'iy',
);
/**
 * Every DURATION match holds a unit, led up to by a number phrase (`2.5`,
 * `1/2`, `two-and-a-half`) and at most three other words: `more than`, `consecutive`.
 */
const UNIT_WORDS = wordClass(wordSet(UNIT));
/** Uncounted stretches after a preposition: `for years`, `within weeks`, `over the years`, `for centuries`. */
const VAGUE = /(?<=\b(?:for|within|over|in)\s)(?:the\s+)?(?:years|months|weeks|days|decades|centuries)\b(?!\s+(?:of|ago|old)\b)/iy;

/** "for" just before a count: `for 15 years before`. */
const FOR_BEFORE = /\bfor\s$/i;
/**
 * What follows a "before" that takes an object, an event or a clause: `10 days before the vote`, `a decade before
 * he left`. It is a signal outside the span, as TimeML marks it, and the count a stretch to an event this finder
 * cannot date; `a decade before, rates were flat` or `a decade before and after` keep "before" as "earlier".
 */
const BEFORE_OBJECT = /^[ \t]+(?!(?:and|or|but|then)\b)[A-Za-z0-9$"'“‘]/;

/** A year in four digits: "1,500 years ago" in 2024 is `0524`; one before year 0 is only the past ("3,000 years ago"). */
const yearValue = (year: number): string => (year < 0 ? 'PAST_REF' : pad(year, 4));

/** A point `n` units before (or after) the reference date: (2, "year", ago) → `2021`. */
function shiftedPoint(ctx: FinderContext, n: number | null, unit: string, sign: number): string {
  const ref = ctx.ref;
  if (n === null || !ref || !Number.isInteger(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  switch (unit) {
    case 'day': return addDays(ref, sign * n).iso;
    case 'week': return isoWeek(addDays(ref, sign * 7 * n));
    case 'fortnight': return isoWeek(addDays(ref, sign * 14 * n));
    case 'month': return monthValue(ref, sign * n);
    case 'decade': return yearValue(ref.year + sign * 10 * n);
    case 'year': return yearValue(ref.year + sign * n);
    case 'quarter': {
      const index = ref.year * 4 + quarterOf(ref.month) - 1 + sign * n;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    default: return ref.iso;
  }
}

/**
 * Stretches of time, and points a stretch away from the reference date:
 * `eight consecutive years` → DURATION `P8Y`; `two weeks ago` → DATE `2023-W05`.
 * "later" stays outside the span, so the stretch itself is the mention.
 */
export function durations(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const units = wordAnchors(ctx, UNIT_WORDS);
  for (const m of anchoredMatches(DURATION, countedUnits(ctx.text, units), NUMBER_LEAD, ctx.text, ctx.from)) {
    const unit = toUnit(m[3]);
    // "a year and a half": the half comes after the unit
    const counted = toNumber(m[2]);
    const n = counted !== null && m[4] ? counted + 0.5 : counted;
    const qualifier = m[1]?.toLowerCase() ?? '';
    // the count's words compared as strings: no regex per match
    const count = m[2].toLowerCase();
    const article = count === 'a' || count === 'an';
    if (n === null && !/[a-z]s$/i.test(m[3])) continue;
    // "a £6-a-day charge", "a two-a-day habit": an article hyphened onto a word before it makes a rate (sets), no stretch
    if (article && ctx.text.charCodeAt(m.index - 1) === 45) continue;
    // "a second group", "one day he will": the article or "one" is not counting time there
    if ((unit === 'second' && article) || (count === 'one' && unit === 'day' && !m[1])) continue;
    // a bare "the" or "a" before a unit is only a duration when it counts: "the year" is not
    if ((qualifier === 'the' && n === 1 && article) || (isDigits(count.charAt(0)) && unit === 'quarter' && n !== null && n > 4)) continue;
    // "three-quarters of donors", "a three-quarter stake": a fraction, not nine months
    if (unit === 'quarter' && !isDigits(count.charAt(0)) && ctx.text.charCodeAt(m.index + m[0].indexOf(m[3], m[2].length) - 1) === 45) continue;
    // "the 95 minute rant", "the five-year plan": the article is the noun's, not the stretch's
    const attributive = qualifier === 'the' && n !== 1 && !m[3].toLowerCase().endsWith('s');
    const start = attributive ? m.index + m[0].indexOf(m[2], 3) : m.index;
    // "worked there for 15 years before entering parliament": after "for", "before" opens the next clause, and the
    // count is a stretch, not a point 15 years back
    const before = m[5] !== undefined && m[5].length === 6 && /^before$/i.test(m[5]);
    const stretchFor = before && (FOR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) || BEFORE_OBJECT.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8)));
    let end = m.index + m[0].length;
    // the anchor word ends the match: the stretch ends at the word before it
    if (stretchFor) for (end -= m[5].length; isTrimSpace(ctx.text.charCodeAt(end - 1)); ) end--;
    const anchor = stretchFor ? undefined : m[5]?.toLowerCase();
    if (unit === 'quarter') {
      // "a quarter century" is 25 years; "grew by a quarter" a share, not three months
      const centuryEnd = quarterCenturyEnd(ctx.text, end);
      if (centuryEnd >= 0 && n !== null) out.push(candidate(start, centuryEnd, 'DURATION', durationValue(n * 25, 'year'), false, 1));
      if (centuryEnd >= 0 || (n !== null && !isDigits(count.charAt(0)) && isShareQuarter(ctx.text, m.index, end, m[0]))) continue;
    }
    // "in recent years", "in coming months" point at the past or future, they do not measure it
    if ((count === 'recent' || count === 'coming') && !anchor) {
      out.push(candidate(start, end, 'DATE', count === 'recent' ? 'PAST_REF' : 'FUTURE_REF', false, 1));
      continue;
    }
    // "a day earlier" counts from the story's own time, not the reference date: a stretch
    if (anchor && (anchor.startsWith('ago') || anchor.startsWith('from') || unit === 'year' || (unit === 'decade' && anchor.startsWith('earlier')))) {
      const sign = anchor.startsWith('from') ? 1 : -1;
      const point: DateCandidate = candidate(start, end, 'DATE', shiftedPoint(ctx, n, unit, sign), true, 1);
      const whole = sign < 0 && n !== null && Number.isInteger(n);
      // "five years earlier", "a decade earlier" count back from the year the story last named (anchorStoryYears), "five years ago" from the dateline
      const fromStory = anchor === 'ago' ? {} : { yearsFromStory: -(n ?? 0) * (unit === 'decade' ? 10 : 1) };
      // only whole years align with a quarter (alignYearShifts): "a decade ago" stays a year
      // "two weeks ago" is a week, but a clock time beside it falls on the one day seven days a week back
      const days = unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 0;
      const weekDay = days && ctx.ref && n !== null && Number.isInteger(n) ? addDays(ctx.ref, sign * days * n).iso : undefined;
      out.push(whole && unit === 'year' ? changed(point, { yearsBack: n, ...fromStory }) : whole && unit === 'decade' ? changed(point, fromStory) : weekDay ? changed(point, { dayOfPoint: weekDay }) : point);
    } else {
      const ranged = m[1] ? null : durationRange(ctx.text, start, m[2], unit);
      const stretch = candidate(ranged?.start ?? start, end, 'DURATION', ranged?.value ?? durationValue(n, unit), false, 1);
      out.push(ranged ? changed(stretch, { range: ranged.range }) : stretch);
    }
  }
  for (const m of anchoredMatches(VAGUE, units, THE, ctx.text, ctx.from)) {
    const unit = toUnit(m[0].replace(/^the\s+/i, ''));
    out.push(candidate(m.index, m.index + m[0].length, 'DURATION', durationValue(null, unit), false, 0));
  }
  return out;
}
