import { leadHits } from './cueAnchors';
import { addFollowers } from './leadWords';
import { leadEnd, matched } from './phraseMatch';
import { type Lead, bareAt, mayMatch } from './phraseLeads';

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
/**
 * The phrases each registered word opens, pattern by pattern, in flat arrays:
 * those of word w are entries FIRST_LEAD[w] to FIRST_LEAD[w + 1] - 1.
 */
let FIRST_LEAD = new Int32Array(1);
let LEAD_PATTERN = new Int32Array(0);
let LEAD_BARE = new Uint8Array(0);
let LEAD_OF: Lead[] = [];
let LEAD_WORD: string[] = [];
/** The same, as added, with their pattern's id, before they are laid out flat. */
const LEADS_BY_WORD: { readonly p: number; readonly lead: NewLead }[][] = [];
/** The text whose cues the patterns hold: the classifier, the features and the scorer all ask about the same claim. */
let recorded: string | null = null;

/** Forgets the recorded text, so that nothing found in one analysis answers for the next. */
export function forgetSearches(): void {
  recorded = null;
}

/** A leading word of a pattern being compiled: `w` its registered id. */
export interface NewLead {
  readonly w: number;
  readonly lead: Lead;
  readonly word: string;
  readonly bare: boolean;
}

/** Lays the leads out flat, word by word, in the order they were added. */
function layOut(): void {
  FIRST_LEAD = new Int32Array(LEADS_BY_WORD.length + 1);
  const all: { readonly p: number; readonly lead: NewLead }[] = [];
  for (let w = 0; w < LEADS_BY_WORD.length; w++) {
    all.push(...LEADS_BY_WORD[w]);
    FIRST_LEAD[w + 1] = all.length;
  }
  LEAD_PATTERN = Int32Array.from(all, (l) => l.p);
  LEAD_BARE = Uint8Array.from(all, (l) => (l.lead.bare ? 1 : 0));
  LEAD_OF = all.map((l) => l.lead.lead);
  LEAD_WORD = all.map((l) => l.lead.word);
}

/** Adds a compiled pattern and its leading words to the ones recorded. */
export function addAnchored(anchored: Anchored, leads: readonly NewLead[]): void {
  anchored.id = ALL_ANCHORED.length;
  for (const l of leads) {
    while (LEADS_BY_WORD.length <= l.w) LEADS_BY_WORD.push([]);
    LEADS_BY_WORD[l.w].push({ p: anchored.id, lead: l });
    addFollowers(l.w, l.lead.follow);
  }
  ALL_ANCHORED.push(anchored);
  layOut();
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
  COUNT.fill(0);
  FROM.fill(0);
  const found = leadHits(text);
  const words = FIRST_LEAD.length - 1;
  for (let k = 0; k < found.count; k++) {
    const w = found.wordIds[k];
    // most hits ("the", "in") open no phrase here: their leads are not even read
    if (!found.mayOpen[k] || w >= words) continue;
    const start = found.starts[k];
    for (let e = FIRST_LEAD[w]; e < FIRST_LEAD[w + 1]; e++) {
      const p = LEAD_PATTERN[e];
      if (start < FROM[p]) continue;
      const lead = LEAD_OF[e];
      if (LEAD_BARE[e]) {
        if (bareAt(text, start, lead.length)) add(p, start, start + lead.length, LEAD_WORD[e]);
        continue;
      }
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
}

/** Bit p set when anchored pattern p (its id) has a cue in the text: every pattern's answer from one recording. */
export function recordedMask(text: string): number {
  cuesOf(text);
  let mask = 0;
  for (let p = 0; p < ALL_ANCHORED.length; p++) if (COUNT[p] > 0) mask |= 1 << p;
  return mask;
}

/** Records the cues of every anchored pattern in the text, unless they are recorded already. */
export function cuesOf(text: string): void {
  if (recorded !== text) record(text);
}
