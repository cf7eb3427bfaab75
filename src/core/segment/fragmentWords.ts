/** A text range: natural's fragments are read in place rather than sliced. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** The word (letters and inner dots) just before a final full stop and any closing marks: "… the U.S.”" → "U.S". */
const LAST_WORD = /([\p{L}\d][\p{L}\d.'’-]*)\.["'”’)\]]*$/u;
/** The first word of a fragment, past opening marks and symbols. */
const FIRST_WORD = /^[^\p{L}\d]*([\p{L}\d][\p{L}\d'’-]*)/u;
/** FIRST_WORD's word, sticky: read in place once its start is known. */
const WORD_AT = /[\p{L}\d][\p{L}\d'’-]*/uy;
const LETTER = /\p{L}/u;

const isClosingMark = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || isAsciiLetter(c);
/** ASCII, or General Punctuation (dashes, curly marks), where no letter lies; other codes need the regex. */
const isPlainCode = (c: number) => c < 0x80 || (c >= 0x2000 && c <= 0x206f);
/** Every code LAST_WORD's word may hold, and more: any non-ASCII code might be a letter. */
const mayBeWordCode = (c: number) => c >= 0x80 || isAsciiWordCode(c) || c === 0x2e || c === 0x27 || c === 0x2d;

/**
 * LAST_WORD's word in text[r.start, r.end), running the regex only over the
 * last word and its marks. `"He met Mr."` → "Mr"; `"It ended"` → undefined.
 */
export function lastWord(text: string, r: Range): string | undefined {
  let e = r.end;
  while (e > r.start && isClosingMark(text.charCodeAt(e - 1))) e--;
  if (e === r.start || text.charCodeAt(e - 1) !== 0x2e) return undefined;
  let from = e - 1;
  let plain = true;
  for (let c = text.charCodeAt(from - 1); from > r.start && mayBeWordCode(c); c = text.charCodeAt(--from - 1)) plain &&= isAsciiWordCode(c);
  // Letters and digits alone are the word LAST_WORD would find.
  if (plain) return from < e - 1 ? text.slice(from, e - 1) : undefined;
  return LAST_WORD.exec(text.slice(from, r.end))?.[1];
}

/**
 * Where WORD_AT's word from `start` ends, or `limit` if it reaches that far;
 * ASCII is read without the Unicode regex. The limit keeps a text with no
 * spaces from being read to its end once per fragment.
 */
function wordEnd(text: string, start: number, limit: number): number {
  let i = start + 1;
  for (let c = text.charCodeAt(i); i < limit && (isAsciiWordCode(c) || c === 0x27 || c === 0x2d || c === 0x2019); c = text.charCodeAt(++i));
  if (i >= limit) return limit;
  if (i === text.length || text.charCodeAt(i) < 0x80) return i;
  WORD_AT.lastIndex = 0;
  WORD_AT.test(text.slice(start, limit));
  return start + WORD_AT.lastIndex;
}

/**
 * FIRST_WORD's word of text[r.start, r.end), or '' when it has none, read in
 * place when it starts after plain marks. `"“Smith left.”"` → "Smith".
 */
export function firstWord(text: string, r: Range): string {
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiWordCode(c)) {
      const end = wordEnd(text, i, r.end + 1);
      if (end <= r.end) return text.slice(i, end);
      break;
    }
    if (!isPlainCode(c)) break;
  }
  // Only plain marks: no word. Otherwise the word may start at a non-ASCII letter or run past the fragment.
  return FIRST_WORD.exec(text.slice(r.start, r.end))?.[1] ?? '';
}

/** True when text[start, end) holds a letter. */
export function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) return true;
    if (!isPlainCode(c)) return LETTER.test(text.slice(i, end));
  }
  return false;
}
