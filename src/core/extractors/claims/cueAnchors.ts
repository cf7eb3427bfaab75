import { hitsFromDocument, indexWords } from './documentWords';
import { LeadHitList, type LeadHits } from './leadHitList';
import { lexiconsOf } from './leadWords';

export { sliceWords } from './documentWords';
export type { LeadHits } from './leadHitList';
export { flaggedWords, leadingWords, leadWordId } from './leadWords';

const hits = new LeadHitList();

/**
 * The registered words of a text, found in one pass that serves every lexicon:
 * the classifier and the features ask about the same claim one lexicon after
 * another. "We need to act" → one hit at 3 for a lexicon with "need to".
 */
export function leadHits(text: string): LeadHits {
  if (hits.holds(text)) {
    // a slice equal to the last text: keep it, so that the next asks compare by identity, not letter by letter
    hits.text = text;
    return hits;
  }
  if (!hitsFromDocument(text, hits)) hits.scan(text);
  return hits;
}

/**
 * Starts on a new document: finds its registered words once (see
 * documentWords) and forgets the last text's, so that nothing found in one
 * analysis answers for the next.
 */
export function startDocument(doc: string): void {
  indexWords(doc);
  hits.text = null;
}

/**
 * Whether one of the words `flags` marks (see flaggedWords) is a whole run of `\w` of the text, case folded,
 * read from its hits: `holdsFlagged("She expects it", flaggedWords(['expects']))` → true.
 */
export function holdsFlagged(text: string, flags: Uint8Array): boolean {
  const found = leadHits(text);
  for (let k = 0; k < found.count; k++) if (flags[found.wordIds[k]] === 1) return true;
  return false;
}

/** Whether lexicon `id` has a leading word in the text: "We need it" → true for a lexicon with "need to". */
export const hasLead = (text: string, id: number): boolean => (leadHits(text).lexicons & (1 << id)) !== 0;

/**
 * Where the lexicon's leading words start in the text, ascending: a cue regex
 * that opens on a whole word can match only there. "We need to act" → [3] for a lexicon with "need to".
 */
export function leadStarts(text: string, id: number): number[] {
  const found = leadHits(text);
  const out: number[] = [];
  for (let k = 0; k < found.count; k++) if (lexiconsOf(found.wordIds[k]) & (1 << id)) out.push(found.starts[k]);
  return out;
}
