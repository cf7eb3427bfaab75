import { createHash } from 'node:crypto';
import type { Analysis, Claim, DateMention, Entity, Figure, LabelSpan, Paragraph, Quote, Sentence, Span, Warning } from '../model';
import { annotationJson, reviewJson } from '../annotations/annotationJson';
import { ExportList, materialize } from './exportList';
import { sentenceOf } from './sentenceOf';

export const SCHEMA_VERSION = 1;

export interface ExportContext {
  /** The article's path as the user named it; null for stdin or unsaved documents. */
  readonly path: string | null;
  readonly generatorVersion: string;
}

const span = (s: Span) => ({ start: s.start, end: s.end, text: s.text });

const paragraphJson = (p: Paragraph) => ({ id: p.id, start: p.start, end: p.end });
const sentenceJson = (s: Sentence) => ({ id: s.id, start: s.start, end: s.end, paragraphId: s.paragraphId });
const entityJson = (e: Entity) => ({
  id: e.id,
  type: e.type,
  name: e.name,
  roles: [...e.roles],
  mentions: e.mentions.map(span),
});
const quoteJson = (q: Quote, sentenceId: string | undefined) => ({
  id: q.id,
  start: q.start,
  end: q.end,
  text: q.text,
  ...(sentenceId ? { sentenceId } : {}),
  kind: q.kind,
  unclosed: q.unclosed,
  content: span(q.content),
  ...(q.parentId ? { parentId: q.parentId } : {}),
  ...(q.unmarked ? { unmarked: q.unmarked } : {}),
  speaker: q.speaker && {
    entityId: q.speaker.entityId,
    name: q.speaker.name,
    mention: span(q.speaker.mention),
    cue: q.speaker.cue && span(q.speaker.cue),
    method: q.speaker.method,
    evidence: q.speaker.evidence,
  },
  ...(q.review ? { review: reviewJson(q.review) } : {}),
});
const claimJson = (c: Claim) => ({
  ...c,
  // written field by field, so the engine's own fields never leak; `mention` only where the text names the source
  speaker: c.speaker && { entityId: c.speaker.entityId, name: c.speaker.name, ...(c.speaker.mention ? { mention: span(c.speaker.mention) } : {}) },
  typeEvidence: [...c.typeEvidence],
  quoteIds: [...c.quoteIds],
  figureIds: [...c.figureIds],
  dateIds: [...c.dateIds],
});
const copy = <T extends object>(x: T) => ({ ...x });
/** A figure or date with the sentence holding its start, written after its span as a claim's is after its fields. */
const placed = <T extends Span & { readonly id: string }>(x: T, sentenceId: string | undefined) => {
  const { id, start, end, text, ...rest } = x;
  return { id, start, end, text, ...(sentenceId ? { sentenceId } : {}), ...rest };
};
const labelJson = (l: LabelSpan) => ({ ...l, review: reviewJson(l.review) });

/**
 * The export document with its lists left as ExportLists over the analysis:
 * JSON.stringify writes it exactly as toJson's document, and a streaming
 * writer can copy a few items at a time.
 */
export function exportView(analysis: Analysis, context: ExportContext) {
  const { article } = analysis;
  const sentenceAt = sentenceOf(analysis.sentences);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'policy-lens', version: context.generatorVersion },
    source: {
      path: context.path,
      sha256: createHash('sha256').update(analysis.text, 'utf8').digest('hex'),
      length: analysis.text.length,
    },
    article: {
      date: article.date,
      title: article.title,
      bodyStart: article.bodyStart,
      referenceDate: article.referenceDate,
    },
    paragraphs: new ExportList(analysis.paragraphs, paragraphJson),
    sentences: new ExportList(analysis.sentences, sentenceJson),
    entities: new ExportList(analysis.entities, entityJson),
    quotes: new ExportList(analysis.quotes, (q: Quote) => quoteJson(q, sentenceAt(q.start))),
    figures: new ExportList(analysis.figures, (f: Figure) => placed(f, sentenceAt(f.start))),
    dates: new ExportList(analysis.dates, (d: DateMention) => placed(d, sentenceAt(d.start))),
    claims: new ExportList(analysis.claims, claimJson),
    warnings: new ExportList(analysis.warnings, copy<Warning>),
    // Only for an analysis merged with hand annotations (mergeAnnotations).
    ...(analysis.labels ? { labels: new ExportList(analysis.labels, labelJson) } : {}),
    ...(analysis.annotations ? { annotations: new ExportList(analysis.annotations, annotationJson) } : {}),
  };
}

/**
 * The export contract (schema/article-analysis.schema.json, version 1): the
 * analysis minus the raw text, plus where it came from. The extension, the CLI
 * and the evaluation all write and read exactly this shape.
 */
export function toJson(analysis: Analysis, context: ExportContext) {
  return materialize(exportView(analysis, context));
}

export type ExportDocument = ReturnType<typeof toJson>;
