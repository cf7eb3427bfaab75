import type { Analysis } from '../../model';
import type { Candidate } from './candidates';
import { classifyType } from './classifyType';
import { sliceWords } from './cueAnchors';
import type { ClaimContext } from './features';
import { type DocumentSpans, documentSpans } from './documentSpans';

export interface LinkedContext extends ClaimContext {
  readonly typeEvidence: readonly string[];
  readonly figureIds: readonly string[];
  readonly dateIds: readonly string[];
}

/** The kinds of no figure: shared, since the features only read them. */
const NO_KINDS: readonly string[] = [];
/** No figure or date ids: shared by the claims that hold none, since a claim's lists are read, never changed (readonly in the model). */
const NO_IDS: readonly string[] = Object.freeze([]);

/** One field of each span, in a loop: most claims hold no figure or date. */
function fieldOf<T, K extends keyof T>(items: readonly T[], key: K): T[K][] {
  const out: T[K][] = new Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = items[k][key];
  return out;
}

/**
 * What the engine knows about one candidate: its type and cues, and the
 * figures, dates and entity mentions inside it. "Rents rose 12% in 2023"
 * → statistic, figureIds ["f1"], dateIds ["d1"]. `spans` are those of `a`;
 * without them, it indexes `a` again.
 */
export function claimContext(a: Analysis, c: Candidate, spans: DocumentSpans = documentSpans(a)): LinkedContext {
  const text = sliceWords(a.text, c.start, c.end);
  const figures = spans.figures.inside(c.start, c.end);
  const dates = spans.dates.inside(c.start, c.end);
  const { type, typeEvidence } = classifyType(text, figures, a.text);
  const entityMentions = spans.mentions.countInside(c.start, c.end);
  return {
    text,
    doc: a.text,
    start: c.start,
    type,
    typeEvidence,
    attribution: c.attribution,
    figureKinds: figures.length ? fieldOf(figures, 'kind') : NO_KINDS,
    dateCount: dates.length,
    entityMentions,
    hasSpeaker: c.speaker !== null,
    figureIds: figures.length ? fieldOf(figures, 'id') : NO_IDS,
    dateIds: dates.length ? fieldOf(dates, 'id') : NO_IDS,
  };
}
