import { LOWER_CASE_ONLY, NOT_BEFORE, NOT_PAST_IN_ED, TENSE_CUES } from '../../lexicon/tenseCues';
import { spelledAmong, wordFinder } from './spelledAmong';

/** 1: a verb that states the future; 2: a word that points ahead less surely; 3: the past. */
export type CueKind = 1 | 2 | 3;

/** The words a cue opens with, each with its phrases (in order) and its kind as a word alone, if any. */
interface Opening {
  readonly word: string;
  readonly phrases: { readonly rest: string; readonly kind: CueKind }[];
  kind: CueKind | 0;
  readonly notBefore?: string;
  /** A cue only in lower case: "may", not "May". */
  readonly lowerOnly: boolean;
}

const OPENINGS: Opening[] = [];
for (const [kind, cues] of [[1, TENSE_CUES.sure], [2, TENSE_CUES.ahead], [3, TENSE_CUES.past]] as const) {
  for (const cue of cues) {
    const split = cue.search(/[ '+]/);
    const word = split < 0 ? cue : cue.slice(0, split);
    let opening = OPENINGS.find((o) => o.word === word);
    if (!opening) OPENINGS.push((opening = { word, phrases: [], kind: 0, notBefore: NOT_BEFORE[word], lowerOnly: LOWER_CASE_ONLY.has(word) }));
    if (split >= 0) opening.phrases.push({ rest: cue.slice(split), kind });
    else if (!opening.kind) opening.kind = kind;
  }
}
/** The opening a word spells, by its index in OPENINGS: a lookup in typed arrays, with no copy of the word. */
const OPENING_OF = wordFinder(OPENINGS.map((o) => o.word));

/**
 * For each first letter, one bit per length of the words a cue opens with: most
 * words of a clause fail this test and cost no hash and no lookup.
 */
const OPENS = new Uint32Array(26);
for (const { word } of OPENINGS) OPENS[word.charCodeAt(0) - 97] |= 1 << word.length;

const notPast = spelledAmong(NOT_PAST_IN_ED);

/** What `\b` counts as a word character, by code: 1 for an ASCII letter, 2 for a digit or `_`. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = (c | 32) >= 97 && (c | 32) <= 122 ? 1 : (c >= 48 && c <= 57) || c === 95 ? 2 : 0;
const wordKind = (c: number): number => (c < 128 ? WORD[c] : 0);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** White space as `\s` takes it. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Where `rest` (a phrase's tail) ends if it stands at `at` and a word ends with it, before `to`; else -1. */
function restEnd(text: string, at: number, to: number, rest: string): number {
  let i = at;
  for (let k = 0; k < rest.length; k++) {
    const r = rest.charCodeAt(k);
    if (i >= to) return -1;
    const c = text.charCodeAt(i);
    if (r === 43) {
      if (!isSpace(c)) return -1;
      while (i < to && isSpace(text.charCodeAt(i))) i++;
    } else if (r === 39 ? isApostrophe(c) : r === 32 ? c === 32 : (c | 32) === r) i++;
    else return -1;
  }
  return i < to && wordKind(text.charCodeAt(i)) !== 0 ? -1 : i;
}

/**
 * Where the last cue read ends, what kind it is, and whether it is a cue only in
 * lower case (the modal "may"): one reader for the whole engine, read right after each call.
 */
export const CUE = { end: 0, kind: 1 as CueKind, lowerOnly: false };

/** The cue a word at [start, end) opens, setting CUE; false when none. */
function cueAt(text: string, start: number, end: number, to: number): boolean {
  const length = end - start;
  const opens = length < 32 && ((OPENS[(text.charCodeAt(start) | 32) - 97] >>> length) & 1) === 1;
  const found = opens ? OPENING_OF(text, start, end) : -1;
  const opening = found >= 0 ? OPENINGS[found] : undefined;
  if (opening && !(opening.lowerOnly && text.charCodeAt(start) < 97)) {
    for (const phrase of opening.phrases) {
      const e = restEnd(text, end, to, phrase.rest);
      if (e >= 0) return setCue(e, phrase.kind);
    }
    if (opening.kind && !(opening.notBefore && restEnd(text, end, to, opening.notBefore) >= 0)) return setCue(end, opening.kind, opening.lowerOnly);
  }
  // any other word in `-ed` of five letters or more: "announced", "voted"; not "proceed" or "hundred"
  return length >= 5 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100 && !notPast(text, start, end) && setCue(end, 3);
}

function setCue(end: number, kind: CueKind, lowerOnly = false): true {
  CUE.end = end;
  CUE.kind = kind;
  CUE.lowerOnly = lowerOnly;
  return true;
}

/**
 * Where the next cue of tense starts in text[pos, to), as a global search for
 * the cues in the window text[from, to) alone would find it, resuming at `pos`;
 * -1 when none. CUE tells where it ends and its kind. In `He said he'll vote`
 * from 0: 3 (`said`, past), then from 7: 10 (`'ll`, a stated future).
 */
export function nextCue(text: string, pos: number, to: number): number {
  let i = pos;
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = wordKind(c);
    if (kind === 0) {
      // `'ll`, as in "he'll", is a stated future
      if (isApostrophe(c) && i + 2 < to && (text.charCodeAt(i + 1) | 32) === 108 && (text.charCodeAt(i + 2) | 32) === 108 && (i + 3 >= to || wordKind(text.charCodeAt(i + 3)) === 0)) return setCue(i + 3, 1) && i;
      i++;
      continue;
    }
    // a word: only one of ASCII letters alone can be a cue
    const start = i;
    let letters = kind === 1;
    for (i++; i < to; i++) {
      const k = wordKind(text.charCodeAt(i));
      if (k === 0) break;
      if (k !== 1) letters = false;
    }
    // most words are too short for `-ed` and open no cue: one load tells, without a call
    if (letters && (i - start >= 5 || ((OPENS[(c | 32) - 97] >>> (i - start)) & 1) === 1) && cueAt(text, start, i, to)) return start;
  }
  return -1;
}
