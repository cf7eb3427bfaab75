const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Whether a narrative span reads as prose a claim can be made of: two words
 * of two letters or more, and not a bare web address. Pasted tables, rows of
 * years and links are kept out of the claims: `2020 | 2021 | 2022` → false,
 * `https://example.org/report.pdf` → false, `Rents rose 4%.` → true.
 */
export function isProse(text: string, start: number, end: number): boolean {
  let words = 0;
  let run = 0;
  let spaced = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) spaced = true;
    if (isLetter(c)) {
      if (++run === 2 && ++words >= 2 && spaced) return true;
    } else run = 0;
  }
  // two words with no space between them are a link or a code, not a sentence
  return false;
}
