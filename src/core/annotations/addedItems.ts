import type { Analysis, Claim, DateMention, Figure, LabelSpan, Quote, Span } from '../model';
import type { Annotation, Review } from './model';
import { findEntity } from './findEntity';

const OPENING = /^["“„«‘']/u;
const CLOSING = /["”»’']$/u;

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

function quoteOf(a: Analysis, ann: Annotation, s: Span, review: Review): Quote {
  const open = OPENING.test(s.text) && s.text.length > 1 ? 1 : 0;
  const close = CLOSING.test(s.text.slice(open)) ? 1 : 0;
  const entity = ann.fields.speaker ? findEntity(a.entities, ann.fields.speaker) : null;
  const speaker = ann.fields.speaker
    ? {
        entityId: entity?.id ?? null, name: entity?.name ?? ann.fields.speaker,
        mention: span(a.text, s.end, s.end), cue: null, method: 'manual', evidence: `Added by hand by ${review.by}.`,
      }
    : null;
  return { ...s, id: ann.id, kind: 'speech', content: span(a.text, s.start + open, s.end - close), speaker, unclosed: false, review };
}

function claimOf(a: Analysis, ann: Annotation, s: Span, review: Review): Claim | null {
  const sentence = a.sentences.find((x) => x.start <= s.start && s.start < x.end) ?? [...a.sentences].reverse().find((x) => x.start <= s.start);
  if (!sentence) return null;
  const entity = ann.fields.speaker ? findEntity(a.entities, ann.fields.speaker) : null;
  const quotes = a.quotes.filter((q) => q.start < s.end && s.start < q.end);
  return {
    ...s, id: ann.id, type: ann.fields.claimType ?? 'factual', typeEvidence: ['set by hand'],
    attribution: quotes.length ? 'direct' : 'narrative',
    speaker: ann.fields.speaker ? { entityId: entity?.id ?? null, name: entity?.name ?? ann.fields.speaker } : null,
    sentenceId: sentence.id, quoteIds: quotes.map((q) => q.id),
    figureIds: a.figures.filter((f) => inside(s, f)).map((f) => f.id),
    dateIds: a.dates.filter((d) => inside(s, d)).map((d) => d.id),
    checkWorthiness: 1, review,
  };
}

function figureOf(ann: Annotation, s: Span, review: Review): Figure {
  const n = Number((ann.fields.value ?? '').replace(/,/g, ''));
  const value = ann.fields.value && Number.isFinite(n) ? n : null;
  return { ...s, id: ann.id, kind: 'count', value, unit: null, approximate: false, review };
}

const dateOf = (ann: Annotation, s: Span, review: Review): DateMention =>
  ({ ...s, id: ann.id, type: 'DATE', value: ann.fields.value?.trim() || 'XXXX-XX-XX', relative: false, review });

export interface Added {
  readonly quotes: Quote[];
  readonly claims: Claim[];
  readonly figures: Figure[];
  readonly dates: DateMention[];
  readonly labels: LabelSpan[];
  /** Added annotations that cannot become an item here (a claim in a text without sentences). */
  readonly unplaced: Annotation[];
}

/**
 * The items a person added by hand, built from the analysis around them.
 * addedItems(a, [{ kind: 'figure', fields: { value: '12' }, … }], reviewOf) → figures: [{ value: 12, kind: 'count', … }]
 */
export function addedItems(a: Analysis, annotations: readonly Annotation[], reviewOf: (x: Annotation) => Review): Added {
  const out: Added = { quotes: [], claims: [], figures: [], dates: [], labels: [], unplaced: [] };
  for (const ann of annotations) {
    const s = span(a.text, ann.position.start, ann.position.end);
    const review = reviewOf(ann);
    if (ann.kind === 'quote') out.quotes.push(quoteOf(a, ann, s, review));
    else if (ann.kind === 'figure') out.figures.push(figureOf(ann, s, review));
    else if (ann.kind === 'date') out.dates.push(dateOf(ann, s, review));
    else if (ann.kind === 'label') out.labels.push({ ...s, id: ann.id, label: ann.fields.label ?? 'label', review });
    else {
      const claim = claimOf(a, ann, s, review);
      if (claim) out.claims.push(claim);
      else out.unplaced.push(ann);
    }
  }
  return out;
}
