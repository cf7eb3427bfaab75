import { DECADE_WORDS, MONTHS, PERIOD_ORDINALS } from '../../lexicon/temporal';
import { isTrimSpace, isWordCode } from '../../charCodes';
import { spells } from './anchorWords';
import { pad, type RefDate } from './calendar';
import { anchoredMatches, leadOf, NO_LEAD, type Lead } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { DECADE_ENDS, FISCAL_WORDS, HALF_CODES, QUARTER_CODES, wordAnchors, wordClass } from './wordIndex';
import { openers, type Opens } from './openers';
import { SPELLED_YEAR, spelledYearValue } from './spelledYears';

const ORDINAL = alternation(Object.keys(PERIOD_ORDINALS).filter((w) => w !== 'last'));
interface Rule {
  readonly re: RegExp;
  /** The class of the words (wordIndex) that every match holds. */
  readonly anchor: number;
  readonly lead: Lead;
  readonly offWord?: boolean;
  /** What must follow an anchor word, after white space, for a match to hold it (lower case, any case in the text): most anchors of a rule so common as `first` are followed by none, and the pattern is not tried there. */
  readonly then?: readonly string[];
  readonly value: (m: RegExpExecArray, ref: RefDate | null) => string | null;
}

/** Opens, or a curly apostrophe, which openers (ASCII only) never take: `’80s`. */
const orCurly = (opens: Opens): Opens => (text, at) => text.charCodeAt(at) === 0x2019 || opens(text, at);

const MONTH_WORD = alternation(Object.keys(MONTHS));
/** A quarter from its first and last month, when they bound one of the calendar's: (4, 6) → `XXXX-Q2`; (11, 1) → null. */
function monthsQuarter(first: number, last: number, year: string | undefined): string | null {
  return first % 3 === 1 && last === first + 2 ? `${toYear(year)}-Q${(first + 2) / 3}` : null;
}
const YEAR = `(?:fiscal\\s+|calendar\\s+)?(\\d{4}|'\\d{2})`;
/**
 * Named stretches of a year or an age, each with its own value builder, and
 * the anchor word each match holds (see anchoredMatches).
 */
