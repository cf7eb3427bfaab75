import type { Annotation, AnnotationFields, TargetKind } from './model';
import { selectorsFor } from './selectors';

/** The item a command acts on: an extracted item, or an item added by hand (itemId = its annotation id). */
export interface ReviewTarget {
  readonly kind: TargetKind;
  readonly itemId: string | null;
  readonly start: number;
  readonly end: number;
}

/** Everything an edit needs from outside, so the edits stay pure. */
export interface EditContext {
  readonly text: string;
  readonly author: string;
  /** ISO time of the edit. */
  readonly now: string;
  readonly newId: () => string;
}

export interface ReviewChange extends AnnotationFields {
  readonly decision?: 'confirm' | 'reject';
}

const SUBSTANTIVE: readonly (keyof AnnotationFields)[] = ['speaker', 'claimType', 'value'];

function merged(old: AnnotationFields, change: ReviewChange): AnnotationFields {
  const { decision: _decision, tags, ...fields } = change;
  const allTags = [...new Set([...(old.tags ?? []), ...(tags ?? [])])];
  return { ...old, ...fields, ...(allTags.length ? { tags: allTags } : {}) };
}

function statusOf(old: Annotation | undefined, fields: AnnotationFields, change: ReviewChange): Annotation['status'] {
  if (old?.status === 'added') return 'added';
  if (change.decision === 'reject') return 'rejected';
  if (!change.decision && old?.status === 'rejected') return 'rejected';
  if (SUBSTANTIVE.some((k) => fields[k] !== undefined)) return 'edited';
  if (change.decision === 'confirm') return 'confirmed';
  // A note or tags are no verdict: the item keeps the status it had, unreviewed ('noted') if none.
  return old?.status ?? 'noted';
}

/** A noted item whose note and tags are cleared says nothing any more. */
const isEmptyNote = (a: Annotation) => a.status === 'noted' && !a.fields.note?.trim() && !a.fields.tags?.length;

/** The annotation already about this target, if any. */
function annotationFor(annotations: readonly Annotation[], t: ReviewTarget): Annotation | undefined {
  return annotations.find(
    (a) => a.kind === t.kind && ((a.status === 'added' && a.id === t.itemId) ||
      (a.position.start === t.start && a.position.end === t.end && (a.itemId === t.itemId || a.status !== 'added'))),
  );
}

/**
 * Records a review decision or field change, one annotation per item.
 * Rejecting an item added by hand deletes it: there is no extraction to hide.
 * A note or tags alone leave the item unreviewed (status 'noted').
 * reviewItem([], { kind: 'quote', itemId: 'q2', … }, { decision: 'reject' }, ctx) → [{ status: 'rejected', itemId: 'q2', … }]
 */
export function reviewItem(annotations: readonly Annotation[], t: ReviewTarget, change: ReviewChange, ctx: EditContext): Annotation[] {
  const old = annotationFor(annotations, t);
  if (old?.status === 'added' && change.decision === 'reject') return annotations.filter((a) => a !== old);
  const fields = merged(old?.fields ?? {}, change);
  const { quote, position } = selectorsFor(ctx.text, t.start, t.end);
  const next: Annotation = {
    id: old?.id ?? ctx.newId(), kind: t.kind, itemId: old?.status === 'added' ? old.itemId : t.itemId, status: statusOf(old, fields, change),
    fields, quote, position, created: old?.created ?? ctx.now, modified: ctx.now, author: ctx.author,
  };
  if (isEmptyNote(next)) return annotations.filter((a) => a !== old);
  return old ? annotations.map((a) => (a === old ? next : a)) : [...annotations, next];
}

/** A new item marked by hand over [start, end). */
export function addAnnotation(annotations: readonly Annotation[], kind: TargetKind, start: number, end: number, fields: AnnotationFields, ctx: EditContext): Annotation[] {
  const { quote, position } = selectorsFor(ctx.text, start, end);
  const a: Annotation = { id: ctx.newId(), kind, itemId: null, status: 'added', fields, quote, position, created: ctx.now, modified: ctx.now, author: ctx.author };
  return [...annotations, a];
}

/** Moves an annotation (an orphan, usually) onto [start, end) of the current text. */
export function reattach(annotations: readonly Annotation[], id: string, start: number, end: number, ctx: EditContext): Annotation[] {
  return annotations.map((a) => (a.id === id ? { ...a, ...selectorsFor(ctx.text, start, end), modified: ctx.now, author: ctx.author } : a));
}

export const removeAnnotation = (annotations: readonly Annotation[], id: string): Annotation[] => annotations.filter((a) => a.id !== id);

/**
 * Takes back the decision on an item: it is unreviewed again, as the engine
 * extracted it. A note or tags stay (status 'noted'); without them the
 * annotation goes. An item added by hand has no unreviewed state and is kept.
 * clearReview([{ id: 'a1', status: 'rejected', fields: {} }], 'a1', ctx) → []
 */
export function clearReview(annotations: readonly Annotation[], id: string, ctx: Pick<EditContext, 'author' | 'now'>): Annotation[] {
  const old = annotations.find((a) => a.id === id);
  if (!old || old.status === 'added') return [...annotations];
  const { note, tags } = old.fields;
  const fields = { ...(note?.trim() ? { note } : {}), ...(tags?.length ? { tags } : {}) };
  if (!Object.keys(fields).length) return annotations.filter((a) => a !== old);
  const next: Annotation = { ...old, status: 'noted', fields, modified: ctx.now, author: ctx.author };
  return annotations.map((a) => (a === old ? next : a));
}
