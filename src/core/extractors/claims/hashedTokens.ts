const FNV_OFFSET = 0x811c9dc5;
const step = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;
const SPACE = 32;
const APOSTROPHE = 39;
const ZERO = 48;
const COMMA = 44;
const PERIOD = 46;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII letters, lower-cased; -1 for anything else. */
const lowerLetter = (c: number) => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1);
const START = [60, 115, 62].reduce(step, FNV_OFFSET); // "<s>"
/** Reused between calls so that each claim allocates only its result. */
let scratch = new Uint32Array(1024);

/**
 * FNV-1a hashes (32 bits, stable across runs) of the lower-cased unigrams and
 * bigrams, numbers folded to "0", so that the model keeps weights per bucket
 * and never a vocabulary. A bigram's hash continues its first word's, so no
 * string is built. "Taxes rose 4%" → hashes of "taxes", "rose", "0",
 * "<s> taxes", "taxes rose", "rose 0".
 */
export function hashedTokens(text: string): Uint32Array {
  // at most text.length + 2 hashes, as always: past that they are dropped ("a1a" has 6 hashes for 5 slots)
  const cap = text.length + 2;
  if (scratch.length < cap) scratch = new Uint32Array(2 * cap);
  const out = scratch;
  let n = 0;
  let previous = START;
  // each word is hashed as it is scanned, alone and after the previous word, in one pass
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let word = FNV_OFFSET;
    let pair = step(previous, SPACE);
    if (isDigit(c)) {
      for (let d = c; isDigit(d) || d === COMMA || d === PERIOD; d = text.charCodeAt(++i));
      word = step(word, ZERO);
      pair = step(pair, ZERO);
    } else if (lowerLetter(c) >= 0) {
      for (let l = lowerLetter(c); l >= 0; l = lowerLetter(text.charCodeAt(++i))) {
        word = step(word, l);
        pair = step(pair, l);
      }
      const a = text.charCodeAt(i);
      if ((a === APOSTROPHE || a === 0x2019) && lowerLetter(text.charCodeAt(i + 1)) >= 0) {
        word = step(word, APOSTROPHE);
        pair = step(pair, APOSTROPHE);
        for (let l = lowerLetter(text.charCodeAt(++i)); l >= 0; l = lowerLetter(text.charCodeAt(++i))) {
          word = step(word, l);
          pair = step(pair, l);
        }
      }
    } else {
      i++;
      continue;
    }
    if (n < cap) out[n] = word;
    if (n + 1 < cap) out[n + 1] = pair;
    n += 2;
    previous = word;
  }
  return out.slice(0, Math.min(n, cap));
}
