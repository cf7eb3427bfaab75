import type { Quote } from '../../model';
import { NAMING_VERBS } from '../../lexicon/claimFrameWords';
import { wordsUpTo } from './spanText';

/** Verbs that give a speaker's own verdict in the quote: 'Lee called the plan "a farce"', 'branded it "reckless"'. */
const VERDICT_VERBS: ReadonlySet<string> = new Set([...NAMING_VERBS, 'calls', 'calling', 'brands', 'branding', 'labels', 'labelling', 'labeling']);

/** An auxiliary right before a participle cue: "is called", "was branded"; not "is calling". */
const PASSIVE_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+$/i;
/** Most words before the speaker's mention at the head of the sentence: a title or two ("Dr.", "Former Mayor"). */
const MAX_WORDS_BEFORE = 2;

/**
 * The quote inside a narrative clause whose speaker is the clause's own
 * subject, named at its head, with a verdict verb before the quote as its cue,
 * or null: then the clause reports that speaker's words. `Dr. Ann Lee, a neurologist, called the
 * findings "reassuring."` → the quote, whose speaker is Ann Lee.
 */
export function quotedSubject(text: string, start: number, end: number, inside: readonly Quote[]): Quote | null {
  for (let k = 0; k < inside.length; k++) {
    const q = inside[k];
    const sp = q.speaker;
    if (q.kind !== 'speech' || !sp || !sp.cue || sp.mention.start < start || sp.cue.start > q.start || q.end > end) continue;
    // a known speaker only, and not a name given in the passive ("the video, released in May, is called …")
    const cue = sp.cue.text.toLowerCase();
    if (!sp.entityId || !VERDICT_VERBS.has(cue) || (!cue.endsWith('ing') && PASSIVE_BEFORE.test(text.slice(Math.max(0, sp.cue.start - 8), sp.cue.start)))) continue;
    if (wordsUpTo(text, start, sp.mention.start, MAX_WORDS_BEFORE + 1) <= MAX_WORDS_BEFORE) return q;
  }
  return null;
}
