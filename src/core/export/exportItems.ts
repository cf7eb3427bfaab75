import type { Analysis } from '../model';
import type { Review, TargetKind } from '../annotations/model';

/** One span of a merged analysis, whatever its kind, with what exports say about it. */
export interface ExportItem {
  readonly id: string;
  readonly kind: TargetKind;
  /** `Quote`, `Claim`, … or the custom label. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly claimType: string | null;
  /** A figure's number or a date's TIMEX3 value, as text. */
  readonly value: string | null;
  readonly review: Review | null;
}

interface Spanned {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One object shape for every kind: spreading partial objects made a large article's export take seconds. */
function item(
  x: Spanned, kind: TargetKind, label: string, review: Review | null,
  speaker: string | null = null, claimType: string | null = null, value: string | null = null,
): ExportItem {
  return { speaker, claimType, value, id: x.id, start: x.start, end: x.end, text: x.text, kind, label, review };
}

/** What a filter of exportItemsWhere sees of each span, before its item is built. */
export interface ItemSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly review?: Review | null;
}

/**
 * Every quote, claim, figure, date and label of the analysis in text order.
 * exportItems(a) → [{ id: 'q1', kind: 'quote', label: 'Quote', speaker: 'Jens Stoltenberg', … }, …]
 */
export function exportItems(a: Analysis): ExportItem[] {
  return exportItemsWhere(a, () => true);
}

/**
 * The items of exportItems whose span `keep` accepts, the others never built
 * nor sorted: a review looks up one item among a long article's thousands.
 * exportItemsWhere(a, (s, kind) => kind === 'figure' && s.id === 'f2') → [{ id: 'f2', kind: 'figure', … }]
 */
export function exportItemsWhere(a: Analysis, keep: (span: ItemSpan, kind: TargetKind) => boolean): ExportItem[] {
  const items: ExportItem[] = [];
  for (const q of a.quotes) if (keep(q, 'quote')) items.push(item(q, 'quote', 'Quote', q.review ?? null, q.speaker?.name ?? null));
  for (const c of a.claims) if (keep(c, 'claim')) items.push(item(c, 'claim', 'Claim', c.review ?? null, c.speaker?.name ?? null, c.type));
  for (const f of a.figures) if (keep(f, 'figure')) items.push(item(f, 'figure', 'Figure', f.review ?? null, null, null, f.value === null ? null : String(f.value)));
  for (const d of a.dates) if (keep(d, 'date')) items.push(item(d, 'date', 'Date', d.review ?? null, null, null, d.value));
  for (const l of a.labels ?? []) if (keep(l, 'label')) items.push(item(l, 'label', l.label, l.review));
  return items.sort((x, y) => x.start - y.start || x.end - y.end);
}
