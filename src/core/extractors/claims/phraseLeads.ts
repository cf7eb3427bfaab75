import { isSpace } from './isSpace';

/**
 * The phrases opening with one leading word, as a sticky regex: a match at
 * that word can only be one of them, and the same order keeps the same winner.
 * `follow` has bit k set when some phrase goes on with white space and the
 * letter k ('a' = 0), and is -1 when some phrase goes on otherwise or not at all.
 */
export interface Lead {
  readonly sticky: RegExp;
  readonly length: number;
  readonly follow: number;
}

/** The `follow` mask of a leading word's phrases: "the most", "the least" → the bits of 'm' and 'l'. */
export function followers(word: string, group: readonly string[]): number {
  let mask = 0;
  for (const p of group) {
    const next = /^ +([a-z])/.exec(p.slice(word.length));
    if (!next) return -1;
    mask |= 1 << (next[1].charCodeAt(0) - 97);
  }
  return mask;
}

/**
 * Whether a phrase of the lead can match at `start`: the word after the lead
 * must open with one of its letters. Most "the" and "in" are not "the most" or
 * "in the coming months", and this spares the regex a call for them.
 */
export function mayMatch(lead: Lead, text: string, start: number): boolean {
  if (lead.follow < 0) return true;
  let i = start + lead.length;
  if (i >= text.length || !isSpace(text.charCodeAt(i))) return false;
  do i++;
  while (i < text.length && isSpace(text.charCodeAt(i)));
  // ASCII letters only: a case-insensitive regex without the u flag folds no other letter onto them
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122 && (lead.follow & (1 << (c - 97))) !== 0;
}
