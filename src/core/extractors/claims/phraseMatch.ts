import { isTrimSpace, isWordCode } from '../../charCodes';
import type { Lead } from './phraseLeads';

/** A group of phrases the matcher below reads: lower-case ASCII, single spaces between words. */
const PLAIN = /^[\x21-\x40\x5b-\x7e]+(?: [\x21-\x40\x5b-\x7e]+)*$/;

/** The group, when every phrase is plain enough for phraseAt to read as its regex would; else null. */
export const plainPhrases = (group: readonly string[]): readonly string[] | null => (group.every((p) => PLAIN.test(p)) ? group : null);

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Where the text goes on after phrase character `c` is read at `i`, or -1, as
 * a cue's case-insensitive regex reads it: any run of white space for a space,
 * either apostrophe for one, ASCII letters in either case.
 * phraseStep("need  to", 4, 32) → 6.
 */
export function phraseStep(text: string, i: number, c: number): number {
  const t = text.charCodeAt(i);
  if (c === 32) {
    if (!isTrimSpace(t)) return -1;
    do i++;
    while (i < text.length && isTrimSpace(text.charCodeAt(i)));
    return i;
  }
  // a non-unicode `i` regex folds only ASCII letters onto ASCII letters; past the end, t is NaN
  return (c === 39 ? isApostrophe(t) : isLower(c) ? (t | 32) === c : t === c) ? i + 1 : -1;
}

/** `i` when a phrase read up to there ends a word (no word character or apostrophe follows), else -1. */
export function wholeWordEnd(text: string, i: number): number {
  const after = text.charCodeAt(i);
  return isWordCode(after) || isApostrophe(after) ? -1 : i;
}

/**
 * Where `phrase` ends when it is written at `start` of the text as cuePattern's
 * regex reads it, or -1. Its first `known` characters are known to be there already.
 * phraseEnd("We need  to act", 3, "need to", 4) → 11.
 */
function phraseEnd(text: string, start: number, phrase: string, known: number): number {
  let i = start + known;
  for (let k = known; k < phrase.length && i >= 0; k++) i = phraseStep(text, i, phrase.charCodeAt(k));
  return i < 0 ? -1 : wholeWordEnd(text, i);
}

/** The phrase leadEnd matched last, as the lexicon spells it; null when the lead's regex had to say. */
export const matched = { phrase: null as string | null };

/**
 * Where the lead's first phrase (in its regex's order) that matches at `start`
 * ends, or -1, as its sticky whole-word regex would find; read without the
 * regex when its phrases are plain. The text at `start` must spell the lead's
 * word (lead.length letters, in either case), as a hit of it does: every phrase
 * opens with that word, so only the rest is read. Sets matched.phrase.
 */
export function leadEnd(lead: Lead, text: string, start: number): number {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (!lead.phrases || isWordCode(before) || isApostrophe(before)) {
    matched.phrase = null;
    lead.sticky.lastIndex = start;
    return lead.sticky.test(text) ? lead.sticky.lastIndex : -1;
  }
  for (let k = 0; k < lead.phrases.length; k++) {
    const end = phraseEnd(text, start, lead.phrases[k], lead.length);
    if (end >= 0) {
      matched.phrase = lead.phrases[k];
      return end;
    }
  }
  return -1;
}
