import type { Quote, QuoteKind } from '../model';
import { countWords } from './countWords';
import { givenName, namedByParticiple, nicknamePlace, titlePlace } from './slotWords';
import { titleWords } from './titleWords';
import type { Word } from './words';
import { wordFrom } from './wordFrom';

/**
 * Whether text[start, end) opens with a letter that has a lower case: ASCII read by its code, the rest by
 * toLowerCase. Read in the article's text, as most quotes never need their content's own string.
 */
function opensCapital(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const c = text.charCodeAt(start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return text[start] !== text[start].toLowerCase();
}

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
  // Both made only for an article that names a thing in quotes or changes a kind, as most do neither.
  let named: Set<number> | null = null;
  let out: Quote[] | null = null;
  let lo = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.parentId) continue;
    const k = wordFrom(ws, q.start, lo);
    lo = k;
    const slot = (k > 0 && q.start - ws[k - 1].end <= 2 ? slotOf(text, ws, k, q) : null) ?? (byline(text, q) ? BYLINE : null);
    if (!slot) continue;
    if (slot.named) (named ??= new Set()).add(i);
    if (q.kind !== slot.kind) (out ??= quotes.slice())[i] = { ...q, kind: slot.kind };
  }
  return { quotes: out ?? quotes, named: named ?? NONE_NAMED };
}

const NONE_NAMED: ReadonlySet<number> = new Set();

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
function slotOf(text: string, ws: readonly Word[], k: number, q: Quote): Slot | null {
  const capital = opensCapital(text, q.content.start, q.content.end);
  if (namedByParticiple(ws, k)) {
    const words = countWords(q.content.text, 12);
    if (words <= 0 || words > 12) return null;
    return words <= 8 || q.kind !== 'speech' ? (capital ? NAMED_TITLE : NAMED_SCARE) : null;
  }
  // A title opens with a capital. Titles take a cue only after them; a name given by a speaker before it
  // must be free to take one. The words around come before the quote's own, which most quotes never need.
  if (!capital) return null;
  const given = givenName(ws, k);
  if (given ? q.kind !== 'title' : !titlePlace(ws, k, 2) && !nicknamePlace(ws, k, q.end)) return null;
  const content = q.content.text;
  const words = countWords(content, 12);
  if (words <= 0 || words > 12) return null;
  // A cry ("Kell! Kell!") is a chant, never a title.
  if (!titleWords(content) || content.includes('!') || content.includes('?')) return null;
  if (given) return GIVEN;
  return titlePlace(ws, k, words) || (words <= 2 && nicknamePlace(ws, k, q.end)) ? NAMED_TITLE : null;
}

const isBlank = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09;

const BYLINE_START = /^\s+by\s+\p{Lu}/u;

/** Whether "by" stands within the next 8 units past one: what BYLINE_START needs, read without a slice. */
function byAhead(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 8) - 1;
  for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 0x62 && text.charCodeAt(i + 1) === 0x79) return true;
  return false;
}

/** `"Met keeps its doors open," by Post's Ana Ruiz`: a headline opening its line or sentence, then its byline. */
function byline(text: string, q: Quote): boolean {
  if (q.kind !== 'speech' || text.charCodeAt(q.content.end - 1) !== 0x2c) return false;
  if (!byAhead(text, q.end) || !BYLINE_START.test(text.slice(q.end, q.end + 8))) return false;
  let i = q.start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i < 0 || !/[\p{L}\p{N},]/u.test(text[i]);
}
