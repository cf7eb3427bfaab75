/**
 * A cheap test of where a finder's match may start: most word starts a lead
 * walk steps over, and many anchor words themselves ("year" in "a year"),
 * open no match, and this spares the full pattern there. It must hold
 * wherever the pattern can match, so it never changes what is found: the
 * words are all the first words of the pattern's alternatives.
 */
export type Opens = (text: string, at: number) => boolean;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether text[at, …) starts with the first two letters of one of `words`
 * (lower-case ASCII, any case in the text; all of a one-letter word), or with
 * a digit when `digits`: two table loads, looser than the words themselves
 * and so true wherever they are. `openers(['the'])` holds at `The`, `then`, `this`.
 */
export function openers(words: readonly string[], digits = false): Opens {
  // one flag per pair of first letters, and per single letter for one-letter words
  const pairs = new Uint8Array(128 * 128);
  const singles = new Uint8Array(128);
  for (const w of words) {
    if (w.length === 1) singles[w.charCodeAt(0)] = 1;
    else pairs[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
  }
  return (text, at) => {
    const first = text.charCodeAt(at) | 32;
    if (digits && isDigit(first)) return true; // `| 32` leaves digits as they are
    if (first >= 128) return false;
    if (singles[first] === 1) return true;
    const second = text.charCodeAt(at + 1) | 32;
    return second < 128 && pairs[first * 128 + second] === 1;
  };
}
