/**
 * A list of the export document not copied yet: the analysis's items and how
 * each one is written. JSON.stringify writes it as the mapped array (toJSON),
 * and a streaming writer can map a few items at a time, so a 50 MB article's
 * export is never built whole beside its analysis.
 * `JSON.stringify(new ExportList([{ id: 'p1', x: 1 }], (p) => ({ id: p.id })))` → '[{"id":"p1"}]'.
 */
export class ExportList<T = unknown, U = unknown> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => U,
  ) {}

  toJSON(): U[] {
    return this.items.map(this.map);
  }
}

/** A document whose ExportLists are arrays. */
export type Materialized<D> = { [K in keyof D]: D[K] extends { toJSON(): infer U } ? U : D[K] };

/**
 * A copy of the view with every ExportList mapped into an array, keys in the same order.
 * materialize({ a: 1, b: new ExportList([2], (n) => n * 2) }) → { a: 1, b: [4] }
 */
export function materialize<D extends object>(view: D): Materialized<D> {
  const doc: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view)) doc[key] = value instanceof ExportList ? value.toJSON() : value;
  return doc as Materialized<D>;
}
