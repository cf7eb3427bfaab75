import { leadHits } from './cueAnchors';
import { isWordCode } from '../../charCodes';
import { LEADS, type NewLead, addLeads } from './leadTable';
import { PACKED, entryEnd, packedMatch } from './packedPhrases';
import { leadEnd, matched } from './phraseMatch';
import { type Lead, bareAt, mayMatch } from './phraseLeads';

export type { NewLead } from './leadTable';

/** A pattern's lexicon bit for leadHits, its phrases by leading word id, and its cues in the recorded text. */
export interface Anchored {
  /** Its place among the recorded patterns, given by addAnchored. */
  id: number;
  readonly bit: number;
  readonly byWord: readonly (Lead | null)[];
  /** The first `count` of `found` are its cues in the recorded text; the array is kept from text to text. */
  readonly found: string[];
  /** Where each of the first `count` cues starts and ends in the recorded text. */
  readonly starts: number[];
  readonly ends: number[];
  /** How many cues it has in the recorded text, as of the last recordedCount. */
  count: number;
}
/** Every anchored pattern (one a lexicon bit, so at most 31). */
const ALL_ANCHORED: Anchored[] = [];
/**
 * Each pattern's cue count and where its next match may start, while the text
 * is being recorded: one cache line reset per claim instead of a field in each pattern.
 */
const COUNT = new Int32Array(32);
const FROM = new Int32Array(32);
/** Bit p set when pattern p has a cue in the recorded text. */
let mask = 0;
/** The text whose cues the patterns hold: the classifier, the features and the scorer all ask about the same claim. */
let recorded: string | null = null;

/** Forgets the recorded text, so that nothing found in one analysis answers for the next. */
export function forgetSearches(): void {
  recorded = null;
}

/** Adds a compiled pattern and its leading words to the ones recorded. */
export function addAnchored(anchored: Anchored, leads: readonly NewLead[]): void {
  anchored.id = ALL_ANCHORED.length;
  addLeads(anchored.id, leads);
  ALL_ANCHORED.push(anchored);
  recorded = null;
}

/** How many cues the pattern has in the recorded text (see cuesOf). */
export function recordedCount(anchored: Anchored): number {
  anchored.count = COUNT[anchored.id];
  return anchored.count;
}

/** A cue as the lexicon spells it: lower case, single spaces, straight apostrophes; most are one plain word already. */
export function normalized(cue: string): string {
  const lower = cue.toLowerCase();
  return PLAIN_WORD.test(lower) ? lower : lower.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
}
const PLAIN_WORD = /^[a-z]+$/;

/**
 * Finds the cues of every anchored pattern in the text in one pass over its
 * leading words, the matches each pattern's own scan (nextCue, from the end of
 * the last match) would find: "We need to act" → ["need to"] for a pattern with "need to".
 */
function record(text: string): void {
  recorded = text;
  // only the patterns with a cue in the last text have a count or a start to forget: most have none
  for (let m = mask; m !== 0; m &= m - 1) {
    const p = 31 - Math.clz32(m & -m);
    COUNT[p] = 0;
    FROM[p] = 0;
  }
  mask = 0;
  const found = leadHits(text);
  const { first, pattern, bare, lead: leads, word } = LEADS;
  const words = first.length - 1;
  for (let k = 0; k < found.count; k++) {
    const w = found.wordIds[k];
    // most hits ("the", "in") open no phrase here: their leads are not even read
    if (!found.mayOpen[k] || w >= words) continue;
    const start = found.starts[k];
    for (let e = first[w]; e < first[w + 1]; e++) {
      const p = pattern[e];
      if (start < FROM[p]) continue;
      if (bare[e]) {
        if (bareAt(text, start, PACKED.length[e])) add(p, start, start + PACKED.length[e], word[e]);
        continue;
      }
      // plain phrases are read from the packed table, unless a word character or an apostrophe stands before
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      if (PACKED.plain[e] && !isWordCode(before) && before !== 39 && before !== 0x2019) {
        const end = entryEnd(e, text, start + PACKED.length[e]);
        if (end >= 0) add(p, start, end, packedMatch.phrase);
        continue;
      }
      const lead = leads[e];
      if (!mayMatch(lead, text, start)) continue;
      const end = leadEnd(lead, text, start);
      // a phrase read by hand is the cue as the lexicon spells it; one the regex matched is spelled out
      if (end >= 0) add(p, start, end, matched.phrase ?? normalized(text.slice(start, end)));
    }
  }
}

/** Adds a cue of pattern p at [start, end) of the recorded text. */
function add(p: number, start: number, end: number, cue: string): void {
  const anchored = ALL_ANCHORED[p];
  const n = COUNT[p]++;
  anchored.starts[n] = start;
  anchored.ends[n] = end;
  anchored.found[n] = cue;
  FROM[p] = end;
  mask |= 1 << p;
}

/** Bit p set when anchored pattern p (its id) has a cue in the text: every pattern's answer from one recording. */
export function recordedMask(text: string): number {
  cuesOf(text);
  return mask;
}

/** Records the cues of every anchored pattern in the text, unless they are recorded already. */
export function cuesOf(text: string): void {
  if (recorded !== text) record(text);
}
