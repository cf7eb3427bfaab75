import { isDigitCode } from '../../charCodes';
/**
 * A cheap test of where a finder's match may start: most word starts a lead
 * walk steps over, and many anchor words themselves ("year" in "a year"),
 * open no match, and this spares the full pattern there. It must hold
 * wherever the pattern can match, so it never changes what is found: the
 * words are all the first words of the pattern's alternatives.
 */
export type Opens = (text: string, at: number) => boolean;


/**
 * Whether text[at, …) starts with the first two letters of one of `words`
 * (lower-case ASCII, any case in the text; all of a one-letter word), or with
 * a digit when `digits`: a few loads, looser than the words themselves and so
 * true wherever they are. `openers(['the'])` holds at `The`, `then`, `this`.
 */
export function openers(words: readonly string[], digits = false): Opens {
  // letters compared by their low five bits, the same in either case: a pair of
  // first letters is one bit of 32 × 32, 128 bytes that stay in cache beside the other finders'
  const pairs = new Uint32Array(32);
  let singles = 0;
  for (const w of words) {
    if (w.length === 1) singles |= 1 << (w.charCodeAt(0) & 31);
    else pairs[w.charCodeAt(0) & 31] |= 1 << (w.charCodeAt(1) & 31);
  }
  return (text, at) => {
    const first = text.charCodeAt(at);
    if (digits && isDigitCode(first)) return true;
    if (!(first < 128)) return false; // no word starts outside ASCII, nor past the end
    if ((singles & (1 << (first & 31))) !== 0) return true;
    const second = text.charCodeAt(at + 1);
    return second < 128 && (pairs[first & 31] & (1 << (second & 31))) !== 0;
  };
}
