import { proofreadCopies } from './proofreadCopies';
import { sameWording } from './sameWording';
import type { TextPositionSelector, TextQuoteSelector } from './model';

export type AnchorMethod = 'position' | 'context' | 'fuzzy';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
}

/** Below this length words proofread elsewhere are too likely to be another fact ("40%" → a count "40"). */
const MIN_FUZZY_LENGTH = 10;
/** Stop collecting exact occurrences after this many: enough to choose by context. */
const MAX_OCCURRENCES = 1000;

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/**
 * False when an occurrence cuts into a word or number its old context did
 * not run on into: "9 people" inside "19 people" is another fact.
 */
function wholeAsBefore(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { exact, prefix, suffix } = quote;
  if (isWord(exact[0]) && isWord(text[start - 1]) && !isWord(prefix[prefix.length - 1])) return false;
  return !(isWord(exact[exact.length - 1]) && isWord(text[end]) && !isWord(suffix[0]));
}


function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How far past its old start the words of a span changed in place are looked for: its old length plus this. */
const IN_PLACE_SLACK = 64;

/**
 * True when the span's own place still stands, its whole old prefix and
 * suffix around other words: they were changed there ("40%" now "45%"),
 * not moved, and a copy of the old words elsewhere is another fact.
 * changedInPlace('by 45% next. By 40% later', { exact: '40%', prefix: 'by ', suffix: ' next' }, 3) → true
 */
export function changedInPlace(text: string, quote: TextQuoteSelector, start: number): boolean {
  return wordsInPlace(text, quote, start) !== null;
}

/** The end of the other words now at a span's own place (see changedInPlace), or null. */
function wordsInPlace(text: string, quote: TextQuoteSelector, start: number): number | null {
  const { exact, prefix, suffix } = quote;
  if (!prefix || !suffix || text.slice(Math.max(0, start - prefix.length), start) !== prefix) return null;
  // Looked for nearby only: a 5 MB article is not searched to its end for each annotation.
  const at = text.slice(start, start + exact.length + IN_PLACE_SLACK + suffix.length).indexOf(suffix);
  // Still holding the old words, with text typed beside them: moved, not changed.
  return at >= 0 && !text.slice(start, start + at).includes(exact) ? start + at : null;
}

/** True when the whole old prefix, or the whole old suffix, still stands beside [start, end). */
function keepsContext(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { prefix, suffix } = quote;
  return text.slice(Math.max(0, start - prefix.length), start) === prefix || text.slice(end, end + suffix.length) === suffix;
}

/** Matching context counts most; distance from the old place only breaks ties. */
function score(text: string, start: number, end: number, quote: TextQuoteSelector, old: number): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const context = commonSuffix(quote.prefix, before) + commonPrefix(quote.suffix, after);
  return context - Math.abs(start - old) / (text.length + 1);
}

function best(text: string, candidates: readonly { start: number; end: number }[], quote: TextQuoteSelector, old: number) {
  let top = candidates[0];
  let topScore = -Infinity;
  for (const c of candidates) {
    const s = score(text, c.start, c.end, quote, old);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

/**
 * Where the quoted text is now: at its old position, else the occurrence of
 * the exact text whose context fits best (nearest to the old place on a tie),
 * else its words proofread (sameWording: a typo fixed, case, punctuation),
 * the same rule a review follows while its words are edited, so it lands on
 * the same words whether the article was open or closed; null if nowhere.
 * Words changed at their own place (changedInPlace) take no copy elsewhere.
 * Proofread copies elsewhere need 10 characters or more, and are taken only
 * with `fuzzy` (a conversion to the saved file takes exact text only).
 * `inContext` (a review detached by retyping its words) takes only the exact
 * text with one side of its old context whole, the words back in their place,
 * or its words proofread at their own place.
 * findQuote('a fox. the fox', { exact: 'fox', prefix: 'the ', … }, { start: 2, … }) → { start: 11, end: 14, method: 'context' }
 */
export function findQuote(text: string, quote: TextQuoteSelector, position: TextPositionSelector, fuzzy = true, inContext = false): Found | null {
  const own = atOwnPlace(text, quote, position, fuzzy, inContext);
  return own !== undefined ? own : elsewhere(text, quote, position, fuzzy, inContext);
}

/**
 * What findQuote's old place decides, reading only the text around it: the
 * place (its words there with their context, or proofread in place), null
 * (other words in place, which no copy elsewhere may take), or undefined
 * when the whole text must be searched.
 */
export function atOwnPlace(text: string, quote: TextQuoteSelector, position: TextPositionSelector, fuzzy = true, inContext = false): Found | null | undefined {
  const { exact } = quote;
  if (!exact) return null;
  const { start, end } = position;
  // In repeated text the old offsets may now hold another copy: trust them only with their context.
  const full = quote.prefix.length + quote.suffix.length;
  if (text.slice(start, end) === exact && score(text, start, end, quote, start) === full) return { start, end, method: 'position' };
  // Changed at its own place: only its own words proofread there may follow it, never a copy of the old words elsewhere.
  const changedEnd = wordsInPlace(text, quote, start);
  if (changedEnd === null) return undefined;
  const near = text.slice(start, changedEnd);
  return (fuzzy || inContext) && sameWording(exact, near) ? { start, end: changedEnd, method: 'fuzzy' } : null;
}

/** findQuote's search of the whole text, once the old place decided nothing. */
export function elsewhere(text: string, quote: TextQuoteSelector, position: TextPositionSelector, fuzzy: boolean, inContext: boolean): Found | null {
  const { exact } = quote;
  const occurrences: { start: number; end: number }[] = [];
  let cut = false;
  for (let i = text.indexOf(exact); i >= 0 && occurrences.length < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) {
    if (wholeAsBefore(text, i, i + exact.length, quote)) occurrences.push({ start: i, end: i + exact.length });
    else cut = true;
  }
  if (inContext) {
    const kept = occurrences.filter((o) => keepsContext(text, o.start, o.end, quote));
    return kept.length ? { ...best(text, kept, quote, position.start), method: 'context' } : null;
  }
  if (occurrences.length) return { ...best(text, occurrences, quote, position.start), method: 'context' };
  // The exact text only inside longer words: a proofread copy would be no better.
  if (cut || !fuzzy || exact.length < MIN_FUZZY_LENGTH) return null;
  const copies = proofreadCopies(text, exact);
  return copies.length ? { ...best(text, copies, quote, position.start), method: 'fuzzy' } : null;
}
