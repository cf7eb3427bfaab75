import type { Analysis, Figure } from '../../model';
import type { Candidate } from './candidates';
import { classifyType } from './classifyType';
import { scanClaim } from './checkWorthiness';
import { SURFACE } from './surfaceScan';
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

/** The kinds of the figures, read by name: a keyed read (`items[k][key]`) costs a lookup per item. */
function kindsOf(figures: readonly Figure[]): string[] {
  const out: string[] = new Array(figures.length);
  for (let k = 0; k < figures.length; k++) out[k] = figures[k].kind;
  return out;
}

/** The ids of the spans, read by name; most claims hold no figure or date. */
function idsOf(spans: readonly { readonly id: string }[]): string[] {
  const out: string[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) out[k] = spans[k].id;
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
  // the claim's characters are read once, for the classifier's digit test and for the scorer
  const scan = scanClaim(a.text, c.start, c.end);
  const { type, typeEvidence, figuresAhead } = classifyType(text, figures, a.text, (scan.flags & SURFACE.digit) !== 0, c.frameCue, c.attribution === 'indirect');
  const entityMentions = spans.mentions.countInside(c.start, c.end);
  return {
    text,
    doc: a.text,
    start: c.start,
    type,
    typeEvidence,
    figuresAhead: figuresAhead === true,
    attribution: c.scoredAs ?? c.attribution,
    figureKinds: figures.length ? kindsOf(figures) : NO_KINDS,
    dateCount: dates.length,
    entityMentions,
    hasSpeaker: c.speaker !== null,
    figureIds: figures.length ? idsOf(figures) : NO_IDS,
    dateIds: dates.length ? idsOf(dates) : NO_IDS,
    scan,
  };
}
