import type { ClaimType, Figure } from '../../model';
import { CUES } from './cues';
import { findCues, hasCue } from './cuePattern';

/** Figure kinds that make a claim a statistic; durations and ordinals only situate it. */
const STATISTIC_KINDS = new Set<Figure['kind']>(['count', 'percent', 'money', 'quantity', 'multiplier', 'range']);
/** Numbers written out when no figure stage has run: "40%", "$3 billion", "1,200"; each needs a digit. */
const NUMBER_FALLBACK_DIGIT = /\d/;
const NUMBER_FALLBACK = /(?:[$€£]\s?)?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)|[$€£]\s?\d[\d,.]*|\b\d{1,3}(?:,\d{3})+\b/i;

/** No figure texts or cues: shared, since the evidence is always a copy. */
const NONE: readonly string[] = [];

export interface TypeDecision {
  readonly type: ClaimType;
  readonly typeEvidence: readonly string[];
}

/**
 * Decides a claim's type from its cues, strongest first: a call to act, an
 * explicit expectation, a pledge, a figure, the future tense, an evaluation.
 * "I expect that we will see increases this year" → prediction, evidence ["expect"].
 */
export function classifyType(text: string, figures: readonly Figure[]): TypeDecision {
  // hasCue first: it answers from the claim's recorded cues without building an array
  if (hasCue(CUES.recommendation, text)) return { type: 'recommendation', typeEvidence: findCues(CUES.recommendation, text) };
  if (hasCue(CUES.prediction, text)) return { type: 'prediction', typeEvidence: findCues(CUES.prediction, text) };
  if (hasCue(CUES.commitment, text)) return { type: 'commitment', typeEvidence: findCues(CUES.commitment, text) };
  const statFigures = statisticTexts(figures);
  // a cue inside a figure's own text ("many times" in "many times higher") adds nothing
  const multipliers = hasCue(CUES.multiplier, text)
    ? findCues(CUES.multiplier, text).filter((cue) => !statFigures.some((f) => f.toLowerCase().includes(cue)))
    : NONE;
  if (statFigures.length || multipliers.length) return { type: 'statistic', typeEvidence: [...statFigures, ...multipliers] };
  const written = figures.length === 0 && NUMBER_FALLBACK_DIGIT.test(text) ? NUMBER_FALLBACK.exec(text) : null;
  if (written) return { type: 'statistic', typeEvidence: [written[0]] };
  if (hasCue(CUES.future, text)) return { type: 'prediction', typeEvidence: findCues(CUES.future, text) };
  if (hasCue(CUES.opinion, text)) return { type: 'opinion', typeEvidence: findCues(CUES.opinion, text) };
  return { type: 'factual', typeEvidence: [] };
}

/** The texts of the figures that make a claim a statistic. */
function statisticTexts(figures: readonly Figure[]): readonly string[] {
  if (figures.length === 0) return NONE;
  const out: string[] = [];
  for (const f of figures) if (STATISTIC_KINDS.has(f.kind)) out.push(f.text);
  return out;
}
