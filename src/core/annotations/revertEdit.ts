import type { Annotation } from './model';

/** The same decision by the same person, wherever the text has carried it since (selectors and itemId follow the text). */
function sameDecision(a: Annotation, b: Annotation): boolean {
  return a.kind === b.kind && a.status === b.status && a.author === b.author && a.created === b.created &&
    a.modified === b.modified && JSON.stringify(a.fields) === JSON.stringify(b.fields);
}

const sameSpan = (a: Annotation, b: Annotation) => a.position.start === b.position.start && a.position.end === b.position.end && a.quote.exact === b.quote.exact;

/**
 * Carries the current annotations from the state `from` to the state `to`,
 * where `from` and `to` are the lists just after and just before one review
 * (undo), or the other way round (redo). Only the annotations that review
 * changed are touched; each keeps the place the text has carried it to
 * since, unless the review itself moved it (a re-attach). Null when one of
 * them was changed since by another review: nothing is taken back then, as
 * an undo must never drop a later decision.
 * revertEdit([a1 confirmed, shifted], [a1 confirmed], []) → []
 */
export function revertEdit(current: readonly Annotation[], from: readonly Annotation[], to: readonly Annotation[]): Annotation[] | null {
  const was = new Map(from.map((a) => [a.id, a]));
  const will = new Map(to.map((a) => [a.id, a]));
  const ids = [...new Set([...was.keys(), ...will.keys()])].filter((id) => was.get(id) !== will.get(id));
  const now = new Map(current.map((a) => [a.id, a]));
  for (const id of ids) {
    const expected = was.get(id);
    const found = now.get(id);
    if (expected ? !found || !sameDecision(found, expected) : found) return null;
  }
  const touched = new Set(ids);
  const out: Annotation[] = [];
  for (const a of current) {
    if (!touched.has(a.id)) {
      out.push(a);
      continue;
    }
    const target = will.get(a.id);
    if (!target) continue;
    const movedByEdit = !sameSpan(was.get(a.id)!, target);
    out.push(movedByEdit ? target : { ...target, quote: a.quote, position: a.position, itemId: a.itemId });
  }
  for (const id of ids) if (!now.has(id) && will.has(id)) out.push(will.get(id)!);
  return out;
}
