import { isDigitCode, isWordCode } from '../../charCodes';
import { CHAR_CLASS, SPACE } from './charClass';
import { digitsEnd } from './numberEnd';

/**
 * Digit patterns that are never figures: clock times and time ranges,
 * calendar dates in digits, phone numbers, version numbers, URLs and
 * e-mail addresses. "13:00-16:00" → one blocked span.
 */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;
const BLOCKED = new RegExp(
  String.raw`(?=[\d+(]|[vV]\d)(?:` +
  [
    String.raw`(?<![\d.,])\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?:\s?[-–]\s?\d{1,2}:\d{2}(?:\s?(?:[ap]\.m\.|[ap]m\b))?)?`,
    String.raw`\b\d{1,2}\s?(?:[-–]|to)\s?\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)`,
    String.raw`\b\d{1,4}\s?(?:GMT|UTC|CET|CEST|EST|EDT|PST|BST|o'clock)`,
    String.raw`\b\d{4}\s?hrs\b`,
    String.raw`\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}\b`,
    String.raw`\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b`,
    String.raw`(?<!\d[\s.,])\b0\d{2,4}(?:[ .-]\d{3,6}){1,2}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
    String.raw`\bv?\d+(?:\.\d+){2,}\b`,
    String.raw`\b[vV]\d+(?:\.\d+)*\b`,
  ].join('|') + ')',
  'y',
);

/**
 * Runs of digits: every pattern opens at the first digit of a run (after a
 * word boundary) or on the sign just before it, so BLOCKED is tried only
 * there, which is far cheaper than trying it at every character.
 */
const DIGITS = /\d+/g;
/** "+", "(", "v", "V": signs a blocked span may open with, right before its digits. */
function isOpener(c: number): boolean {
  return c === 43 || c === 40 || c === 118 || c === 86;
}

/** Half-open [start, end) spans of text to leave alone, in text order. */
export function blockedSpans(text: string, from: number, to: number): Array<readonly [number, number]> {
  const spans = blocked(text, from, to);
  // Addresses are rare; the costlier pattern runs only when one may be there.
  if (!holds(text, '@', from, to) && !holds(text, '://', from, to) && !holds(text, 'www.', from, to)) return spans;
  return [...spans, ...matches(ADDRESSES, text, from, to)].sort((a, b) => a[0] - b[0]);
}

/** True when text[from, to) holds the needle; no slice, so a long text is not copied. */
function holds(text: string, needle: string, from: number, to: number): boolean {
  const k = text.indexOf(needle, from);
  return k !== -1 && k + needle.length <= to;
}

/** The matches of BLOCKED in text[from, to), as a global search finds them, tried only at openings. */
function blocked(text: string, from: number, to: number): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let after = from; // where the last span ended: none starts before it
  DIGITS.lastIndex = from;
  // A sign at the last place in range may still open a span: "v" of "v9" cut before the 9.
  for (let m = DIGITS.exec(text); m && m.index <= to; m = DIGITS.exec(text)) {
    const start = spanStart(text, m.index, m.index + m[0].length, after, to);
    if (start < 0) continue;
    spans.push([start, Math.min(to, spanEnd)]);
    DIGITS.lastIndex = after = spanEnd;
  }
  return spans;
}

/** Where the span found last by spanStart ends: a number, so no pair is made per span. */
let spanEnd = -1;

/**
 * Where a blocked span opened by the run of digits text[digit, runEnd)
 * starts, on the sign before it or on its first digit, or -1; spanEnd
 * receives where it ends. No span starts before `after`.
 */
function spanStart(text: string, digit: number, runEnd: number, after: number, to: number): number {
  const sign = digit - 1 >= after && isOpener(text.charCodeAt(digit - 1)) && maySignOpen(text, digit - 1, runEnd - digit) ? digit - 1 : -1;
  if (sign >= 0 && (spanEnd = matchEnd(text, sign)) >= 0) return sign;
  // At a digit every pattern needs a word boundary before it: none after a letter ("A320").
  if (digit < to && !isWordCode(text.charCodeAt(digit - 1)) && mayOpenAt(text, runEnd, runEnd - digit)) {
    if ((spanEnd = matchEnd(text, digit)) >= 0) return digit;
  }
  return -1;
}

/**
 * True when a run of digits inside text[start, end), a number the
 * tokenizer read, opens a blocked span of text[from, to): what the first
 * span of blockedSpans(text, from, to) opens on, when no span came before.
 * "call (555) 123-4567" at "555" → true; "4.25" → false.
 */
export function numberOpensSpan(text: string, start: number, end: number, from: number, to: number): boolean {
  for (let k = start; k < end; k++) {
    if (!isDigitCode(text.charCodeAt(k))) continue;
    const runEnd = digitsEnd(text, k);
    if (spanStart(text, k, runEnd, from, to) >= 0) return true;
    k = runEnd;
  }
  return false;
}

/**
 * A cheap necessary condition for BLOCKED to match at the sign before a run
 * of `n` digits: "(" only opens "(555) 123-4567", three digits; "v" and "V"
 * only start a word ("v1.2"). "(2019)" → false; "(555)" → true.
 */
function maySignOpen(text: string, sign: number, n: number): boolean {
  const c = text.charCodeAt(sign);
  if (c === 40) return n === 3;
  return c === 43 || !isWordCode(text.charCodeAt(sign - 1));
}

/**
 * After "to" or a dash, what a time range needs: one or two digits, then
 * am/pm, each after one optional space. "5 pm" → true; "3 percent", "13 in" → false.
 */
function isMeridiemRangeEnd(text: string, k: number): boolean {
  if (CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
  const end = digitsEnd(text, k);
  return end > k && end <= k + 2 && isMeridiemAt(text, end);
}

/**
 * What a short run may be followed by (after one optional space), by ASCII
 * code, with the code unit that must come next, 0 for any, or -1 for none:
 * "am", "p.m.", "to", "GMT", "o'clock", "hrs", "- 4pm"; an en dash is also
 * followed by anything ("– 4pm").
 */
const AFTER_SHORT = new Int16Array(128).fill(-1);
for (const [c, next] of [[97, 0], [112, 0], [116, 111], [111, 39], [104, 114], [71, 0], [85, 0], [67, 0], [69, 0], [80, 0], [66, 0], [45, 0]]) {
  AFTER_SHORT[c] = next;
}

function nextAfterShort(c: number): number {
  return c < 128 ? AFTER_SHORT[c] : c === 0x2013 ? 0 : -1;
}

/** True when "am"/"pm" or "a.m." may start at k, after one optional space. */
function isMeridiemAt(text: string, k: number): boolean {
  if (CHAR_CLASS[text.charCodeAt(k)] === SPACE) k++;
  const c = text.charCodeAt(k);
  const next = text.charCodeAt(k + 1);
  return (c === 97 || c === 112) && (next === 109 || next === 46);
}

/**
 * A cheap necessary condition for BLOCKED to match at a run of `n` digits
 * ending at e, one case per way its patterns go on after the run: a sign and
 * more digits ("13:00", "5/17/2018", "1.2.3", "2024-01-05", "(555) 123"),
 * am/pm, "to", a zone or "hrs" after a short run, or a phone number's next
 * group, after three digits or a trunk prefix. "12 people", "1.2 billion", "4.25%", "2021." → false; "9 am" → true.
 */
function mayOpenAt(text: string, e: number, n: number): boolean {
  const c = text.charCodeAt(e);
  // A number with a trunk prefix ("0800 123 4567", "020-7946-0018"): no figure is written with a leading zero.
  if (n >= 3 && n <= 5 && text.charCodeAt(e - n) === 48 && (c === 32 || c === 45 || c === 46) && isDigitCode(text.charCodeAt(e + 1))) return true;
  if (c === 46) {
    // "12.30pm", "5.17.2018", "1.2.3", "555.123 4567": digits after the point, then am/pm, a point, a slash or a phone group.
    const after = digitsEnd(text, e + 1);
    const f = text.charCodeAt(after);
    if (after === e + 1) return false;
    return f === 46 || f === 47 || (n === 3 && after === e + 4) || (n <= 2 && after === e + 3 && isMeridiemAt(text, after));
  }
  if (c === 58 || c === 47) return isDigitCode(text.charCodeAt(e + 1));
  // A hyphen after the run: a time range ("9-11am"), a phone number ("555-123-4567") or a date in digits ("2024-01-05").
  if (c === 45) {
    if (n <= 2) return isMeridiemRangeEnd(text, e + 1);
    if (n === 3) return isDigitCode(text.charCodeAt(e + 1)) && isDigitCode(text.charCodeAt(e + 2)) && isDigitCode(text.charCodeAt(e + 3));
    return n === 4 && isDigitCode(text.charCodeAt(e + 1)) && isDigitCode(text.charCodeAt(e + 2)) && text.charCodeAt(e + 3) === 45;
  }
  if (c === 41) return n === 3;
  if (n > 4) return false;
  const space = CHAR_CLASS[c] === SPACE;
  if (space && n === 3 && isDigitCode(text.charCodeAt(e + 1))) return true;
  const at = space ? e + 1 : e;
  const next = nextAfterShort(text.charCodeAt(at));
  if (next < 0) return false;
  // "to" and dashes open only a time range: "3 to 5 pm", "3 – 4pm"; not "2 to 3 percent", "12–13 in".
  const range = text.charCodeAt(at) === 116 ? (text.charCodeAt(at + 1) === 111 ? at + 2 : -1) : next === 0 && (text.charCodeAt(at) === 45 || text.charCodeAt(at) === 0x2013) ? at + 1 : 0;
  if (range !== 0) return range > 0 && n <= 2 && isMeridiemRangeEnd(text, range);
  const after = text.charCodeAt(at + 1);
  // "am"/"a.m.": only "m" or "." may follow the letter.
  if (next === 0 && (text.charCodeAt(at) === 97 || text.charCodeAt(at) === 112)) return after === 109 || after === 46;
  return next === 0 || after === next;
}

/** Where a blocked span starting at k ends, or -1. */
function matchEnd(text: string, k: number): number {
  BLOCKED.lastIndex = k;
  return BLOCKED.test(text) ? BLOCKED.lastIndex : -1;
}

function matches(pattern: RegExp, text: string, from: number, to: number): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    spans.push([m.index, Math.min(to, m.index + m[0].length)]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}
