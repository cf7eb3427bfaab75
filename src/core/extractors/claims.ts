import type { Analysis, AnalyzeOptions, Claim, Stage } from '../model';
import { visitCandidates } from './claims/candidates';
import { contextWorthiness } from './claims/checkWorthiness';
import { claimContext, type LinkedContext } from './claims/claimContext';
import { startDocument } from './claims/cueAnchors';
import { hasCue } from './claims/cuePattern';
import { forgetSearches } from './claims/cueRecord';
import { CUES } from './claims/cues';
import { documentSpans } from './claims/documentSpans';
import { withSegments } from './claims/fallbackSegments';
import { onlySilence } from './claims/silence';
import { concretePledge } from './claims/concretePledge';

export const DEFAULT_MIN_CHECK_WORTHINESS = 0.5;
/** An agenda announcement ("X will be on the agenda") or a silence cannot be checked, however specific it sounds. */
const AGENDA_CEILING = 0.3;

/**
 * A first-person pledge of a checkable action ("we will freeze parking charges") is what a promise tracker
 * follows, kept or broken; the training data labels promises unworthy, so the model alone cannot keep it.
 */
const PLEDGE_FLOOR = DEFAULT_MIN_CHECK_WORTHINESS;

function score(ctx: LinkedContext): number {
  const learned = contextWorthiness(ctx);
  if (ctx.type === 'statistic' || ctx.figuresAhead) return learned;
  if (ctx.type === 'commitment' && learned < PLEDGE_FLOOR && concretePledge(ctx.text)) return PLEDGE_FLOOR;
  // "Kestrel Supply declined to comment": a silence, like an agenda, cannot be checked
  return hasCue(CUES.agenda, ctx.text) || onlySilence(ctx.text) ? Math.min(learned, AGENDA_CEILING) : learned;
}

/**
 * Claims: each sentence's quoted content, reported clauses or narration,
 * typed by its cues, linked to the figures, dates and quotes inside it and
 * scored for check-worthiness. Keeps those reaching options.minCheckWorthiness
 * (0.5) unless options.allClaims. `"We need to ramp up production," he said.`
 * → c1 "We need to ramp up production", recommendation, direct, by the quote's speaker.
 * Without sentences from the segment stages it segments the body itself.
 */
export const claims: Stage = {
  name: 'claims',
  run(analysis: Analysis, options: AnalyzeOptions): Analysis {
    const a = withSegments(analysis);
    // the word index and the cue caches serve this text only
    startDocument(a.text);
    forgetSearches();
    const min = options.minCheckWorthiness ?? DEFAULT_MIN_CHECK_WORTHINESS;
    const found: Claim[] = [];
    const spans = documentSpans(a);
    // every candidate takes a number, kept or not: a claim keeps its id whatever the threshold
    let candidates = 0;
    visitCandidates(a, spans, (c) => {
      const ctx = claimContext(a, c, spans);
      const checkWorthiness = score(ctx);
      const id = `c${++candidates}`;
      if (!options.allClaims && checkWorthiness < min) return;
      found.push({
        id,
        start: c.start,
        end: c.end,
        text: ctx.text,
        type: ctx.type,
        typeEvidence: ctx.typeEvidence,
        attribution: c.attribution,
        speaker: c.speaker,
        sentenceId: c.sentenceId,
        quoteIds: c.quoteIds,
        figureIds: ctx.figureIds,
        dateIds: ctx.dateIds,
        checkWorthiness,
      });
    });
    return { ...a, claims: found };
  },
};
