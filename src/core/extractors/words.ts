import { ASCII_CLASSES, LETTER, NUMBER, SPACE, UPPER, pointClass, unitClass } from './wordChars';
import { Word } from './word';
import { KEEPS_STOP, LEXICON, classesOfKey } from './wordClasses';
import { opensWithNameArticle } from './nameArticle';

export { Word };

/** A party tag keeps its full stop: "R-Ky.", "D-Calif.". */
const PARTY_TAG = /^\p{Lu}-\p{Lu}\p{Ll}{1,5}$/u;
const WORDISH = LETTER | NUMBER;
/** One string per ASCII character, so a mark costs no slice, and its classes. */
const ASCII_MARKS = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));
const ASCII_MARK_CLASSES = Int32Array.from(ASCII_MARKS, (m, c) => classesOfKey(c === 0x2e ? '' : m));

/** The code point at i, astral ones whole. */
function pointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000 : c;
}

/**
 * Whether the unit at j, which is no ASCII letter or digit, goes on a word:
 * ' ’ -, another letter or digit, or a dot followed by a letter ("U.S").
 * Its width in units, 0 when it ends the word.
 */
function continuesWord(text: string, j: number): number {
  const c = text.charCodeAt(j);
  const cp = c < 0xd800 ? c : pointAt(text, j);
  if (pointClass(cp) & WORDISH || c === 0x27 || c === 0x2019 || c === 0x2d) return cp > 0xffff ? 2 : 1;
  return c === 0x2e && j + 1 < text.length && pointClass(pointAt(text, j + 1)) & LETTER ? 1 : 0;
}

/**
 * The words of text[start, end), keeping the full stop of abbreviations and
 * initials with their word, appended to `out`. A hand-written scan of
 * /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/u, since
 * it runs over every character of the article.
 * `"Sen. Ana Ruiz said."` → Sen. | Ana | Ruiz | said | .
 */
export function words(text: string, start: number, end: number, out: Word[] = []): Word[] {
  out.length = scan(text, [{ start, end }], out, out.length);
  return out;
}

/**
 * The words of every span, in one list sized for them up front (news runs
 * about one word in five characters), so it is not copied as it grows.
 */
export function wordsOf(text: string, spans: readonly { readonly start: number; readonly end: number }[]): Word[] {
  const out = new Array<Word>(Math.min(MAX_ROOM, text.length >> 2));
  const n = scan(text, spans, out, 0);
  // A copy of the filled part: cutting the list's length calls into the runtime, slice() does not.
  return n === out.length ? out : out.slice(0, n);
}

/** Beyond this many slots a new array is no longer a plain list. */
const MAX_ROOM = 8192;

/** The mark at i (not a letter or digit), cut at `end`; only a full stop has no key. */
function markAt(text: string, i: number, width: number, end: number, capital: boolean): Word {
  const c = text.charCodeAt(i);
  if (c < 0x80) return new Word(i, ASCII_MARKS[c], c === 0x2e ? '' : ASCII_MARKS[c], ASCII_MARK_CLASSES[c], capital, true);
  const mark = text.slice(i, i + width);
  const key = mark.toLowerCase();
  return new Word(i, Math.min(i + width, end) === i + width ? mark : text.slice(i, end), key, classesOfKey(key), capital, true);
}

/**
 * The words of each span into out[n…]: the count after. One loop over the characters, which also hashes each
 * word's lower case for the lexicon; the spans are walked here, as one call per paragraph costs more than its loop.
 */
function scan(text: string, spans: readonly { readonly start: number; readonly end: number }[], out: Word[], n: number): number {
  const length = text.length;
  for (let p = 0; p < spans.length; p++) {
    const start = spans[p].start;
    const end = spans[p].end;
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
        out[n++] = markAt(text, i, width, end, (cls & UPPER) !== 0);
        i += width;
        continue;
      }
      // Upper case or non-ASCII needs toLowerCase; only ASCII and ’ lower case unit by unit, as the hash does.
      let mixed = (cls & UPPER) !== 0 || c > 0x7f;
      let plain = c < 0x80;
      let dotted = false;
      let hash = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
      let j = i + width;
      while (j < length) {
        const d = text.charCodeAt(j);
        // ASCII letters and digits, most of any text, skip the table.
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) {
          hash = (Math.imul(hash, 31) + d) | 0;
          j++;
        } else if (d >= 0x41 && d <= 0x5a) {
          mixed = true;
          hash = (Math.imul(hash, 31) + (d | 0x20)) | 0;
          j++;
        } else if (d < 0x80 && d !== 0x27 && d !== 0x2d && d !== 0x2e) {
          // Other ASCII (a space, a comma) ends the word: no need to classify it.
          break;
        } else {
          const w = continuesWord(text, j);
          if (w === 0) break;
          if (d > 0x7f) {
            mixed = true;
            if (d !== 0x2019) plain = false;
          }
          if (d === 0x2e) dotted = true;
          hash = (Math.imul(hash, 31) + d) | 0;
          j += w;
        }
      }
      let match: string;
      let key: string | null;
      let classes: number;
      const slot = plain ? LEXICON.slotAt(text, i, j, hash) : -1;
      if (slot >= 0) {
        // A lexicon word takes the lexicon's string as its key, and as its text when written in lower case.
        key = LEXICON.keyAt(slot);
        classes = LEXICON.valueAt(slot);
        match = mixed ? text.slice(i, j) : key;
      } else {
        match = text.slice(i, j);
        // A plain word outside the lexicon lowers its case only when asked.
        key = !mixed ? match : plain ? null : match.toLowerCase();
        classes = plain ? 0 : classesOfKey(key!);
      }
      // An astral first letter reads as punctuation, as the first UTF-16 unit decides.
      const punct = width === 2 && !(unitClass(c) & WORDISH);
      let to = Math.min(j, end);
      let next = j;
      if (!punct && to < end && text.charCodeAt(to) === 0x2e) {
        const initial = j - i === 1 && c >= 65 && c <= 90;
        if (initial || dotted || (classes & KEEPS_STOP) !== 0 || (match.charCodeAt(1) === 0x2d && PARTY_TAG.test(match))) {
          to += 1;
          next = to;
          // "Harold A. Wexley": an initial is no article "a" nor pronoun "I".
          if (initial) classes = 0;
        }
      }
      // A word cut short by `end` keeps the key of its whole run of letters; one that keeps its full stop, the key without it.
      if (to !== j) key ??= match.toLowerCase();
      // "al-Rashid": a lower-case article before a capitalised surname is a name's part as a capital is
      const capital = (cls & UPPER) !== 0 || (mixed && c >= 0x61 && opensWithNameArticle(text, i, j));
      out[n++] = new Word(i, to === j ? match : text.slice(i, to), key, classes, capital, punct);
      i = next;
    }
  }
  return n;
}

/** Index of the first word starting at or after `at`; [lo, hi] bounds the answer when the caller knows it. */
export function wordAt(ws: readonly Word[], at: number, lo = 0, hi = ws.length): number {
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
