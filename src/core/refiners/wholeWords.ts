import type { DateCandidate } from '../extractors/dates/candidate';
import { filtered } from './unchangedOr';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit in any script; ASCII, most of what is read, without a regex. */
function isLetterOrDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && LETTER_OR_DIGIT.test(text.charAt(at)); // NaN past either end of the text
}

/** Does [start, end) begin or end inside a word of the text? */
function cutsWord(text: string, start: number, end: number): boolean {
  return (isLetterOrDigit(text, start - 1) && isLetterOrDigit(text, start)) || (isLetterOrDigit(text, end - 1) && isLetterOrDigit(text, end));
}

/**
 * Drops the candidates that cut a word in two: what a reader sees marked is
 * whole words, and a date read off part of one misreads it. `May 2020bn` →
 * no `May 2020`; `11:59 pm UTC -12h` → no `… -12`. A text with none passes unchanged, not copied.
 */
export function wholeWords(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return filtered(candidates, (c) => !cutsWord(text, c.start, c.end));
}