const RULES: readonly Rule[] = [
  { // third quarter (of 2022), third-quarter, the 1988 second quarter, this year's third quarter
    re: new RegExp(`\\b(?:the\\s+)?(?:(\\d{4}|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?(${ORDINAL})[-\\s]quarter\\b(?:,?\\s+(?:of\\s+)?${YEAR}(?!\\d))?`, 'iy'),
    anchor: wordClass(['quarter']),
    lead: leadOf("'-", 5, undefined, openers(['the', 'this', 'last', 'next', ...Object.keys(PERIOD_ORDINALS)], true)), // the this year's third
    value: (m, ref) => `${m[1] ? yearOf(m[1], ref) : toYear(m[3])}-Q${PERIOD_ORDINALS[m[2].toLowerCase()]}`,
  },
  { // the April-June quarter, the July–September quarter of 2024: a calendar quarter named by its first and last month
    re: new RegExp(`\\b(?:the\\s+)?(${MONTH_WORD})\\.?\\s*[-–]\\s*(${MONTH_WORD})\\.?\\s+quarter\\b(?:,?\\s+(?:of\\s+)?${YEAR}(?!\\d))?`, 'iy'),
    anchor: wordClass(['quarter']),
    lead: leadOf('-.', 3, undefined, openers(['the', ...Object.keys(MONTHS)], true)),
    value: (m) => monthsQuarter(MONTHS[m[1].toLowerCase()], MONTHS[m[2].toLowerCase()], m[3]),
  },
  { // Q3 2022, 2022 Q3, Q3
    // the space before a year is the year's: with none after, "Q3 for" ends at "Q3"
    re: /\b(?:Q([1-4])(?:(?:\s+|\s*-\s*)?(\d{4}|'\d{2}))?|(\d{4})\s*-?Q([1-4]))\b/y,
    anchor: QUARTER_CODES,
    lead: leadOf('-', 1, undefined, openers(['q'], true)),
    value: (m) => `${toYear(m[2] ?? m[3])}-Q${m[1] ?? m[4]}`,
  },
  { // H1 2024, 2024 H2, H2'23: a year is needed, as H1 and H2 name much else (visas, hydrogen)
    re: /\b(?:H([12])(?:\s+|\s*-\s*)?(\d{4}|'\d{2})|(\d{4})\s*-?H([12]))(?!\d)\b/y,
    anchor: HALF_CODES,
    lead: leadOf('-', 1, undefined, openers(['h'], true)),
    value: (m) => `${toYear(m[2] ?? m[3])}-H${m[1] ?? m[4]}`,
  },
  { // the first half of 1990, the second half of the year; not the "of" of "the first half of his term"
    re: new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd)\\s+half(?:(?:\\s+of)?\\s+${YEAR}(?!\\d)|\\s+of\\s+(the|this|last|next)\\s+year\\b|(?!\\s+of\\b))`, 'iy'),
    // its ordinal stands as a whole word before `half`: the word index has it, and no pass over the text for "half" is needed
    anchor: wordClass(['first', 'second', '1st', '2nd']),
    then: ['half'],
    lead: leadOf('', 1, undefined, openers(['the', 'first', 'second'], true)),
    value: (m, ref) => `${m[3] ? yearOf(m[3], ref) : toYear(m[2])}-H${PERIOD_ORDINALS[m[1].toLowerCase()]}`,
  },
  { // the first three months of 2015 (a quarter), the last six months of the year (a half); not "the first three months of his term"
    re: new RegExp(`\\b(?:the\\s+)?(first|last|final)\\s+(three|3|six|6)\\s+months\\s+of\\s+(?:${YEAR}(?!\\d)|(the|this|last|next)\\s+year\\b)`, 'iy'),
    anchor: wordClass(['first', 'last', 'final']),
    then: ['three', '3', 'six', '6'],
    lead: leadOf('', 1, undefined, openers(['the', 'first', 'last', 'final'], true)),
    value: (m, ref) => {
      const year = m[3] ? toYear(m[3]) : yearOf(m[4], ref);
      const late = m[1].toLowerCase() !== 'first';
      return /^(?:3|three)$/i.test(m[2]) ? `${year}-Q${late ? 4 : 1}` : `${year}-H${late ? 2 : 1}`;
    },
  },
  { // the 1990s, the late 1970s, the '80s, the ’80s, the 1980’s, the nineties; not an age, "in his late seventies"
    re: new RegExp(`(?<!\\b(?:his|her|their|my|our|your)\\s+(?:(?:early|mid|late)[\\s-]+)?)\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0s|(${alternation(Object.keys(DECADE_WORDS))}))\\b`, 'iy'),
    // "'80s" may start at its apostrophe, straight or curly
    anchor: DECADE_ENDS,
    lead: leadOf("'-", 2, undefined, orCurly(openers(['the', 'early', 'mid', 'late', "'", ...Object.keys(DECADE_WORDS)], true))),
    offWord: true,
    value: (m) => (m[1] ? m[1] + m[2] : m[3] ? `19${m[3]}` : DECADE_WORDS[m[4].toLowerCase()]),
  },
  { // the 20th century
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/iy,
    anchor: wordClass(['century']),
    lead: leadOf('-', 2, undefined, openers(['the'], true)),
    value: (m) => pad(Number(m[1]) - 1),
  },
  { // fiscal 1990, fiscal year 2023, FY2023: TimeML writes the year the fiscal year is named after
    re: /\b(?:fiscal(?:\s+year)?\s+(\d{4}|'?\d{2})|FY\s?(\d{4}|\d{2}))(?![\d%])/y,
    anchor: FISCAL_WORDS,
    lead: NO_LEAD,
    value: (m) => toYear(m[1] ?? m[2]),
  },
  { // spoken years in transcripts: nineteen ninety-six, the year two thousand
    re: new RegExp(`\\b(?:(${SPELLED_YEAR})|the\\s+year\\s+two\\s+thousand\\b)`, 'iy'),
    anchor: wordClass(['eighteen', 'nineteen', 'thousand']),
    lead: leadOf('', 3, undefined, openers(['eighteen', 'nineteen', 'the'])), // the year two
    value: (m) => (m[1] ? spelledYearValue(m[1]) : '2000'),
  },
];

/** Whether the word at `at` is followed by white space and then one of `words` (as a prefix, in any case). */
function followedBy(text: string, at: number, words: readonly string[]): boolean {
  let i = at;
  while (isWordCode(text.charCodeAt(i))) i++;
  const space = i;
  while (isTrimSpace(text.charCodeAt(i))) i++;
  return i > space && words.some((word) => spells(text, i, i + word.length, word));
}

/** `1988`, or "last year's" counted from the reference date. */
function yearOf(word: string, ref: RefDate | null): string {
  if (/^\d/.test(word)) return word;
  if (!ref) return 'XXXX';
  return String(ref.year + (/^last/i.test(word) ? -1 : /^next/i.test(word) ? 1 : 0));
}

/** `'90` and `90` → `1990`; a missing year stays `XXXX` for resolveYearless. */
export function toYear(y: string | undefined): string {
  if (!y) return 'XXXX';
  const digits = y.replace(/\D/g, '');
  if (digits.length === 4) return digits;
  return String((Number(digits) < 50 ? 2000 : 1900) + Number(digits));
}

/**
 * Quarters, halves, decades, centuries, fiscal and spoken years:
 * `Q3 2022` → `2022-Q3`; `the 1990s` → `199`; `fiscal 1990` → `1990`.
 */
export function periods(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const { re, anchor, lead, offWord, then, value } of RULES) {
    const found = wordAnchors(ctx, anchor);
    // most rules find no anchor in a text, and their pattern is never reached
    if (found.length === 0) continue;
    const anchors = then ? found.filter((at) => followedBy(ctx.text, at, then)) : found;
    for (const m of anchoredMatches(re, anchors, lead, ctx.text, ctx.from, !offWord)) {
      const v = value(m, ctx.ref);
      // "the third-quarter loss": the article belongs to the noun, not to the date
      const start = /^the\s+\S+-quarter/i.test(m[0]) ? m.index + m[0].indexOf(' ') + 1 : m.index;
      if (v) out.push(candidate(start, m.index + m[0].length, 'DATE', v, v.includes('X'), 1));
    }
  }
  return out;
}
