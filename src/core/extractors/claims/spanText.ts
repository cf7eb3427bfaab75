import { isTrimSpace } from '../../charCodes';
import { capitalsLead } from './capitalsLead';

/** Punctuation, white space, bullets and stray quote marks that never start or end a claim: /[\s,;:\u2014\u2013"\u201C\u201D~\u2022-]/. */
const isEdge = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 34 || c === 0x201c || c === 0x201d || c === 45 ||
  c === 126 || c === 0x2022 || isTrimSpace(c);
/** A capital letter, A–Z. */
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** A single quote mark standing alone before a space opens no word ("' In the novel"), unlike "'90s". */
const isLoneMark = (text: string, at: number, end: number): boolean => {
  const c = text.charCodeAt(at);
  return (c === 39 || c === 0x2018 || c === 0x2019) && at + 1 < end && isTrimSpace(text.charCodeAt(at + 1));
};
/** Conjunctions a claim must not open with; none is the start of another, so at most one can open a span. */
const LEADING_CONJUNCTIONS: readonly string[] = ['and', 'but', 'so', 'or'];

/**
 * How many characters /^(?:and|but|so|or)\s+/i takes at `start` of the text
 * itself (running on past any end), or 0, read without a regex: `"and  so"` → 5.
 */
export function leadingConjunction(text: string, start: number): number {
  for (const word of LEADING_CONJUNCTIONS) {
    let k = 0;
    // ASCII letters fold, as in a non-unicode `i` regex
    while (k < word.length && (text.charCodeAt(start + k) | 32) === word.charCodeAt(k)) k++;
    if (k < word.length) continue;
    let i = start + k;
    while (i < text.length && isTrimSpace(text.charCodeAt(i))) i++;
    return i > start + k ? i - start : 0;
  }
  return 0;
}

/** Conjunctions a claim must not end on; none is the end of another, so at most one can end a span. */
const TRAILING_CONJUNCTIONS: readonly string[] = ['and', 'but', 'or', 'while', 'as'];
/** Participles that hand over to a quote after a comma (", saying"); the claim ends before them. */
const TRAILING_PARTICIPLES: readonly string[] = ['saying', 'adding', 'noting', 'writing', 'declaring'];
const isSeparator = (c: number): boolean => c === 44 || c === 59 || isTrimSpace(c);

/**
 * How many characters /[\s,;]+(?:and|but|or|while|as)$/i, or /,\s*saying$/i and
 * the like, would take off the end of text.slice(start, end), or 0, read
 * backwards from the end instead of trying a regex at every space:
 * `"rents rose, and"` → 5, `"rents rose, and that"` → 10, `"rents rose, saying"` → 8, `"kept saying"` → 0.
 */
export function trailingConjunction(text: string, start: number, end: number): number {
  const conjunction = conjunctionAtEnd(text, start, end);
  if (conjunction > 0) return conjunction;
  // "…the money, and that" before a second reported clause in quotes: "and that" goes, as "and" does
  const that = end - 4;
  if (that > start && isSeparator(text.charCodeAt(that - 1)) && endsWith(text, that, 'that')) {
    let e = that;
    while (e > start && isTrimSpace(text.charCodeAt(e - 1))) e--;
    const before = conjunctionAtEnd(text, start, e);
    if (before > 0) return end - e + before;
  }
  // every participle ends in "g"; most spans end otherwise
  return end > start && (text.charCodeAt(end - 1) | 32) === 103 ? trailingParticiple(text, start, end) : 0;
}

/** trailingConjunction's conjunctions alone: /[\s,;]+(?:and|but|or|while|as)$/i. */
function conjunctionAtEnd(text: string, start: number, end: number): number {
  for (const word of TRAILING_CONJUNCTIONS) {
    const at = end - word.length;
    if (at <= start || !isSeparator(text.charCodeAt(at - 1))) continue;
    let k = 0;
    // ASCII letters fold, as in a non-unicode `i` regex
    while (k < word.length && (text.charCodeAt(at + k) | 32) === word.charCodeAt(k)) k++;
    if (k < word.length) continue;
    let from = at - 1;
    while (from > start && isSeparator(text.charCodeAt(from - 1))) from--;
    return end - from;
  }
  return 0;
}

