import { ASCII_CLASSES, LETTER, NUMBER, SPACE, UPPER, pointClass, unitClass } from './wordChars';
import { KEEPS_STOP, classesOfKey } from './wordClasses';

/** Bits of Word.bits above the lexicon classes, which take bits 0–24 (wordClasses.ts). */
const CLASS_BITS = (1 << 25) - 1;
const CAPITAL = 1 << 25;
const PUNCT = 1 << 26;
const UNASKED = 1 << 27;

/**
 * One word or mark. A class whose fields are set only in its constructor,
 * so every word shares one compact layout; flags and lexicon classes share
 * one number, since an article has thousands of words.
 */
export class Word {
  declare readonly start: number;
  declare readonly text: string;
  /** Lower case without a final full stop: "Sen." → "sen". */
  declare readonly key: string;
  private declare bits: number;

  constructor(start: number, text: string, key: string, capital: boolean, punct: boolean) {
    this.start = start;
    this.text = text;
    this.key = key;
    this.bits = UNASKED | (capital ? CAPITAL : 0) | (punct ? PUNCT : 0);
  }

  get end(): number {
    return this.start + this.text.length;
  }

  /** Starts with an upper-case letter. */
  get capital(): boolean {
    return (this.bits & CAPITAL) !== 0;
  }

  /** Punctuation rather than a word. */
  get punct(): boolean {
    return (this.bits & PUNCT) !== 0;
  }

  /** Lexicon classes (see wordClasses.ts) once asked; -1 before. */
  get classes(): number {
    return this.bits & UNASKED ? -1 : this.bits & CLASS_BITS;
  }

  set classes(c: number) {
    this.bits = (this.bits & (CAPITAL | PUNCT)) | (c < 0 ? UNASKED : c);
  }
}

/** A party tag keeps its full stop: "R-Ky.", "D-Calif.". */
const PARTY_TAG = /^\p{Lu}-\p{Lu}\p{Ll}{1,5}$/u;
const WORDISH = LETTER | NUMBER;
/** One string per ASCII character, so a mark costs no slice. */
const ASCII_MARKS = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));

/** The code point at i, astral ones whole. */
function pointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000 : c;
}

/** Set by wordEnd: the word had an upper-case or non-ASCII letter, so its key needs toLowerCase. */
let mixedCase = false;

/**
 * Where a word starting at i ends: letters, digits, ' ’ - and a dot followed
 * by a letter ("U.S"). The loop keeps its state in locals and sets the
 * module's flag once, at the end.
 */
function wordEnd(text: string, i: number): number {
  let j = i;
  let mixed = mixedCase;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits, most of any text, skip the table.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      j++;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      mixed = true;
      j++;
      continue;
    }
    const cp = c < 0xd800 ? c : pointAt(text, j);
    const cls = pointClass(cp);
    if (cls & WORDISH || c === 0x27 || c === 0x2019 || c === 0x2d) {
      if (cls & UPPER || c > 0x7f) mixed = true;
      j += cp > 0xffff ? 2 : 1;
    } else if (c === 0x2e && j + 1 < text.length && pointClass(pointAt(text, j + 1)) & LETTER) j += 1;
    else break;
  }
  mixedCase = mixed;
  return j;
}

/**
 * The words of text[start, end), keeping the full stop of abbreviations and
 * initials with their word, appended to `out`. A hand-written scan of
 * /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/u, since
 * it runs over every character of the article.
 * `"Sen. Ana Ruiz said."` → Sen. | Ana | Ruiz | said | .
 */
export function words(text: string, start: number, end: number, out: Word[] = []): Word[] {
  out.length = scan(text, start, end, out, out.length);
  return out;
}

/**
 * The words of every span, in one list sized for them up front (news runs
 * about one word in five characters), so it is not copied as it grows.
 */
export function wordsOf(text: string, spans: readonly { readonly start: number; readonly end: number }[]): Word[] {
  const out = new Array<Word>(Math.min(MAX_ROOM, text.length >> 2));
  let n = 0;
  for (const s of spans) n = scan(text, s.start, s.end, out, n);
  out.length = n;
  return out;
}

/** Beyond this many slots a new array is no longer a plain list. */
const MAX_ROOM = 8192;

/** words() into out[n…]: the count after. */
function scan(text: string, start: number, end: number, out: Word[], n: number): number {
  // Like a /u regex, a start inside a surrogate pair steps back to the pair.
  let i = start > 0 && pointAt(text, start - 1) > 0xffff ? start - 1 : start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    const cp = c < 0xd800 ? c : pointAt(text, i);
    const cls = c < 0x80 ? ASCII_CLASSES[c] : pointClass(cp);
    const width = cp > 0xffff ? 2 : 1;
    if (cls & SPACE) {
      i += width;
      continue;
    }
    if (!(cls & WORDISH)) {
      // One mark at a time; only a full stop has no key.
      const mark = c < 0x80 ? ASCII_MARKS[c] : text.slice(i, i + width);
      const to = Math.min(i + width, end);
      out[n++] = new Word(i, to === i + width ? mark : text.slice(i, to), c === 0x2e ? '' : c < 0x80 ? mark : mark.toLowerCase(), (cls & UPPER) !== 0, true);
      i += width;
      continue;
    }
    mixedCase = (cls & UPPER) !== 0 || c > 0x7f;
    const j = wordEnd(text, i + width);
    const match = text.slice(i, j);
    const key = mixedCase ? match.toLowerCase() : match;
    // An astral first letter reads as punctuation, as the first UTF-16 unit decides.
    const punct = !(unitClass(c) & WORDISH);
    let to = Math.min(j, end);
    let next = j;
    if (!punct && to < end && text.charCodeAt(to) === 0x2e) {
      if ((j - i === 1 && c >= 65 && c <= 90) || key.includes('.') || (classesOfKey(key) & KEEPS_STOP) !== 0 || (match.charCodeAt(1) === 0x2d && PARTY_TAG.test(match))) {
        to += 1;
        next = to;
      }
    }
    out[n++] = new Word(i, to === j ? match : text.slice(i, to), key, (cls & UPPER) !== 0, punct);
    i = next;
  }
  return n;
}

/** Index of the first word starting at or after `at`. */
export function wordAt(ws: readonly Word[], at: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** wordAt for offsets read in increasing order: steps on from `hint`, an earlier answer, instead of searching again. */
export function wordAfter(ws: readonly Word[], at: number, hint: number): number {
  if (hint > 0 && ws[hint - 1].start >= at) return wordAt(ws, at);
  let i = hint;
  while (i < ws.length && ws[i].start < at) i++;
  return i;
}
