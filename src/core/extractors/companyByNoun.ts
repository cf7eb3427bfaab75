import { COMPANY_ENDINGS, COMPANY_KIND_ROLES } from '../lexicon/roles';
import type { Draft, EntityBook } from './entityBook';
import type { Word } from './words';

/** Nouns that stand for a company named before: "the company said". */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm']);
/** Last words of a company's name besides COMPANY_ENDINGS: "Harbour Ferries Ltd", "Kell & Co", "Ardent Group". */
const LEGAL_ENDINGS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'company', 'group', 'plc', 'llc', 'ag', 'sa', 'nv']);

/** Whether an organisation shows itself a company, by its name's last word or a role the text gave it ("the developer"). */
function isCompany(d: Draft): boolean {
  const last = d.key.slice(d.key.lastIndexOf(' ') + 1).replace(/\.$/, '');
  return (d.key.includes(' ') && (COMPANY_ENDINGS.has(last) || LEGAL_ENDINGS.has(last))) || d.roleKeys.some((r) => COMPANY_KIND_ROLES.has(r));
}

/**
 * The company "the company" or "the firm" stands for, words [from, h] with h its head: the latest organisation
 * named as a company ("Riverside Water", "Kell Holdings", "the developer, Northgate Living"). Undefined when the
 * phrase is no such noun or no company was named, so that "the company" stays someone new.
 */
export function companyByNoun(ws: readonly Word[], from: number, h: number, book: EntityBook): Draft | undefined {
  if (h !== from + 1 || ws[from].key !== 'the' || !COMPANY_NOUNS.has(ws[h].key)) return undefined;
  let best: Draft | undefined;
  for (const d of book.drafts) if (d.type === 'organization' && (!best || d.last > best.last) && isCompany(d)) best = d;
  return best;
}
