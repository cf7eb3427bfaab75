import { NEWSPAPER_TITLE_WORDS, NEWS_AGENCY_ENDINGS, OUTLET_NAME_WORDS, OUTLET_REFERENCES } from '../lexicon/roles';
import type { Draft, EntityBook } from './entityBook';
import type { Word } from './words';

/** The last word of a lower-case name, and of a hyphenated one its last part: "agence france-presse" → "presse". */
function lastPart(key: string): string {
  const cut = Math.max(key.lastIndexOf(' '), key.lastIndexOf('-'));
  return key.slice(cut + 1);
}

/** Nouns for an outlet that broadcasts, which a newspaper's name is not: "the network" is no "Times". */
const BROADCAST_NOUNS: ReadonlySet<string> = new Set(['network', 'broadcaster', 'channel', 'station']);
/** Last words of a broadcaster's name: "Fox News", "Radio Norte TV". */
const BROADCAST_ENDINGS: ReadonlySet<string> = new Set(['news', 'tv', 'network', 'radio', 'channel', 'broadcasting', 'television']);

/**
 * Whether an organisation is the kind of outlet `head` names, by its name or by how the text showed it:
 * "the newspaper" for "the Tribune" or "Vulture", "the network" for "Fox News", "the agency" for a news agency or
 * a body named an agency.
 */
function isOutlet(d: Draft, book: EntityBook, head: string): boolean {
  const last = lastPart(d.key);
  if (head === 'agency') return d.surname === 'agency' || NEWS_AGENCY_ENDINGS.has(last);
  const broadcast = BROADCAST_ENDINGS.has(last);
  if (BROADCAST_NOUNS.has(head)) return broadcast;
  return (OUTLET_NAME_WORDS.has(last) && last !== 'tv' && last !== 'network') || NEWSPAPER_TITLE_WORDS.has(last) || NEWS_AGENCY_ENDINGS.has(last) || book.isOutlet(d.key);
}

/**
 * The outlet a bare definite noun for one stands for, words [from, h] with h its head: "the newspaper" after
 * "the Tribune", "the agency" after "Agence France-Presse" (or after "the Environment Agency", whichever came
 * last). Undefined when the phrase is no such noun, or no outlet was named.
 */
export function outletByNoun(ws: readonly Word[], from: number, h: number, book: EntityBook): Draft | undefined {
  const head = ws[h].key;
  const agency = head === 'agency';
  if (ws[from].key !== 'the' || h - from > 2 || (!agency && !OUTLET_REFERENCES.has(head) && !BROADCAST_NOUNS.has(head))) return undefined;
  // "the news agency", "the Madrid daily": one word between may say which, "the agency's lawyer" may not.
  if (h - from === 2 && ws[from + 1].punct) return undefined;
  let best: Draft | undefined;
  for (const d of book.drafts) if (d.type === 'organization' && (!best || d.last > best.last) && isOutlet(d, book, head)) best = d;
  return best;
}
