import type { Span } from '../model';
import { bodyByKind, companyByNoun } from './companyByNoun';
import type { Draft, EntityBook } from './entityBook';
import { outletByNoun } from './outletByNoun';
import { forTitle } from './phraseBefore';
import type { Word } from './words';

/** Most words after "for" a description's body may have: "the regional health board". */
const REACH = 4;

/**
 * The body named before that a description speaks for, words [from, to] ending in "for" and "the" with a noun
 * for it, and the span of the words after "for": `A spokesperson for the company said` after `Kestrel Foods cut
 * jobs` → Kestrel Foods and "the company"; `a spokesman for the health board` after `The health board said` →
 * that board. Null for no such phrase or no such body.
 */
export function spokenFor(text: string, ws: readonly Word[], from: number, to: number, book: EntityBook): { body: Draft; span: Span } | null {
  if (to - from < 3) return null;
  let k = to - 1;
  while (k > from + 1 && to - k <= REACH && ws[k].key !== 'the') k--;
  if (ws[k].key !== 'the' || !forTitle(ws, k - 1, from)) return null;
  const start = ws[k].start;
  const span = { start, end: ws[to].end, text: text.slice(start, ws[to].end) };
  const body = k + 1 === to ? (outletByNoun(ws, k, to, book) ?? companyByNoun(ws, k, to, book) ?? bodyByKind(ws, k, to, book)) : undefined;
  if (body) return { body, span };
  const named = book.bodyNamed(span.text.toLowerCase());
  return named ? { body: named, span } : null;
}
