import { addFollowers } from './leadWords';
import { packPhrases } from './packedPhrases';
import type { Lead } from './phraseLeads';

/** A leading word of a pattern being compiled: `w` its registered id. */
export interface NewLead {
  readonly w: number;
  readonly lead: Lead;
  readonly word: string;
  readonly bare: boolean;
}

/**
 * The phrases each registered word opens, pattern by pattern, in flat arrays
 * that the cue recording reads claim after claim: those of word w are entries
 * first[w] to first[w + 1] - 1, each with its pattern's id, whether the word
 * alone is the phrase, the Lead and the word. "should" of pattern 0 → first [0, 1], pattern [0], bare [1].
 */
export const LEADS = {
  first: new Int32Array(1),
  pattern: new Int32Array(0),
  bare: new Uint8Array(0),
  lead: [] as Lead[],
  word: [] as string[],
};
/** The same, as added, with their pattern's id, before they are laid out flat. */
const BY_WORD: { readonly p: number; readonly lead: NewLead }[][] = [];

/** Lays the leads out flat, word by word, in the order they were added. */
function layOut(): void {
  const first = new Int32Array(BY_WORD.length + 1);
  const all: { readonly p: number; readonly lead: NewLead }[] = [];
  for (let w = 0; w < BY_WORD.length; w++) {
    all.push(...BY_WORD[w]);
    first[w + 1] = all.length;
  }
  LEADS.first = first;
  LEADS.pattern = Int32Array.from(all, (l) => l.p);
  LEADS.bare = Uint8Array.from(all, (l) => (l.lead.bare ? 1 : 0));
  LEADS.lead = all.map((l) => l.lead.lead);
  LEADS.word = all.map((l) => l.lead.word);
  packPhrases(LEADS.lead);
}

/** Adds the leading words of pattern p, after those of the patterns added before it. */
export function addLeads(p: number, leads: readonly NewLead[]): void {
  for (const l of leads) {
    while (BY_WORD.length <= l.w) BY_WORD.push([]);
    BY_WORD[l.w].push({ p, lead: l });
    addFollowers(l.w, l.lead.follow);
  }
  layOut();
}
