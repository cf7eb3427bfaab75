import { leadHits } from './cueAnchors';
import { addFollowers } from './leadWords';
import { type Lead, bareAt, mayMatch } from './phraseLeads';

/** A pattern's lexicon bit for leadHits, its phrases by leading word id, and its cues in the recorded text. */
export interface Anchored {
  readonly bit: number;
  readonly byWord: readonly (Lead | null)[];
  /** The first `count` of `found` are its cues in the recorded text; the array is kept from text to text. */
  readonly found: string[];
  /** Where each of the first `count` cues starts and ends in the recorded text. */
  readonly starts: number[];
  readonly ends: number[];
  count: number;
  /** Where its next match may start, while the text is being recorded. */
  from: number;
}
/** A leading word's phrases in one pattern; `bare` when the word itself is the only one ("should"). */
interface WordLead {
  readonly anchored: Anchored;
  readonly lead: Lead;
  readonly word: string;
  readonly bare: boolean;
}
/** Every anchored pattern, and the phrases each registered word (by id) opens, pattern by pattern. */
const ALL_ANCHORED: Anchored[] = [];
const LEADS_BY_WORD: WordLead[][] = [];
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

/** Adds a compiled pattern and its leading words to the ones recorded. */
export function addAnchored(anchored: Anchored, leads: readonly NewLead[]): void {
  for (const { w, lead, word, bare } of leads) {
    while (LEADS_BY_WORD.length <= w) LEADS_BY_WORD.push([]);
    LEADS_BY_WORD[w].push({ anchored, lead, word, bare });
    addFollowers(w, lead.follow);
  }
  ALL_ANCHORED.push(anchored);
  recorded = null;
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
  for (let j = 0; j < ALL_ANCHORED.length; j++) {
    ALL_ANCHORED[j].count = 0;
    ALL_ANCHORED[j].from = 0;
  }
  const found = leadHits(text);
  for (let k = 0; k < found.count; k++) {
    const w = found.wordIds[k];
    // most hits ("the", "in") open no phrase here: their leads are not even read
    if (!found.mayOpen[k] || w >= LEADS_BY_WORD.length) continue;
    const start = found.starts[k];
    const leads = LEADS_BY_WORD[w];
    for (let j = 0; j < leads.length; j++) {
      const { anchored, lead } = leads[j];
      if (start < anchored.from) continue;
      if (leads[j].bare) {
        if (!bareAt(text, start, lead.length)) continue;
        anchored.starts[anchored.count] = start;
        anchored.ends[anchored.count] = start + lead.length;
        anchored.found[anchored.count++] = leads[j].word;
        anchored.from = start + lead.length;
        continue;
      }
      if (!mayMatch(lead, text, start)) continue;
      // test() and a slice where no match array is needed: a sticky match runs from `start` to lastIndex
      lead.sticky.lastIndex = start;
      if (!lead.sticky.test(text)) continue;
      anchored.from = lead.sticky.lastIndex;
      anchored.starts[anchored.count] = start;
      anchored.ends[anchored.count] = anchored.from;
      anchored.found[anchored.count++] = normalized(text.slice(start, anchored.from));
    }
  }
}

/** Records the cues of every anchored pattern in the text, unless they are recorded already. */
export function cuesOf(text: string): void {
  if (recorded !== text) record(text);
}
