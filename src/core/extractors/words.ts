import { ASCII_CLASSES, LETTER, NUMBER, SPACE, UPPER, pointClass, unitClass } from './wordChars';
import { KEEPS_STOP, classesOfKey } from './wordClasses';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case without a final full stop: "Sen." → "sen". */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly capital: boolean;
  /** Punctuation rather than a word. */
  readonly punct: boolean;
  /**
   * Lexicon classes (see wordClasses.ts) once asked; before that -1, or, for
   * an ASCII key, -2 minus its hash (29 bits), taken while the word was scanned.
   */
  classes: number;
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
/** Set by wordEnd: the lower-case key's hashKey (keyTable.ts) in 29 bits, when all ASCII. */
let keyHash = 0;
let nonAscii = false;
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) | 0;

/**
 * Where a word starting at i ends: letters, digits, ' ’ - and a dot followed
 * by a letter ("U.S"). `h` is the hash so far; the loop keeps its state in
 * locals and sets the module's flags once, at the end.
 */
function wordEnd(text: string, i: number, h: number): number {
  let j = i;
  let mixed = mixedCase;
  let wide = nonAscii;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits, most of any text, skip the table.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      h = (Math.imul(h, 31) + c) | 0;
      j++;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      h = (Math.imul(h, 31) + c + 0x20) | 0;
      mixed = true;
      j++;
      continue;
    }
    const cp = c < 0xd800 ? c : pointAt(text, j);
    const cls = pointClass(cp);
    if (cls & WORDISH || c === 0x27 || c === 0x2019 || c === 0x2d) {
      if (cls & UPPER || c > 0x7f) mixed = true;
      if (c > 0x7f) wide = true;
      h = hashStep(h, c);
      j += cp > 0xffff ? 2 : 1;
    } else if (c === 0x2e && j + 1 < text.length && pointClass(pointAt(text, j + 1)) & LETTER) {
      h = hashStep(h, c);
      j += 1;
    } else break;
  }
  mixedCase = mixed;
  nonAscii = wide;
  keyHash = h & 0x1fffffff;
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
      out.push({ start: i, end: to, text: to === i + width ? mark : text.slice(i, to), key: c === 0x2e ? '' : c < 0x80 ? mark : mark.toLowerCase(), capital: !!(cls & UPPER), punct: true, classes: -1 });
      i += width;
      continue;
    }
    mixedCase = (cls & UPPER) !== 0 || c > 0x7f;
    nonAscii = c > 0x7f;
    const j = wordEnd(text, i + width, hashStep(0, c));
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
    out.push({ start: i, end: to, text: to === j ? match : text.slice(i, to), key, capital: !!(cls & UPPER), punct, classes: nonAscii ? -1 : -2 - keyHash });
    i = next;
  }
  return out;
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
