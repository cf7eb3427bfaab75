import { COMMITMENT_CUES } from '../../lexicon/commitmentCues';
import { COMPARATIVE_CUES, MULTIPLIER_CUES } from '../../lexicon/comparativeCues';
import { OPINION_CUES } from '../../lexicon/opinionCues';
import { FUTURE_CUES, PREDICTION_CUES } from '../../lexicon/predictionCues';
import { AGENDA_PHRASES, NO_COMMENT_PHRASES, PROCEDURAL_PHRASES } from '../../lexicon/proceduralPhrases';
import { RECOMMENDATION_CUES } from '../../lexicon/recommendationCues';
import { CLAUSE_REPORTING_VERBS } from '../../lexicon/reportingCues';
import { INDIRECT_SPEECH_VERBS } from '../../lexicon/reportingVerbs';
import { cuePattern } from './cuePattern';

/** The cue lexicons compiled once, shared by the type classifier and the features. */
export const CUES = {
  recommendation: cuePattern(RECOMMENDATION_CUES),
  prediction: cuePattern(PREDICTION_CUES),
  future: cuePattern(FUTURE_CUES),
  commitment: cuePattern(COMMITMENT_CUES),
  opinion: cuePattern(OPINION_CUES),
  comparative: cuePattern(COMPARATIVE_CUES),
  multiplier: cuePattern(MULTIPLIER_CUES),
  procedural: cuePattern(PROCEDURAL_PHRASES),
  agenda: cuePattern(AGENDA_PHRASES),
  noComment: cuePattern(NO_COMMENT_PHRASES),
  reporting: cuePattern([...INDIRECT_SPEECH_VERBS, ...CLAUSE_REPORTING_VERBS]),
} as const;
