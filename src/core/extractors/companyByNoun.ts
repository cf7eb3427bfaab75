import type { Draft, EntityBook } from './entityBook';
import type { Word } from './words';

/** Nouns that stand for a company named before: "the company said". */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm']);

/**
 * The company "the company" or "the firm" stands for, words [from, h] with h its head: the latest one named
 * (EntityBook.latestCompany). Undefined when the phrase is no such noun or no company was named, so that "the
 * company" stays someone new.
 */
export function companyByNoun(ws: readonly Word[], from: number, h: number, book: EntityBook): Draft | undefined {
  if (h !== from + 1 || ws[from].key !== 'the' || !COMPANY_NOUNS.has(ws[h].key)) return undefined;
  return book.latestCompany();
}
