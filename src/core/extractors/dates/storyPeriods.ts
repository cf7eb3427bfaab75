import { DAY_PART_NOUNS, TITLES_OF_THE_YEAR } from '../../lexicon/temporal';
import { addDays, isoWeek, pad, quarterOf } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, changed, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { overnightIdiom } from './overnightIdiom';
import { spelledAmong } from './spelledAmong';
import { tenseAt } from './tense';

/**
 * Periods a story names by its own context, as earnings and market reports do:
 * `the quarter`, `the latest period`, `the year-ago quarter`, `year-earlier`,
 * `the year`, `the fiscal year ended …`, `the year to March` (a year's span, not the calendar year), `year-end`, `year's end`, `the end of the month`, `mid-century`, `the weekend`, `the morning`, `4 in the morning`.
 */
const STORY = /\b(?:(the\s+(?:(?:latest|current|same|recent|fiscal|just-ended)\s+)?(?:quarter|period)\b(?!\s+of\b|-))|((?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?)|(the\s+(?:full\s+|current\s+|fiscal\s+|current\s+fiscal\s+)?year)\b(\s+(?:ended|ending|to(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))))?|(year[-\s]end\b|year's\s+end|the\s+(?:end|middle|start|beginning)\s+of\s+the\s+(?:year|decade|century|month|week)\b|mid-?(?:decade|century)\b)|(the\s+weekend)|(the\s+(?:morning|afternoon|evening))|(overnight))/iy;
/** A word every STORY match holds. */
const STORY_WORDS = wordClass(['quarter', 'period', 'year', 'month', 'week', 'decade', 'century', 'midcentury', 'weekend', 'morning', 'afternoon', 'evening', 'overnight']);
/** At most `the end of the` before `year`, `month` or `decade`; the walk back stops at any word STORY does not hold there. */
const WORDS = leadOf('-', 4, undefined, openers(['the', 'year', 'overnight', 'mid', 'midcentury']),
  spelledAmong(['the', 'latest', 'current', 'same', 'recent', 'fiscal', 'just', 'ended', 'full', 'year', 'ago', 'earlier', 'end', 'middle', 'start', 'beginning', 'mid', 'of']));
/** The decade or century whose end a match names. */
const AGE = /(?:decade|century)$/i;
/** The story's month or week whose end a match names: `by the end of the month`, `at the start of the week`. */
const STORY_UNIT = /(month|week)$/i;
/** An hour before "in the morning" makes it a clock time: `4 in the morning`, `one in the morning`. */
const HOUR_IN = /\b(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+$/i;
const SPELLED_HOURS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** `Person of the Year`: an award's title, read only before a match of `the year`. */
const TITLE_BEFORE = new RegExp(`\\b(?:${alternation(TITLES_OF_THE_YEAR)})\\s+of\\s+$`, 'i');
/** A clause or number that tells which year `the year` is, other than the story's: "the year before she took office", "the year he was born", "the year 2030". */
const CLAUSE_AFTER = /^\s+(?:\d|(?:before|after|when|that|which|since|he|she|they|we|i|it|you)\b)/i;
/** `by mid-century`, `until midcentury`: a preposition makes it a time; `the mid-century modern chair` is a style. */
const MID_AGE = /^mid/i;
const PREPOSITION_BEFORE = /\b(?:by|until|till|before|around|about|at|in|from|after|towards?|since|of|for|through|beyond|past|than)\s+$/i;
const PART: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };
const IS_DAY_PART_NOUN = spelledAmong(DAY_PART_NOUNS);

/** Does a noun that the part of the day describes follow at `end`, one space on: `the evening services`? */
function describesNoun(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let to = end + 1;
  while (to < text.length && ((text.charCodeAt(to) | 32) - 97) >>> 0 < 26) to++;
  return to > end + 1 && IS_DAY_PART_NOUN(text, end + 1, to);
}

/** "to" and a month or a day after a period: `the quarter to June`, `the year to 30 June`. */
const TO_DATE = /^\s+to\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** `the period`, `the same period`: a period, not a quarter, which only a quarter the story named makes one. */
const BARE_PERIOD = /period$/i;
/** A quarter the story names: `the third quarter`, `Q3`. */
const QUARTER = /\bquarter|\bQ[1-4]\b/gi;
/** Where the story first names a quarter, from `from` on; Infinity when it never does. */
function quarterFrom(text: string, from: number): number {
  QUARTER.lastIndex = from;
  return QUARTER.exec(text)?.index ?? Infinity;
}

/** The last quarter that ended before the reference date: `2023-02-13` → `2022-Q4`. */
function lastQuarter(year: number, month: number): [number, number] {
  const q = quarterOf(month) - 1;
  return q === 0 ? [year - 1, 4] : [year, q];
}

/** Reference Monday 2023-02-13: `the quarter` → `2022-Q4` (or the story's quarter), `the weekend` → `2023-W06-WE`. */
export function storyPeriods(ctx: FinderContext): DateCandidate[] {
  const ref = ctx.ref;
  const out: DateCandidate[] = [];
  let firstQuarter: number | undefined;
  for (const m of anchoredMatches(STORY, wordAnchors(ctx, STORY_WORDS), WORDS, ctx.text, ctx.from)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const date = (value: string): DateCandidate => candidate(start, end, 'DATE', value, true, 1);
    const [qy, q] = ref ? lastQuarter(ref.year, ref.month) : [0, 0];
    // "the quarter to June": three months that a date ends, not the story's quarter
    if (m[1] && /quarter$/i.test(m[1]) && TO_DATE.test(ctx.text.slice(end, end + 12))) out.push(candidate(start, end, 'DURATION', 'P3M', false, 1));
    else if (m[1]) {
      // "the period" or "the same period" is the story's quarter only once the story has named a quarter: "covers the
      // period 2019-2021" and "rose by 4% over the same period" (after years) name none
      if (BARE_PERIOD.test(m[1]) && (firstQuarter ??= quarterFrom(ctx.text, ctx.from)) > start) continue;
      out.push(changed(date(ref ? `${qy}-Q${q}` : 'XXXX-QX'), { quarterOfStory: true }));
    }
    else if (m[2]) {
      const quarter = /quarter|period/i.test(m[2]);
      const value = !ref ? 'XXXX' : quarter ? `${qy - 1}-Q${q}` : String(ref.year - 1);
      out.push(changed(date(value), { yearsBack: 1, quarterOfStory: quarter }));
    } else if (m[3] && m[4]) out.push(candidate(start, m.index + m[3].length, 'DURATION', 'P1Y', false, 1));
    else if (m[3]) {
      // "2021, the year before she took office", "the year he was born": a clause after it names some other year
      if (!TITLE_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start)) && !CLAUSE_AFTER.test(ctx.text.slice(end, end + 12))) out.push(date(ref ? String(ref.year) : 'XXXX'));
    }
    else if (m[5]) {
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      // "year-end" is its last day; "year's end", like "the end of the year", is the year; "the end of the decade", the decade (`202`);
      // "mid-century", "the middle of the century", the century (`20`): TimeML keeps the named unit as the value and
      // tells its middle by a modifier (`the mid-1990s` → `199` MID), which the contract leaves out; `205` or `2050` would name what the text does not
      if (MID_AGE.test(m[5]) && !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, start - 9), start))) continue;
      const age = AGE.exec(m[5]);
      const unit = STORY_UNIT.exec(m[5]);
      if (unit) out.push(date(!ref ? (unit[1].length === 5 ? 'XXXX-XX' : 'XXXX-WXX') : unit[1].length === 5 ? `${ref.year}-${pad(ref.month)}` : isoWeek(ref)));
      else if (age) out.push(date(ref ? String(Math.floor(ref.year / (age[0].length === 6 ? 10 : 100))) : age[0].length === 6 ? 'XXX' : 'XX'));
      else out.push(date(ref ? (/^year[-\s]end$/i.test(m[5]) ? `${ref.year - (since ? 1 : 0)}-12-31` : String(ref.year)) : 'XXXX'));
    } else if (m[6]) {
      // the weekend of a story dated Monday is the one just past, and so is one midweek that a past verb tells of ("made clear over the weekend")
      const past = ref && ref.weekday <= 5 && (ref.weekday <= 2 || tenseAt(ctx.text, start, end).endsWith('past'));
      const day = ref ? addDays(ref, past ? -(ref.weekday + 1) : 7 - ref.weekday - 1) : null;
      out.push(date(day ? `${isoWeek(day)}-WE` : 'XXXX-WXX-WE'));
    } else if (m[7] && !describesNoun(ctx.text, end)) {
      const code = PART[m[7].split(/\s+/)[1].toLowerCase()];
      // "4 in the morning" is a clock time, 04:00; "8 in the evening", 20:00
      const hour = start > 0 && ctx.text.charCodeAt(start - 1) === 32 ? HOUR_IN.exec(ctx.text.slice(Math.max(0, start - 11), start)) : null;
      const hourValue = hour ? Number(hour[1]) || SPELLED_HOURS.indexOf(hour[1].toLowerCase()) + 1 : 0;
      const part = hour ? `${pad((hourValue % 12) + (code === 'MO' ? 0 : 12))}:00` : code;
      const from = hour ? start - hour[0].length : start;
      out.push(changed(candidate(from, end, 'TIME', `${ref ? ref.iso : 'XXXX-XX-XX'}T${part}`, true, 1), { partOfStoryDay: { part, daysBefore: 0 } }));
    } else if (m[8] && ref && !overnightIdiom(ctx.text, start, end)) {
      out.push(changed(candidate(start, end, 'TIME', `${addDays(ref, -1).iso}TNI`, true, 1), { partOfStoryDay: { part: 'NI', daysBefore: 1, afterEvening: true } }));
    }
  }
  return out;
}
