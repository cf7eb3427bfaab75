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

/** A body's name whose kind stands before "of" or "for": "national education union of teachers" → "union". */
const KIND_BEFORE_OF = /^(?:the\s+)?(?:\S+\s+){0,3}?([a-z]+)\s+(?:of|for)\s/;

/**
 * The latest organisation whose role ends in the noun of "the" and one noun, words [from, h]: "the charity" after
 * "The charity Shelter warned", "the steelmaker" after "Harland Steel, the country's largest steelmaker,".
 */
export function bodyByKind(ws: readonly Word[], from: number, h: number, book: EntityBook): Draft | undefined {
  if (h !== from + 1 || ws[from].key !== 'the') return undefined;
  const head = ws[h].key;
  let best: Draft | undefined;
  for (const d of book.drafts) {
    if (d.type !== 'organization' || (best && d.last <= best.last)) continue;
    for (const r of d.roles) if (r.length >= head.length && r.toLowerCase().endsWith(head) && (r.length === head.length || r[r.length - head.length - 1] === ' ')) best = d;
    // "the union" after "the National Education Union of Teachers": a name whose kind comes before "of" or "for"
    if (best !== d && d.key.includes(head) && KIND_BEFORE_OF.exec(d.key)?.[1] === head) best = d;
  }
  return best;
}
