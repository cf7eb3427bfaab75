import { OPINION_CUES } from '../../lexicon/opinionCues';

/** A belief told in the first person, which frames what follows as the speaker's view. */
const BELIEFS: ReadonlySet<string> = new Set(OPINION_CUES.filter((cue) => /^(?:i|we|in my)\b/.test(cue)));
/** "would be" and the word that judges: "would be reckless", "would be a disaster", "would be deeply unfair". */
const WOULD_BE = /\bwould\s+(?:be|prove|seem)\s+(?:(?:a|an|the|very|so|too|really|deeply|utterly|truly|totally|quite|most|simply|completely)\s+)*([a-z]+)/gi;

/**
 * Whether a claim whose only future cue is "would" judges rather than foresees: a belief in the first person
 * ("I think that would be reckless") or "would be" before one of its opinion cues ("That would be a disaster").
 * `opinion`: the opinion cues found in the text, lower-case.
 */
export function judgedWould(text: string, opinion: readonly string[]): boolean {
  if (opinion.some((cue) => BELIEFS.has(cue.toLowerCase()))) return true;
  WOULD_BE.lastIndex = 0;
  for (let m = WOULD_BE.exec(text); m; m = WOULD_BE.exec(text)) if (opinion.includes(m[1].toLowerCase())) return true;
  return false;
}
