import type { Analysis } from '../../model';
import type { Candidate } from './candidates';
import { classifyType } from './classifyType';
import { sliceWords } from './cueAnchors';
import type { ClaimContext } from './features';
import { mentionIndex } from './mentionIndex';
import { spanIndex } from './spanIndex';

export interface LinkedContext extends ClaimContext {
  readonly typeEvidence: readonly string[];
  readonly figureIds: readonly string[];
  readonly dateIds: readonly string[];
}

/**
 * What the engine knows about one candidate: its type and cues, and the
 * figures, dates and entity mentions inside it. "Rents rose 12% in 2023"
 * → statistic, figureIds ["f1"], dateIds ["d1"].
 */
export function claimContext(a: Analysis, c: Candidate): LinkedContext {
  const text = sliceWords(a.text, c.start, c.end);
  const figures = spanIndex(a.figures).inside(c.start, c.end);
  const dates = spanIndex(a.dates).inside(c.start, c.end);
  const { type, typeEvidence } = classifyType(text, figures);
  const entityMentions = mentionIndex(a.entities).countInside(c.start, c.end);
  return {
    text,
    doc: a.text,
    start: c.start,
    type,
    typeEvidence,
    attribution: c.attribution,
    figureKinds: figures.map((f) => f.kind),
    dateCount: dates.length,
    entityMentions,
    hasSpeaker: c.speaker !== null,
    figureIds: figures.map((f) => f.id),
    dateIds: dates.map((d) => d.id),
  };
}
