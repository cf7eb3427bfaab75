import type { Span } from '../model';
import { companyByNoun } from './companyByNoun';
import type { Draft, EntityBook } from './entityBook';
import { outletByNoun } from './outletByNoun';
import { forTitle } from './phraseBefore';
import type { Word } from './words';

/**
 * The body named before that a description's "the company" or "the newspaper" speaks for, words [from, to]
 * ending in "for", "the" and that noun, with the span of those two: `A spokesperson for the company said`
 * after `Kestrel Foods cut jobs` → Kestrel Foods and "the company". Null for no such phrase or no such body.
 */
export function spokenFor(text: string, ws: readonly Word[], from: number, to: number, book: EntityBook): { body: Draft; span: Span } | null {
  if (to - from < 3 || ws[to - 1].key !== 'the' || !forTitle(ws, to - 2, from)) return null;
  const body = outletByNoun(ws, to - 1, to, book) ?? companyByNoun(ws, to - 1, to, book);
  if (!body) return null;
  const start = ws[to - 1].start;
  return { body, span: { start, end: ws[to].end, text: text.slice(start, ws[to].end) } };
}
