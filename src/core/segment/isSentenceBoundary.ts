import { FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBERED_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { followsDayNumber } from './followsDayNumber';
import { clockTimeGoesOn } from './clockTimeGoesOn';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs';
import { lowerBound } from '../lowerBound';
import { firstWord, hasLetter, lastWord, type Range } from './fragmentWords';
import { isDigitCode, isTrimSpace, isWordCode } from '../charCodes';

const LONGEST_ABBREVIATION = Math.max(...[...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...FINAL_ABBREVIATIONS, ...NUMBERED_ABBREVIATIONS].map((w) => w.length));
const SINGLE_INITIAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Up to five capitalised words, maybe an aside in commas (`Ana Ruiz, the group's head,`), then a word. */
const NAMED_VERB = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*(?:,[^.?!"“”,]{1,60},)?\s+(\p{L}+)/u;

const isCryMark = (c: number) => c === 0x3f || c === 0x21 || c === 0x2026;
const isQuoteMark = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;

/** Where the fragment's text ends, trailing white space aside. */
function trimmedEnd(text: string, r: Range): number {
  let e = r.end;
  while (e > r.start && isTrimSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Where the fragment's text starts, leading white space aside. */
function trimmedStart(text: string, r: Range): number {
  let i = r.start;
  while (i < r.end && isTrimSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A quotation closed on a question or exclamation mark: `… now?”`. */
function closesOnCry(text: string, r: Range): boolean {
  const e = trimmedEnd(text, r);
  return e - r.start >= 2 && isQuoteMark(text.charCodeAt(e - 1)) && isCryMark(text.charCodeAt(e - 2));
}

/** Pronouns that open a sentence when capitalised after a closed quote; `she said` there is written lower-case. */
const CAPITAL_PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'We', 'I', 'It', 'You']);
/**
 * What may follow a capitalised pronoun's verb when it still attributes the quote before it, as sloppy
 * copy writes `"Stop!" He shouted at them.`: the end, a comma opening no new quote, an adverb, a preposition.
 */
const PRONOUN_TAIL = /^(?:\s*[.!?]|,(?!\s*["“'‘])|\s+\p{Ll}+ly\b|\s+(?:to|at|in|on|from|with|as|during|after|before|when|while|into|outside|again|back|later)\b)/u;

/**
 * `“Why now?” | Okafor replied.`: the attribution after a quoted question belongs to it.
 * A capitalised pronoun opens a new sentence when its verb takes an object or a new quote:
 * `He asked, "Why?" | She said nothing.`
 */
function attributesQuote(text: string, before: Range, after: Range): boolean {
  if (!closesOnCry(text, before)) return false;
  const fragment = text.slice(after.start, after.end);
  const m = NAMED_VERB.exec(fragment);
  const verb = m?.[1];
  if (!m || !verb || !REPORTING_VERBS.has(verb.toLowerCase())) return false;
  const subject = m[0].slice(0, m[0].length - verb.length).trim();
  return !CAPITAL_PRONOUNS.has(subject) || PRONOUN_TAIL.test(fragment.slice(m.index + m[0].length));
}

/**
 * A quotation closed right after a full stop, and a capital word after it: `said: "No." Beck agreed`,
 * `"… the U.S." Officials`. "No. 5" and "U.S. officials" never close a quote, so an abbreviation's stop
 * there ends the quotation's sentence too; not before a bracket or a number (`"… No." (2007)`), which
 * may still belong to the quote.
 */
function closesOnStop(text: string, before: Range, after: Range): boolean {
  const e = trimmedEnd(text, before);
  const mark = text.charCodeAt(e - 1);
  if (e - before.start < 2 || (mark !== 0x22 && mark !== 0x201d) || text.charCodeAt(e - 2) !== 0x2e) return false;
  const c = text.charCodeAt(trimmedStart(text, after));
  return c >= 65 && c <= 90;
}

/**
 * A full stop glued between two digits is a decimal point: natural hides a
 * number's stop only when a word boundary follows it, so "$2.5bn" and "10.6m" reach here split.
 */
function splitsDecimal(text: string, before: Range, after: Range): boolean {
  const e = before.end;
  return after.start === e && e >= 2 && text.charCodeAt(e - 1) === 0x2e && isDigitCode(text.charCodeAt(e - 2)) && isDigitCode(text.charCodeAt(e));
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * A fragment that is only a list item's label, `1.`, `12)`, `b)`, or a
 * transcript's `Q.` and `A.`: the item it labels goes on after it.
 */
function isListLabel(text: string, r: Range): boolean {
  let i = trimmedStart(text, r);
  let digits = 0;
  while (i < r.end && isDigitCode(text.charCodeAt(i)) && digits < 3) {
    i++;
    digits++;
  }
  if (digits === 0 && i < r.end && isAsciiLetter(text.charCodeAt(i))) {
    i++;
    digits = 1;
  }
  const mark = text.charCodeAt(i);
  if (digits === 0 || digits > 2 || (mark !== 0x2e && mark !== 0x29)) return false;
  i++;
  while (i < r.end && isTrimSpace(text.charCodeAt(i))) i++;
  return i === r.end;
}

/** Whether the fragment's first character past white space is : ; or , */
function opensOnClauseMark(text: string, r: Range): boolean {
  const i = trimmedStart(text, r);
  const c = text.charCodeAt(i);
  return i < r.end && (c === 0x3a || c === 0x3b || c === 0x2c);
}

/** A letter, digit or closing punctuation just before a straight mark makes it a closing mark (from À on: letters, …, ’). */
const closesWord = (c: number): boolean => isWordCode(c) || c >= 0xc0 || CLOSING_PUNCTUATION.includes(String.fromCharCode(c));
const CLOSING_PUNCTUATION = ',.?!;:)\'';

/** Whether a quote opened at `open` (-1: none) opened after the first word of text[start, …). */
const opensMid = (text: string, start: number, open: number) => open > start && hasLetter(text, start, open);

/**
 * True when `before` opened a quote after its first word and has not
 * closed it: 'He said "Stop.', `He said ‘Stop.`. A single quote is read
 * inside the double one around it, and a double mark ends both.
 * `quotes` holds the offsets of quoteOffsets().
 */
function opensQuoteMidSentence(text: string, before: Range, quotes: readonly number[]): boolean {
  let open = -1;
  let single = -1;
  for (let k = lowerBound(quotes, before.start); k < quotes.length && quotes[k] < before.end; k++) {
    const i = quotes[k];
    const c = text.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019) {
      single = c === 0x2018 ? i : -1;
      continue;
    }
    single = -1;
    // ” closes; a straight mark right after a word or its punctuation closes too, even with
    // none open here: the quote opened in the fragment before (`"Why? We," Ana said. "No."`).
    open = c === 0x201c || (c === 0x22 && open < 0 && !closesWord(text.charCodeAt(i - 1))) ? i : -1;
  }
  return opensMid(text, before.start, open) || opensMid(text, before.start, single);
}

/** `on`, `via`, `to`, `at` and a single capital closing the fragment: `posted it on X.` */
const LETTER_PLACE = /(?:^|[\s(])(?:on|via|to|at) \p{Lu}\.["'”’)]*\s*$/u;

/**
 * Whether the fragment ends on a one-letter name after a preposition, the
 * platform X rather than a person's initial: `posted it on X.` | `Ana Ruiz said`.
 */
function namesPlatform(text: string, before: Range): boolean {
  return LETTER_PLACE.test(text.slice(Math.max(before.start, before.end - 12), before.end));
}

/**
 * Whether natural's split between two fragments is a real sentence end. It
 * splits at every full stop, so abbreviations, initials, and a quote followed
 * by its lower-case attribution are rejoined; a glued stop ("Canada.I") stays split.
 * `quotes` holds the offsets of the text's quote marks (quoteOffsets).
 * `("Mr.", "Smith left.")` → false; `("It ended.", "Then")` → true.
 */
export function isSentenceBoundary(text: string, before: Range, after: Range, quotes: readonly number[]): boolean {
  // "Rep. Dana Kell (R-S.C.): …": no sentence opens on a colon, semicolon or comma.
  if (opensOnClauseMark(text, after) || splitsDecimal(text, before, after) || isListLabel(text, before)) return false;
  const first = firstWord(text, after);
  // A fragment of bare punctuation (a stray closing mark) belongs to the sentence before.
  if (first === '') return false;
  const c = first.charCodeAt(0);
  const lowerStart = c < 0x80 ? c >= 97 && c <= 122 : first[0] !== first[0].toUpperCase();
  if (lowerStart || opensQuoteMidSentence(text, before, quotes) || attributesQuote(text, before, after)) return false;
  const last = lastWord(text, before);
  if (!last) return true;
  // Longer than any abbreviation, and neither dotted nor hyphenated: no initial either.
  if (last.length > LONGEST_ABBREVIATION && !last.includes('.') && !last.includes('-')) return true;
  const key = last.toLowerCase();
  const starter = SENTENCE_STARTERS.has(first.toLowerCase());
  const digit = first.charCodeAt(0) >= 48 && first.charCodeAt(0) <= 57;
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  // "s. 12(3)", "para. 41": a one-letter one only as written in lower case, "Ana S. 12" being an initial.
  if (digit && NUMBERED_ABBREVIATIONS.has(key) && (last.length > 1 || last === key)) return false;
  // "(D-N.Y.)": an initial after a hyphen, as in a party tag, is an initial too.
  if (SINGLE_INITIAL.test(last.slice(last.lastIndexOf('-') + 1)) && !starter) return first.length > 1 && namesPlatform(text, before);
  // "by 31 Jan. Patients…": after its day the date is whole, and a capital word opens a sentence.
  if (MONTH_ABBREVIATIONS.has(key)) return !digit && (starter || followsDayNumber(text, before.start, trimmedEnd(text, before) - last.length - 1));
  if (FINAL_ABBREVIATIONS.has(key) || DOTTED_INITIALS.test(last)) {
    // "at 5 p.m. Union leaders…": past its zone, day or month, a clock time is whole.
    const clock = (key === 'a.m' || key === 'p.m') && !digit && !clockTimeGoesOn(text, first, after);
    return starter || clock || closesOnStop(text, before, after);
  }
  return true;
}
