import { isDecision, type Annotation } from './model';

/**
 * How many items carry a decision (confirmed, rejected, edited or added),
 * counting rejected ones too, though exports hide them; each reviewed item
 * once, whatever number of reviews it has. `aside`: ids of orphans and of
 * reviews that match no item, which are counted as needing attention instead.
 * countDecisions([confirm of f1, reject of c2, note on c3], new Set()) → 2
 */
export function countDecisions(annotations: readonly Annotation[], aside: ReadonlySet<string>): number {
  const items = new Set<string>();
  for (const a of annotations) {
    if (!isDecision(a.status) || aside.has(a.id)) continue;
    items.add(a.status === 'added' || a.itemId === null ? `id ${a.id}` : `${a.kind} ${a.itemId}`);
  }
  return items.size;
}
