import { PREDICTION_CUES } from '../../lexicon/predictionCues';
import type { CueMatch } from './cuePattern';

/** The one-word prediction cues: a reporting verb is one word, or one word and its "that". */
const PREDICTION_VERBS: ReadonlySet<string> = new Set(PREDICTION_CUES.filter((cue) => !cue.includes(' ')));

/** "as predicted", "as forecast": what came true, not an expectation. */
const AS_BEFORE = /\bas\s+$/i;

/**
 * The prediction cue of the reporting verb `verb` of `seg`, or null: "forecasts" of
 * "forecasts that", "predicted"; "said" → null. A clause cut from such a verb
 * ("rents will rise 4%") reads as a statistic alone, but its speaker expects it.
 */
export function predictionCueOf(seg: string, verb: CueMatch): string | null {
  const text = verb[0];
  let k = 0;
  while (k < text.length && text.charCodeAt(k) > 32) k++;
  const word = text.slice(0, k).toLowerCase();
  if (!PREDICTION_VERBS.has(word)) return null;
  return AS_BEFORE.test(seg.slice(Math.max(0, verb.index - 4), verb.index)) ? null : word;
}
