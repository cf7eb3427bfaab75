import { blockedSpans } from './blockedSpans';
import { BRIDGES } from './tokenMarks';
import { isSpace, toTokens } from './tokens';
import type { Token } from './tokens';

/** About 8 KB of text a chunk: a few thousand tokens, short-lived enough for the young generation. */
const CHUNK = 8192;
/** Tokens behind the reader are dropped in batches of at least this many, so each drop copies little. */
export const DROP_AT_LEAST = 4096;

/** Stands where a blocked span was, so no reader joins the tokens around it. */
function barrier(start: number, end: number): Token {
  return { start, end, text: '\u0000', lower: '\u0000', type: 'sym', glued: false, marks: BRIDGES, head: 0 };
}

/**
 * Where the text may be cut without changing its tokens: at white space
 * that no token runs through (not "10 000", not after a lone surrogate).
 */
function cutAfter(text: string, k: number, to: number): number {
  for (; k < to; k++) {
    if (!isSpace(text.charCodeAt(k))) continue;
    const before = text.charCodeAt(k - 1);
    let next = k;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    const digit = text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57;
    if (!(before >= 0xd800 && before <= 0xdbff) && !digit) return k;
    k = next - 1;
  }
  return to;
}

/**
 * The tokens of text[from, to), with each blocked span (times, phone
 * numbers, ...) replaced by one barrier, read a chunk at a time so that a
 * 50 MB text never holds millions of tokens at once. Readers see the same
 * tokens as for the whole text, shifted by the ones dropped behind.
 */
export class TokenStream {
  tokens: Token[] = [];
  private readonly spans: ReadonlyArray<readonly [number, number]>;
  private span = 0;
  private at: number;

  constructor(private readonly text: string, from: number, private readonly to: number) {
    this.at = from;
    // Most texts (and every headline) are one chunk and hold no blocked span: their tokens are read in one pass that also looks for spans.
    if (to - from <= CHUNK) {
      const watch = { open: false };
      const tokens = toTokens(text, from, to, undefined, watch);
      this.spans = watch.open ? blockedSpans(text, from, to) : [];
      // A chunk where a span may start ("@", digits before a colon) most often holds none after all: its tokens stand, not read again.
      if (this.spans.length === 0) {
        this.tokens = tokens;
        this.at = to;
      }
      return;
    }
    this.spans = blockedSpans(text, from, to);
  }

  get done(): boolean {
    return this.at >= this.to;
  }

  /** Loads tokens up to index `ahead` where the text allows, and drops those before `behind`; returns how many were dropped. */
  keep(behind: number, ahead: number): number {
    const drop = behind >= DROP_AT_LEAST ? behind : 0;
    if (drop) this.tokens = this.tokens.slice(drop);
    while (this.tokens.length < ahead - drop && !this.done) this.load();
    return drop;
  }

  private load(): void {
    const limit = cutAfter(this.text, Math.min(this.to, this.at + CHUNK), this.to);
    for (; this.span < this.spans.length && this.spans[this.span][0] < limit; this.span++) {
      const [start, end] = this.spans[this.span];
      if (start < this.at) continue; // inside the span before, as an address holding a date
      toTokens(this.text, this.at, start, this.tokens);
      this.tokens.push(barrier(start, end));
      this.at = end;
    }
    if (this.at < limit) toTokens(this.text, this.at, limit, this.tokens);
    this.at = Math.max(this.at, limit);
  }
}
