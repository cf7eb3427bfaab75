import { isTrimSpace } from '../../charCodes';

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
  /** The letters each phrase goes on with after the white space ("most", "least"); empty when `follow` is -1. */
  readonly seconds: readonly string[];
  /** When the word itself is the only phrase ("should"): a whole-word hit then matches unless an apostrophe touches it. */
  readonly bare: boolean;
  /** The phrases in the sticky regex's order, when plain enough to be read without it (see phraseMatch); else null. */
  readonly phrases: readonly string[] | null;
}

/**
 * Whether a lone word matches at a hit, as the regex's whole-word checks would
 * say: the hit is a whole run of `\w` already, so only an apostrophe on either
 * side ("'should'", "should’ve") can still reject it.
 */
export function bareAt(text: string, start: number, length: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = text.charCodeAt(start + length);
  return before !== 39 && before !== 0x2019 && after !== 39 && after !== 0x2019;
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

/** The `seconds` of a leading word's phrases: "the most", "the least" → ["most", "least"]; [] when followers is -1. */
export function secondWords(word: string, group: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of group) {
    const next = /^ +([a-z]+)/.exec(p.slice(word.length));
    if (!next) return [];
    out.add(next[1]);
  }
  return [...out];
}

/** Whether the text at `at` spells `lower` (ASCII letters), folded as a non-unicode `i` regex folds them. */
export function lettersAt(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(at + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether a phrase of the lead can match at `start`: the word after the lead
 * must open with one of its letters, and go on as one of its second words.
 * Most "the" and "in" are not "the most" or "in the coming months", and this
 * spares the regex a call for them.
 */
export function mayMatch(lead: Lead, text: string, start: number): boolean {
  if (lead.follow < 0) return true;
  const i = followerAt(text, start + lead.length, lead.follow);
  if (i < 0) return false;
  for (let k = 0; k < lead.seconds.length; k++) if (lettersAt(text, i, lead.seconds[k])) return true;
  return false;
}

/**
 * Where the letter after the white space at `i` stands when the `follow`
 * mask (bit 0 'a') holds it, else -1: the first test of a phrase after its
 * leading word. followerAt("the  most", 3, bit of 'm') → 5.
 */
export function followerAt(text: string, i: number, follow: number): number {
  if (i >= text.length || !isTrimSpace(text.charCodeAt(i))) return -1;
  do i++;
  while (i < text.length && isTrimSpace(text.charCodeAt(i)));
  // ASCII letters only: a case-insensitive regex without the u flag folds no other letter onto them
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122 && (follow & (1 << (c - 97))) !== 0 ? i : -1;
}
