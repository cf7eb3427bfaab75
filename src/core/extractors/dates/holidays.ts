import { HOLIDAYS, type HolidayRule } from '../../lexicon/holidays';
import { anchoredMatches, NO_LEAD } from './anchoredMatches';
import { dayNumber, fromDayNumber, pad } from './calendar';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { holidayDay } from './holidayDate';
import { tenseAt } from './tense';
import { wordAnchors, wordClass } from './wordIndex';

const NAMES = Object.keys(HOLIDAYS);
/** Any holiday name, longest first, a straight or curly apostrophe alike. */
const HOLIDAY = new RegExp(`(?:${alternation(NAMES).replace(/'/g, "['’]")})\\b`, 'iy');
const FIRST_WORDS = wordClass(NAMES.map((name) => /^[a-z]+/.exec(name)![0]));
/** A word before a one-word name that makes it a date: "by Christmas", not "Christmas trees". */
const CUE = /\b(?:in|on|at|by|before|after|until|till|since|over|around|during|for|through|from|to|of|the|ahead of|last|next|this)\s+$/i;
const SHIFT = /\b(last|next|this)\s+$/i;
const YEAR_AFTER = /^,?\s+(?:of\s+)?(\d{4})(?!\d)/;

const iso = (day: number): string => fromDayNumber(day).iso;

/**
 * Holidays, resolved like a weekday: the reference year's, unless the tense
 * or "last"/"next" points to the one before or after. Reference 2023-02-13:
 * `by Christmas` → `2023-12-25`; `last Thanksgiving` → `2022-11-24`; `Easter 2024` → `2024-03-31`.
 */
export function holidays(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text, ref } = ctx;
  for (const m of anchoredMatches(HOLIDAY, wordAnchors(ctx, FIRST_WORDS), NO_LEAD, text, ctx.from)) {
    const c = text.charCodeAt(m.index);
    if (c < 65 || c > 90) continue; // a proper name: "good friday" in lower case is none
    const key = m[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const rule = HOLIDAYS[key];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const end = m.index + m[0].length;
    const year = YEAR_AFTER.exec(text.slice(end, end + 12));
    const shift = SHIFT.exec(before);
    if (!rule || (!key.includes(' ') && !year && !CUE.test(before))) continue;
    const start = shift ? m.index - shift[0].length : m.index;
    const stop = year ? end + year[0].length : end;
    let value: string;
    if (year) value = iso(holidayDay(rule, Number(year[1])));
    else if (ref) value = iso(holidayDay(rule, yearOf(ctx, rule, start, stop, shift?.[1].toLowerCase())));
    else value = placeholder(rule);
    out.push(candidate(start, stop, 'DATE', value, !year, 2));
  }
  return out;
}

/** Without a reference date: `XXXX-12-25`; Thanksgiving `XXXX-11-XX`; Easter, in March or April, `XXXX-XX-XX`. */
function placeholder(rule: HolidayRule): string {
  if ('day' in rule) return `XXXX-${pad(rule.month)}-${pad(rule.day)}`;
  return 'month' in rule ? `XXXX-${pad(rule.month)}-XX` : 'XXXX-XX-XX';
}

/** The year whose holiday is meant: "last" the one before the reference date, "next" the one after, else the tense's lean. */
function yearOf(ctx: FinderContext, rule: HolidayRule, start: number, end: number, shift: string | undefined): number {
  const ref = ctx.ref!;
  const today = dayNumber(ref.year, ref.month, ref.day);
  const day = holidayDay(rule, ref.year);
  if (shift === 'this') return ref.year;
  if (shift === 'last') return day < today ? ref.year : ref.year - 1;
  if (shift === 'next') return day > today ? ref.year : ref.year + 1;
  const tense = tenseAt(ctx.text, start, end);
  // a verb's tense moves the holiday a year only when the other reading is not many times nearer:
  // tense cues are loose, and "the day after Christmas" on December 24 is this year's whatever the verb
  if (day > today && tense.endsWith('past') && today - holidayDay(rule, ref.year - 1) < AGAINST_TENSE * (day - today)) return ref.year - 1;
  if (day < today && tense.endsWith('future') && holidayDay(rule, ref.year + 1) - today < AGAINST_TENSE * (today - day)) return ref.year + 1;
  return ref.year;
}

/** How many times nearer the reading against the tense must be to win. */
const AGAINST_TENSE = 10;
