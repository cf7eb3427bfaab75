import type { Annotation } from './model';

interface Item {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Share of the union the two ranges have in common (0..1). */
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return common > 0 && union > 0 ? common / union : 0;
}

/** Spans that share less than this are different items, whatever their ids say. */
const MIN_OVERLAP = 0.5;

/** Lists at least this long are looked up through an index: a long report's reviews each searched its tens of thousands of items. */
const INDEX_FROM = 2000;

/** The first item of each span, built once per list (lists are never changed in place). */
const indexes = new WeakMap<readonly Item[], ReadonlyMap<string, Item>>();
function bySpan(items: readonly Item[]): ReadonlyMap<string, Item> {
  let index = indexes.get(items);
  if (!index) {
    const built = new Map<string, Item>();
    for (const i of items) if (!built.has(`${i.start} ${i.end}`)) built.set(`${i.start} ${i.end}`, i);
    indexes.set(items, (index = built));
  }
  return index;
}

/**
 * The extracted item an anchored review annotation is about. Ids change when
 * the engine or the article changes, so the span decides first: the same
 * offsets, then the same id with the same text, then the most overlapping item.
 * matchItem([{ id: 'q4', start: 10, end: 20, … }], review of 'q3' at 10..20) → the q4 item
 */
export function matchItem<T extends Item>(items: readonly T[], annotation: Annotation): T | null {
  const { start, end } = annotation.position;
  const same = items.length < INDEX_FROM ? items.find((i) => i.start === start && i.end === end) : (bySpan(items).get(`${start} ${end}`) as T | undefined);
  if (same) return same;
  const byId = items.find((i) => i.id === annotation.itemId && i.text === annotation.quote.exact);
  if (byId) return byId;
  let top: T | null = null;
  let topOverlap = MIN_OVERLAP;
  for (const i of items) {
    const o = overlap(i, annotation.position);
    if (o >= topOverlap) [top, topOverlap] = [i, o];
  }
  return top;
}
