import type { Quote, QuoteKind } from '../model';
import { countWords } from './countWords';
import { givenName, namedByParticiple, nickname, titlePlace } from './slotWords';
import { titleWords } from './titleWords';
import type { Word } from './words';
import { wordAt } from './words';

const opensCapital = (s: string) => s.length > 0 && s[0] !== s[0].toLowerCase();

export interface Slotted {
  readonly quotes: readonly Quote[];
  /** Indexes of quotes whose place names a thing: no cue attributes them. */
  readonly named: ReadonlySet<number>;
}

/**
 * Kinds by the words around a quote, where its marks alone cannot tell:
 * a work's or a nickname's title stays a title even beside a cue.
 * `On CBS's "Face the Nation," Okafor said …` → title, never Okafor's words.
 */
export function quoteSlots(text: string, ws: readonly Word[], quotes: readonly Quote[]): Slotted {
  const named = new Set<number>();
  let lo = 0;
  const out = quotes.map((q, i) => {
    if (q.parentId) return q;
    const k = wordAt(ws, q.start, lo);
    lo = k;
    const slot = (k > 0 && q.start - ws[k - 1].end <= 2 ? slotOf(ws, k, q) : null) ?? (byline(text, q) ? BYLINE : null);
    if (slot?.named) named.add(i);
    return !slot || q.kind === slot.kind ? q : { ...q, kind: slot.kind };
  });
  return { quotes: out, named };
}

/** A kind the words around a quote give it, and whether no cue may attribute it. */
interface Slot {
  readonly kind: QuoteKind;
  readonly named: boolean;
}
const NAMED_TITLE: Slot = { kind: 'title', named: true };
const NAMED_SCARE: Slot = { kind: 'scare', named: true };
/** A headline or a given name: a kind that a cue may still turn into speech. */
const BYLINE: Slot = { kind: 'title', named: false };
const GIVEN: Slot = { kind: 'scare', named: false };

/** The slot of quote `q`, whose opening mark is word k, or null when its words around name nothing. */
function slotOf(ws: readonly Word[], k: number, q: Quote): Slot | null {
  const content = q.content.text;
  const words = countWords(content, 12);
  if (words <= 0 || words > 12) return null;
  if (namedByParticiple(ws, k)) return words <= 8 || q.kind !== 'speech' ? (opensCapital(content) ? NAMED_TITLE : NAMED_SCARE) : null;
  // A title opens with a capital, and a cry ("Kell! Kell!") is a chant, never a title.
  if (!titleWords(content) || !opensCapital(content) || content.includes('!') || content.includes('?')) return null;
  // Titles take a cue only after them; a name given by a speaker before it must be free to take one.
  if (givenName(ws, k)) return q.kind === 'title' ? GIVEN : null;
  const after = wordAt(ws, q.end, k);
  return titlePlace(ws, k, words) || nickname(ws, k, ws[after], q.end, words) ? NAMED_TITLE : null;
}

const isBlank = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09;

/** `"Met keeps its doors open," by Post's Ana Ruiz`: a headline opening its line or sentence, then its byline. */
function byline(text: string, q: Quote): boolean {
  if (q.kind !== 'speech' || text.charCodeAt(q.content.end - 1) !== 0x2c) return false;
  if (!/^\s+by\s+\p{Lu}/u.test(text.slice(q.end, q.end + 8))) return false;
  let i = q.start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i < 0 || !/[\p{L}\p{N},]/u.test(text[i]);
}
