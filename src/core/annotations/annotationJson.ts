import type { Annotation, Review } from './model';

/**
 * An annotation as the sidecar and the JSON export spell it: W3C-style
 * `selector` list, keys in a fixed order.
 * annotationJson(a) → { id: 'a1', kind: 'quote', itemId: 'q2', status: 'confirmed', …, selector: [{ type: 'TextQuoteSelector', … }, …] }
 */
export function annotationJson(a: Annotation) {
  return {
    id: a.id,
    kind: a.kind,
    itemId: a.itemId,
    status: a.status,
    author: a.author,
    created: a.created,
    modified: a.modified,
    fields: { ...a.fields, ...(a.fields.tags ? { tags: [...a.fields.tags] } : {}) },
    selector: [{ ...a.quote }, { ...a.position }],
  };
}

/** A review as exported: `{ status, by, at, note?, tags?, annotationId }`, sharing nothing with the analysis. */
export const reviewJson = (r: Review) => ({ ...r, ...(r.tags ? { tags: [...r.tags] } : {}) });
