import { isTrimSpace } from '../../charCodes';
import { type Lead, followerAt } from './phraseLeads';
import { phraseStep, wholeWordEnd } from './phraseMatch';

/**
 * The plain phrases of every lead entry (see leadTable), what follows their
 * leading word, end to end in one array of character codes: a claim's cue
 * recording reads a few cache lines of it where the phrases as strings lie
 * scattered over the heap. Entry e's phrases are q = first[e] to first[e + 1] - 1,
 * phrase q's tail the codes start[q] to start[q + 1] - 1; follow[e] is the lead's
 * follow mask and length[e] its word's length, and plain[e] 0 when its phrases
 * are read by its regex instead.
 * ["the most", "the least"] of "the" → tails " most", " least".
 */
export const PACKED = {
  plain: new Uint8Array(0),
  length: new Int32Array(0),
  follow: new Int32Array(0),
  first: new Int32Array(1),
  start: new Int32Array(1),
  codes: new Uint16Array(0),
  phrase: [] as string[],
};

/** Packs the phrases of each entry's lead, in entry order. */
export function packPhrases(leads: readonly Lead[]): void {
  const phrases: string[] = [];
  const tails: string[] = [];
  const first = new Int32Array(leads.length + 1);
  leads.forEach((lead, e) => {
    for (const p of lead.phrases ?? []) {
      phrases.push(p);
      tails.push(p.slice(lead.length));
    }
    first[e + 1] = phrases.length;
  });
  const start = new Int32Array(tails.length + 1);
  tails.forEach((t, q) => (start[q + 1] = start[q] + t.length));
  const codes = new Uint16Array(start[tails.length]);
  tails.forEach((t, q) => {
    for (let k = 0; k < t.length; k++) codes[start[q] + k] = t.charCodeAt(k);
  });
  PACKED.plain = Uint8Array.from(leads, (l) => (l.phrases ? 1 : 0));
  PACKED.length = Int32Array.from(leads, (l) => l.length);
  PACKED.follow = Int32Array.from(leads, (l) => l.follow);
  Object.assign(PACKED, { first, start, codes, phrase: phrases });
}

/** Where packed phrase q ends when its tail is written at `i` of the text, as phraseMatch's phraseEnd reads it, or -1. */
export function packedEnd(text: string, i: number, q: number): number {
  const { codes, start } = PACKED;
  for (let k = start[q]; k < start[q + 1] && i >= 0; k++) i = phraseStep(text, i, codes[k]);
  return i < 0 ? -1 : wholeWordEnd(text, i);
}

/** The phrase entryEnd matched last, as the lexicon spells it. */
export const packedMatch = { phrase: '' };

/**
 * Where entry e's first phrase (in its regex's order) ends when its word ends
 * at `i` of the text, or -1; for a plain entry, at a word with no word character
 * or apostrophe before it, what phraseMatch's leadEnd finds. Sets packedMatch.phrase.
 */
export function entryEnd(e: number, text: string, i: number): number {
  const follow = PACKED.follow[e];
  if (follow >= 0 && followerAt(text, i, follow) < 0) return -1;
  const letter = letterAfterSpace(text, i);
  const { first, phrase, codes, start } = PACKED;
  for (let q = first[e]; q < first[e + 1]; q++) {
    const k = start[q];
    const tailEnd = start[q + 1];
    // a tail going on with white space and a letter other than the text's is passed by unread, as is one opening
    // with white space where the text has none; an empty tail (the word alone) is read as before.
    // "it was" tries none of "it is important to", "it is necessary", …
    if (k < tailEnd && codes[k] === 32 && (letter === NO_SPACE || (k + 1 < tailEnd && isLower(codes[k + 1]) && codes[k + 1] !== letter))) continue;
    const end = packedEnd(text, i, q);
    if (end >= 0) {
      packedMatch.phrase = phrase[q];
      return end;
    }
  }
  return -1;
}

/** What letterAfterSpace says when no white space stands at `i`. */
const NO_SPACE = -1;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The character after the run of white space at `i`, with `| 32` as phraseStep
 * folds it (32 past the end), or NO_SPACE: letterAfterSpace("it  is", 2) → 105.
 */
function letterAfterSpace(text: string, i: number): number {
  if (i >= text.length || !isTrimSpace(text.charCodeAt(i))) return NO_SPACE;
  do i++;
  while (i < text.length && isTrimSpace(text.charCodeAt(i)));
  return text.charCodeAt(i) | 32;
}
