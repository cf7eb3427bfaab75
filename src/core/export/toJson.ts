import { createHash } from 'node:crypto';
import type { Analysis, Span } from '../model';
import { annotationJson, reviewJson } from '../annotations/annotationJson';

export const SCHEMA_VERSION = 1;

export interface ExportContext {
  /** The article's path as the user named it; null for stdin or unsaved documents. */
  readonly path: string | null;
  readonly generatorVersion: string;
}

const span = (s: Span) => ({ start: s.start, end: s.end, text: s.text });

/**
 * The export contract (schema/article-analysis.schema.json, version 1): the
 * analysis minus the raw text, plus where it came from. The extension, the CLI
 * and the evaluation all write and read exactly this shape.
 */
export function toJson(analysis: Analysis, context: ExportContext) {
  const { article } = analysis;
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
    paragraphs: analysis.paragraphs.map((p) => ({ id: p.id, start: p.start, end: p.end })),
    sentences: analysis.sentences.map((s) => ({ id: s.id, start: s.start, end: s.end, paragraphId: s.paragraphId })),
    entities: analysis.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      roles: [...e.roles],
      mentions: e.mentions.map(span),
    })),
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      unclosed: q.unclosed,
      content: span(q.content),
      ...(q.parentId ? { parentId: q.parentId } : {}),
      speaker: q.speaker && {
        entityId: q.speaker.entityId,
        name: q.speaker.name,
        mention: span(q.speaker.mention),
        cue: q.speaker.cue && span(q.speaker.cue),
        method: q.speaker.method,
        evidence: q.speaker.evidence,
      },
      ...(q.review ? { review: reviewJson(q.review) } : {}),
    })),
    figures: analysis.figures.map((f) => ({ ...f })),
    dates: analysis.dates.map((d) => ({ ...d })),
    claims: analysis.claims.map((c) => ({
      ...c,
      typeEvidence: [...c.typeEvidence],
      quoteIds: [...c.quoteIds],
      figureIds: [...c.figureIds],
      dateIds: [...c.dateIds],
    })),
    warnings: analysis.warnings.map((w) => ({ ...w })),
    // Only for an analysis merged with hand annotations (mergeAnnotations).
    ...(analysis.labels ? { labels: analysis.labels.map((l) => ({ ...l, review: reviewJson(l.review) })) } : {}),
    ...(analysis.annotations ? { annotations: analysis.annotations.map(annotationJson) } : {}),
  };
}

export type ExportDocument = ReturnType<typeof toJson>;
