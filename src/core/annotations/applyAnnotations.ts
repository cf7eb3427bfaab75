import type { Analysis, Quote, SpeakerRef } from '../model';
import type { Annotation } from './model';
import { addedItems } from './addedItems';
import { dropRejected } from './dropRejected';
import { matchItem } from './matchItem';
import { respeak } from './respeak';
import { reviewClaims, reviewDates, reviewFigures, reviewOf } from './reviewedItems';

export interface ApplyOptions {
  /** Keep rejected items, flagged by `review.status`, instead of hiding them. */
  readonly showRejected?: boolean;
}

export interface Applied {
  readonly analysis: Analysis;
  /** Reviews whose item the engine no longer finds, and additions that could not be built. */
  readonly unmatched: readonly Annotation[];
  /** What the merge did that a person should be told, e.g. a pronoun re-linked. */
  readonly notes: readonly string[];
}

const byStart = <T extends { start: number; end: number }>(x: T, y: T) => x.start - y.start || x.end - y.end;

/** `items` and `added` in text order: `items` itself when nothing was added and it is in order already (a long report's thousands of items, at each review). */
function inOrder<T extends { start: number; end: number }>(items: readonly T[], added: readonly T[]): readonly T[] {
  if (!added.length && items.every((x, i) => i === 0 || byStart(items[i - 1], x) <= 0)) return items;
  return [...items, ...added].sort(byStart);
}

/**
 * Each extracted item of one kind → the latest review annotation that matches
 * it; `itemOf` learns the id of the item each review is about now.
 */
function reviewsByItem(items: readonly { id: string; start: number; end: number; text: string }[], reviews: readonly Annotation[], unmatched: Annotation[], itemOf: Map<string, string>) {
  const map = new Map<string, Annotation>();
  for (const r of reviews) {
    const item = matchItem(items, r);
    if (!item) unmatched.push(r);
    else {
      itemOf.set(r.id, item.id);
      if (!map.has(item.id) || map.get(item.id)!.modified <= r.modified) map.set(item.id, r);
    }
  }
  return map;
}

/**
 * Ids are positional (c1, c2, …) and shift when the text or the threshold
 * changes, so the stored itemId is only a hint: each review takes the id of
 * the item it matches now, and one that matches nothing takes null.
 */
const withItemIds = (annotations: readonly Annotation[], itemOf: ReadonlyMap<string, string>): Annotation[] =>
  annotations.map((a) => {
    if (a.status === 'added') return a;
    const itemId = itemOf.get(a.id) ?? null;
    return itemId === a.itemId ? a : { ...a, itemId };
  });

/**
 * The analysis as a person corrected it: their decisions override the
 * extraction, items they added join it, and every reviewed item carries
 * `review`. Annotations must already be anchored to `analysis.text`; the
 * merged `annotations` carry the itemId of the item each one matches now.
 * applyAnnotations(a, [reject of q2]) → a without q2 (or q2 with review.status 'rejected' when showRejected)
 */
export function applyAnnotations(analysis: Analysis, annotations: readonly Annotation[], options: ApplyOptions = {}): Applied {
  const unmatched: Annotation[] = [];
  const notes: string[] = [];
  const of = (kind: Annotation['kind']) => annotations.filter((x) => x.kind === kind && x.status !== 'added');
  const itemOf = new Map<string, string>();
  const quoteReviews = reviewsByItem(analysis.quotes, of('quote'), unmatched, itemOf);
  const claimReviews = reviewsByItem(analysis.claims, of('claim'), unmatched, itemOf);
  const figureReviews = reviewsByItem(analysis.figures, of('figure'), unmatched, itemOf);
  const dateReviews = reviewsByItem(analysis.dates, of('date'), unmatched, itemOf);
  for (const label of of('label')) unmatched.push(label);

  let entities = analysis.entities;
  const respoken = new Map<string, SpeakerRef>();
  const quotes: Quote[] = analysis.quotes.map((q) => {
    const r = quoteReviews.get(q.id);
    if (!r) return q;
    const name = r.fields.speaker;
    if (!name?.trim() || name === q.speaker?.name) return { ...q, review: reviewOf(r) };
    const done = respeak(entities, q, name, r.author);
    entities = done.entities;
    if (done.note) notes.push(done.note);
    respoken.set(q.id, { entityId: done.speaker.entityId, name: done.speaker.name });
    return { ...q, speaker: done.speaker, review: reviewOf(r) };
  });
  const claims = reviewClaims(analysis.claims, claimReviews, entities, respoken);
  const figures = reviewFigures(analysis.figures, figureReviews);
  const dates = reviewDates(analysis.dates, dateReviews);

  const withEdits: Analysis = { ...analysis, entities, quotes, claims, figures, dates };
  const added = addedItems(withEdits, annotations.filter((x) => x.status === 'added'), reviewOf);
  for (const item of added.unplaced) unmatched.push(item);
  const merged: Analysis = {
    ...withEdits,
    quotes: inOrder(quotes, added.quotes),
    claims: inOrder(claims, added.claims),
    figures: inOrder(figures, added.figures),
    dates: inOrder(dates, added.dates),
    labels: added.labels.sort(byStart),
    annotations: withItemIds(annotations, itemOf),
  };
  return { analysis: options.showRejected ? merged : dropRejected(merged), unmatched, notes };
}