/** trailingConjunction's participles: only after a comma. */
function trailingParticiple(text: string, start: number, end: number): number {
  for (const word of TRAILING_PARTICIPLES) {
    const at = end - word.length;
    if (at <= start || !isSeparator(text.charCodeAt(at - 1)) || !endsWith(text, at, word)) continue;
    const from = separatorsBefore(text, start, at);
    if (text.slice(from, at).includes(',')) return end - from;
  }
  return 0;
}

/** Whether `word` (lower case) is written at `at`, ASCII letters folded as in a non-unicode `i` regex. */
function endsWith(text: string, at: number, word: string): boolean {
  let k = 0;
  while (k < word.length && (text.charCodeAt(at + k) | 32) === word.charCodeAt(k)) k++;
  return k === word.length;
}

/** Where the run of separators ending at `at` (one at least) starts, no earlier than `start`. */
function separatorsBefore(text: string, start: number, at: number): number {
  let from = at - 1;
  while (from > start && isSeparator(text.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * Narrows [start, end) past edge punctuation and dangling conjunctions, but
 * keeps the closing mark of a quote the span opens:
 * `", and the war goes on, and "` → `"the war goes on"`.
 */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const { start: s, end: e } = trimBounds(text, start, end);
  return [s, e];
}

/** What trimBounds found last: read it before the next call. */
const bounds = { start: 0, end: 0 };

/** trimSpan into one object kept from call to call, for the stage's many clauses. */
export function trimBounds(text: string, start: number, end: number): { readonly start: number; readonly end: number } {
  for (let changed = true; changed && start < end; ) {
    changed = false;
    while (start < end && (isEdge(text.charCodeAt(start)) || isLoneMark(text, start, end))) start++;
    while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
    // a headline in capitals opens with two capitals: most spans are asked nothing more
    const lead = start < end ? leadingConjunction(text, start) || (isCapital(text.charCodeAt(start + 1)) ? capitalsLead(text, start, end) : 0) : 0;
    // the span goes on after the conjunction (in the text, a match running past `end` is as long as the span, or longer)
    if (lead > 0 && start + lead < end) {
      start += lead;
      changed = true;
    }
    const trail = trailingConjunction(text, start, end);
    if (trail > 0) {
      end -= trail;
      changed = true;
    }
  }
  const before = text.charCodeAt(start - 1);
  bounds.start = before === 34 || before === 0x201c ? reopenQuote(text, start, end) : start;
  bounds.end = closeOpenQuote(text, start, end);
  return bounds;
}

/**
 * Keeps the opening mark of a quote the span closes: `"Heirs of Marwick" is a play` keeps its first mark.
 * Asked only when a quote mark stands right before the span. Reads only the
 * span: a search of the text for the next mark would run on to the next quote,
 * or to the end of the article, for every quote's content.
 */
function reopenQuote(text: string, start: number, end: number): number {
  if (text.charCodeAt(start - 1) === 0x201c) {
    // a curly quote the span closes before it opens another
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) return start;
      if (c === 0x201d) return start - 1;
    }
    return start;
  }
  let straight = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 34) straight++;
  return straight % 2 === 1 ? start - 1 : start;
}

/** Keeps the closing mark of a quote the span opens: `needed to "avoid delay.` → `needed to "avoid delay."`. */
function closeOpenQuote(text: string, start: number, end: number): number {
  const next = text.charCodeAt(end);
  if (next !== 34 && next !== 0x201d) return end;
  return leavesQuoteOpen(text, start, end) ? end + 1 : end;
}

/** Whether text[start, end) opens a double quote it does not close: `needed to "avoid delay.` → true. */
export function leavesQuoteOpen(text: string, start: number, end: number): boolean {
  let open = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
  }
  return open;
}

/** Letters and digits, Latin-1 and Latin Extended letters included. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Number of words, counted without allocating: "two-and-a-half years" → 5. */
export function wordCount(text: string): number {
  return wordsUpTo(text, 0, text.length, Infinity);
}

/**
 * wordCount of text.slice(start, end), but it stops counting at `limit`: the
 * callers only ask whether a span is long enough, or too long.
 * `wordsUpTo("a b c d", 0, 7, 2)` → 2.
 */
export function wordsUpTo(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n < limit; i++) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

