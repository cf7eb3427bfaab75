import { AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS } from '../../lexicon/temporal';
import type { Token } from './tokens';

const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(MONTHS));
const DAY_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...Object.keys(WEEKDAYS)]);

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const YEAR_WORDS = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'before', 'after', 'circa', 'c', 'during', 'year', 'fiscal']);
/** Month names that are also English words need a capital to be months: "May 4" but not "may 4". */
const WORDLIKE_MONTHS: ReadonlySet<string> = new Set([...AMBIGUOUS_MONTHS, 'aug']);

/**
 * True when four digits read as a calendar year: "2023", "1989", but not
 * "2,023", "2023.5" or "12000". Years belong to the dates stage.
 */
export function isLikelyYear(text: string): boolean {
  if (text.length !== 4) return false;
  let n = 0;
  for (let k = 0; k < 4; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    n = n * 10 + d;
  }
  return n >= 1000 && n <= 2100;
}

/** A bare year-like number with nothing that makes it an amount: "in 1990", "2023". */
export function isYearHere(tokens: readonly Token[], digits: number): boolean {
  const t = tokens[digits];
  if (!isLikelyYear(t.text)) return false;
  if (Number(t.text) >= 1900) return true;
  const before = tokens[digits - 1];
  return before !== undefined && (YEAR_WORDS.has(before.lower) || isMonth(before));
}

const APOSTROPHES = new Set(["'", '’']);

/**
 * "in '16", "the ’08 race": two digits after an apostrophe that follows no
 * word or other apostrophe name a year ("''16 people'' " opens a quote).
 */
export function isShortYear(tokens: readonly Token[], digits: number): boolean {
  const t = tokens[digits];
  const mark = tokens[digits - 1];
  if (t.text.length !== 2 || !t.glued || !mark || !APOSTROPHES.has(mark.text)) return false;
  const before = tokens[digits - 2];
  return !mark.glued || !before || (before.type !== 'word' && before.type !== 'num' && !APOSTROPHES.has(before.text));
}

/**
 * "the 2016 candidates", "his 2020 campaign", "contradicts 2013 comments": a year
 * used as a modifier. News writes counts of a thousand or more with a comma
 * ("2,013 comments"), so four plain digits before a plural are a year, save a
 * round hundred, which may count ("sent 2000 troops") unless a determiner comes first.
 */
export function isYearBeforeNoun(tokens: readonly Token[], digits: number, qualified = false, text = ''): boolean {
  const t = tokens[digits];
  const before = tokens[digits - 1];
  const n = Number(t.text);
  if (!isLikelyYear(t.text) || n < 1900) return false;
  if (before !== undefined && (DETERMINERS.has(before.lower) || /['’]s$/.test(before.lower))) return true;
  // the subject after an opening phrase counts: a year there would take "the"
  if (before?.text === ',' && closesOpening(tokens, digits - 1, text)) return false;
  return !qualified && n % 100 !== 0;
}

/** Words that open a phrase before the subject: `Since 2000,`, `In all,`, `Last year,`. */
const OPENING_WORDS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'after', 'before', 'during', 'until', 'through', 'over', 'from', 'last', 'this', 'for', 'between', 'so', 'altogether']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':']);

/** Does the comma at tokens[comma] close a short phrase that opens its sentence with one of OPENING_WORDS: `Since 2000, 1999 people`; not a list of years after "the"? */
function closesOpening(tokens: readonly Token[], comma: number, text: string): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 6; k--) {
    const t = tokens[k];
    // `In the 2008, 2012 races`: years listed after "the" modify one noun
    if (t.text === ',' || (DETERMINERS.has(t.lower) && tokens[k + 1].type === 'num')) return false;
    const prev = tokens[k - 1];
    // a sentence opens at the text's start, after a sentence mark, or after a line break
    if (!prev || SENTENCE_ENDS.has(prev.text) || text.slice(prev.end, t.start).includes('\n')) return OPENING_WORDS.has(t.lower);
  }
  return false;
}

/** True for a month or weekday name: "February", "Feb", "oct"; "may" only capitalised. */
function isMonth(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !DAY_NAMES.has(t.lower)) return false;
  return !WORDLIKE_MONTHS.has(t.lower) || t.text[0] !== t.lower[0];
}

/**
 * True when the number at tokens[start, end) is a day of a month:
 * "February 14", "Oct. 13", "14 February", "the 4th of July".
 */
export function isDayOfMonth(tokens: readonly Token[], start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 31) return false;
  let before = start - 1;
  while (tokens[before] && (tokens[before].text === '.' || tokens[before].text === ',' || tokens[before].lower === 'the')) before--;
  if (isMonth(tokens[before])) return true;
  let after = end;
  while (tokens[after] && (tokens[after].lower === 'of' || tokens[after].text === ',')) after++;
  return isMonth(tokens[after]) && MONTH_NAMES.has(tokens[after].lower);
}
