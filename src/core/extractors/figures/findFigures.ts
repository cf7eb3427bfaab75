import type { Figure } from '../../model';
import { withElidedUnit } from './elidedUnit';
import { withSuspendedHyphens } from './suspendedHyphen';
import { isRejected } from './isRejected';
import { mergeBounds } from './mergeBounds';
import { NUMBER_REACH } from './numberCore';
import { readCandidate } from './readCandidate';
import { toFigure } from './toFigure';
import { withAntecedent } from './withAntecedent';
import { withSubjectNoun } from './subjectNoun';
import { asNextInCount } from './nextInCount';
import { ratioOf } from './ratioOf';
import { CARRIES_NUMBER, STARTS, mayBridge } from './tokenMarks';
import { DROP_AT_LEAST, TokenStream } from './tokenStream';
import type { Token } from './tokens';

/** Tokens kept loaded behind and ahead of the reader: far more than any reader looks. */
const BEHIND = 64;
const AHEAD = 256;

/**
 * Every figure in text[from, to), in text order, with ids f1, f2, ... after
 * the first `idsBefore` ids.
 * "Orders rose 20-30% to $5bn" → a range (20–30, %) and money (5e9, USD).
 */
export function findFigures(text: string, from = 0, to = text.length, idsBefore = 0): Figure[] {
  const stream = new TokenStream(text, from, to);
  const found: Figure[] = [];
  let core = -1; // the first token at or after i that carries a number
  let first = -1; // the first token a figure reaching that number may start at
  let i = 0;
  let tokens = stream.tokens;
  for (;;) {
    if ((i + AHEAD > tokens.length && !stream.done) || i >= BEHIND + DROP_AT_LEAST) {
      const dropped = stream.keep(i - BEHIND, i + AHEAD);
      i -= dropped;
      core -= dropped;
      first -= dropped;
      tokens = stream.tokens;
    }
    if (i >= tokens.length) break;
    if (core < i) {
      core = nextCore(tokens, i);
      first = core < tokens.length ? firstStart(tokens, core, i) : core;
    }
    if (core === tokens.length) {
      if (stream.done) break;
      // None loaded yet: no token more than NUMBER_REACH before the end can reach one.
      i = Math.max(i, core - NUMBER_REACH);
      core = -1;
      stream.keep(0, tokens.length + 1);
      tokens = stream.tokens;
      continue;
    }
    // Most words are far from any number: the reader runs only where a figure can reach one.
    if (i < first) {
      i = first;
      continue;
    }
    const c = (tokens[i].marks & STARTS) !== 0 ? readCandidate(tokens, i) : null;
    if (!c) {
      i++;
    } else if ('skip' in c) {
      i = Math.max(i + 1, c.skip);
    } else if (isRejected(text, tokens, c)) {
      i = Math.max(i + 1, c.end);
    } else {
      const before = found[found.length - 1];
      const figure = asNextInCount(text, withElidedUnit(text, withSubjectNoun(text, withAntecedent(text, toFigure(text, tokens, c, `f${idsBefore + found.length + 1}`), before)), before), before);
      // "three to one" after "ratio": the second number ends the first figure
      const ratio = figure.value === 1 ? ratioOf(text, before, figure) : null;
      if (ratio) found[found.length - 1] = ratio;
      else found.push(figure);
      i = c.end;
    }
  }
  // Ids are given in order as found; only a merge of two bounds shifts the ones after it.
  const merged = withSuspendedHyphens(text, mergeBounds(text, found));
  return merged.length === found.length ? merged : merged.map((f, k) => ({ ...f, id: `f${idsBefore + k + 1}` }));
}

/**
 * The earliest token at or after `floor` that a figure whose number is at
 * `core` may start at: only qualifiers, currencies and the like stand
 * between, and never more than NUMBER_REACH of them. "the fee of about US$ 5" → "of".
 */
function firstStart(tokens: readonly Token[], core: number, floor: number): number {
  const limit = Math.max(floor, core - NUMBER_REACH);
  let k = core;
  while (k > limit && mayBridge(tokens[k - 1])) k--;
  return k;
}

/** Index of the first loaded token at or after k that carries a number, or the number loaded. */
function nextCore(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && (tokens[k].marks & CARRIES_NUMBER) === 0) k++;
  return k;
}
