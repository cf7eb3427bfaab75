/** Punctuation, white space and stray quote marks that never start or end a claim. */
const EDGE = /[\s,;:\u2014\u2013"\u201C\u201D-]/;
const TRAILING_CONJUNCTION = /[\s,;]+(?:and|but|or|while|as)$/i;
const LEADING_CONJUNCTION = /^(?:and|but|so|or)\s+/i;

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
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) end--;
    const inner = text.slice(start, end);
    const lead = LEADING_CONJUNCTION.exec(inner);
    if (lead && lead[0].length < inner.length) {
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
  const next = text[end];
  if (next !== '"' && next !== '\u201D') return end;
  let open = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\u201C') open = true;
    else if (c === '\u201D') open = false;
    else if (c === '"') open = !open;
  }
  return open ? end + 1 : end;
}

/** Letters and digits, Latin-1 and Latin Extended letters included. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Number of words, counted without allocating: "two-and-a-half years" → 5. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
