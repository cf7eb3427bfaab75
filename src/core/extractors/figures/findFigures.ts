import type { Figure } from '../../model';
import { blockedSpans } from './blockedSpans';
import { canStart } from './canStart';
import { isRejected } from './isRejected';
import { mergeBounds } from './mergeBounds';
import { readCandidate } from './readCandidate';
import { toFigure } from './toFigure';
import { toTokens, type Token } from './tokens';

/** Stands where a blocked span was, so no reader joins the tokens around it. */
function barrier(start: number, end: number): Token {
  return { start, end, text: '\u0000', lower: '\u0000', type: 'sym', glued: false };
}

/** A loop, not push(...items): spreading a long text's tokens overflows the call stack. */
function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** Tokens of text[from, to), with each blocked span (times, phone numbers, ...) replaced by one barrier. */
function tokensOutsideBlocked(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let at = from;
  for (const [start, end] of blockedSpans(text, from, to)) {
    if (start < at) continue;
    appendAll(tokens, toTokens(text, at, start));
    tokens.push(barrier(start, end));
    at = end;
  }
  appendAll(tokens, toTokens(text, at, to));
  return tokens;
}

/**
 * Every figure in text[from, to), in text order, with ids f1, f2, ...
 * "Orders rose 20-30% to $5bn" → a range (20–30, %) and money (5e9, USD).
 */
export function findFigures(text: string, from = 0, to = text.length): Figure[] {
  const tokens = tokensOutsideBlocked(text, from, to);
  const found: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const c = canStart(tokens[i]) ? readCandidate(tokens, i) : null;
    if (!c) {
      i++;
    } else if ('skip' in c) {
      i = Math.max(i + 1, c.skip);
    } else if (isRejected(text, tokens, c)) {
      i = Math.max(i + 1, c.end);
    } else {
      found.push(toFigure(text, tokens, c, ''));
      i = c.end;
    }
  }
  return mergeBounds(text, found).map((f, k) => ({ ...f, id: `f${k + 1}` }));
}
