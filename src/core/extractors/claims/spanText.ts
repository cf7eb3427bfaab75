import { isSpace as isSpaceImport } from './isSpace';
// bound to locals once: under the CommonJS transform (tsx, mocha) each call through an import is a property read
const isSpace = isSpaceImport;

/** Punctuation, white space and stray quote marks that never start or end a claim: /[\s,;:\u2014\u2013"\u201C\u201D-]/. */
const isEdge = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 34 || c === 0x201c || c === 0x201d || c === 45 || isSpace(c);
const TRAILING_CONJUNCTION = /[\s,;]+(?:and|but|or|while|as)$/i;
/** /^(?:and|but|so|or)\s+/i tried at the span's start in the text itself, instead of in a slice. */
const LEADING_CONJUNCTION = /(?:and|but|so|or)\s+/iy;

/** Last letters of the trailing conjunctions: most spans end in a period, and the regex would scan all of them to learn that. */
const CONJUNCTION_ENDS = new Set(['d', 't', 'r', 'e', 's']);
const mayEndInConjunction = (text: string, start: number, end: number): boolean =>
  end > start && CONJUNCTION_ENDS.has(text[end - 1].toLowerCase());

/**
 * Narrows [start, end) past edge punctuation and dangling conjunctions, but
 * keeps the closing mark of a quote the span opens:
 * `", and the war goes on, and "` → `"the war goes on"`.
 */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  for (let changed = true; changed && start < end; ) {
    changed = false;
    while (start < end && isEdge(text.charCodeAt(start))) start++;
    while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
    LEADING_CONJUNCTION.lastIndex = start;
    const lead = start < end ? LEADING_CONJUNCTION.exec(text) : null;
    // the span goes on after the conjunction (in the text, a match running past `end` is as long as the span, or longer)
    if (lead && start + lead[0].length < end) {
      start += lead[0].length;
      changed = true;
    }
    const trail = mayEndInConjunction(text, start, end) ? TRAILING_CONJUNCTION.exec(text.slice(start, end)) : null;
    if (trail) {
      end -= trail[0].length;
      changed = true;
    }
  }
  return [start, closeOpenQuote(text, start, end)];
}

/** Keeps the closing mark of a quote the span opens: `needed to "avoid delay.` → `needed to "avoid delay."`. */
function closeOpenQuote(text: string, start: number, end: number): number {
  const next = text.charCodeAt(end);
  if (next !== 34 && next !== 0x201d) return end;
  let open = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
  }
  return open ? end + 1 : end;
}

/** Letters and digits, Latin-1 and Latin Extended letters included. */
function isWordChar(c: number): boolean {
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
