import type { Analysis } from '../model';
import { exportItemsWhere, type ExportItem } from '../export/exportItems';

/** What a review command at the cursor may act on, smallest first, and whether to ask which. */
export interface ReviewChoice<T> {
  readonly items: readonly T[];
  readonly ask: boolean;
}

const bySize = (a: { start: number; end: number }, b: { start: number; end: number }) => a.end - a.start - (b.end - b.start);

/**
 * The items a keyboard review acts on, from the selection [start, end].
 * A selection picks the smallest item holding all of it, so selecting a whole
 * claim reviews the claim; a bare cursor on items of different kinds (a date
 * inside a claim) asks, smallest first, so Enter keeps the quick path.
 * choiceAt(items, 40, 40) on “June 2026” inside a claim → { items: [date, claim], ask: true }
 */
export function choiceAt<T extends Pick<ExportItem, 'kind' | 'start' | 'end'>>(items: readonly T[], start: number, end: number): ReviewChoice<T> {
  if (end > start) {
    const holding = items.filter((i) => i.start <= start && end <= i.end).sort(bySize);
    if (holding.length) return { items: holding.slice(0, 1), ask: false };
  }
  const under = items.filter((i) => i.start <= end && end <= i.end).sort(bySize);
  return { items: under, ask: new Set(under.map((i) => i.kind)).size > 1 };
}

const short = (s: string) => {
  // A quote's own quotation marks would double those of the message.
  const flat = s.replace(/\s+/g, ' ').trim().replace(/^["“”„«»]+|["“”„«»]+$/g, '');
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
};

/** How a message names an item: `date “June 2026”`, `framing “double its budget”`. */
export const describeItem = (item: Pick<ExportItem, 'kind' | 'label' | 'text'>): string =>
  `${item.kind === 'label' ? item.label : item.kind} “${short(item.text)}”`;

/**
 * choiceAt over the analysis's items, building only those under the
 * selection's end (every item choiceAt may return is one): a keyboard review
 * in a long report no longer builds its hundred thousand items first.
 * itemsChoiceAt(a, 40, 40) on “June 2026” inside a claim → { items: [date, claim], ask: true }
 */
export const itemsChoiceAt = (a: Analysis, start: number, end: number): ReviewChoice<ExportItem> =>
  choiceAt(exportItemsWhere(a, (s) => s.start <= end && end <= s.end), start, end);
