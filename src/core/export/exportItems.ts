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

const base = { speaker: null, claimType: null, value: null };

/**
 * Every quote, claim, figure, date and label of the analysis in text order.
 * exportItems(a) → [{ id: 'q1', kind: 'quote', label: 'Quote', speaker: 'Jens Stoltenberg', … }, …]
 */
export function exportItems(a: Analysis): ExportItem[] {
  const span = (x: { start: number; end: number; text: string; id: string }) => ({ id: x.id, start: x.start, end: x.end, text: x.text });
  const items: ExportItem[] = [
    ...a.quotes.map((q) => ({ ...base, ...span(q), kind: 'quote' as const, label: 'Quote', speaker: q.speaker?.name ?? null, review: q.review ?? null })),
    ...a.claims.map((c) => ({ ...base, ...span(c), kind: 'claim' as const, label: 'Claim', speaker: c.speaker?.name ?? null, claimType: c.type, review: c.review ?? null })),
    ...a.figures.map((f) => ({ ...base, ...span(f), kind: 'figure' as const, label: 'Figure', value: f.value === null ? null : String(f.value), review: f.review ?? null })),
    ...a.dates.map((d) => ({ ...base, ...span(d), kind: 'date' as const, label: 'Date', value: d.value, review: d.review ?? null })),
    ...(a.labels ?? []).map((l) => ({ ...base, ...span(l), kind: 'label' as const, label: l.label, review: l.review })),
  ];
  return items.sort((x, y) => x.start - y.start || x.end - y.end);
}
