import type { Analysis } from '../model';
import { matchItem } from './matchItem';
import type { Annotation, TargetKind } from './model';

type Items = readonly { readonly id: string; readonly start: number; readonly end: number; readonly text: string }[];

const itemsOf = (analysis: Analysis, kind: TargetKind): Items | null =>
  kind === 'quote' ? analysis.quotes : kind === 'claim' ? analysis.claims : kind === 'figure' ? analysis.figures : kind === 'date' ? analysis.dates : null;

/**
 * The itemId each annotation is stored with: the id of the item it matches
 * in the saved text with every claim candidate counted (`saved` analysed with
 * allClaims), so neither unsaved edits nor the claims threshold decide it.
 * One not placed in the saved text (an orphan there) keeps its stored hint.
 * storedItemIds(analysis of saved, [confirm of "12 people" stored as f4]) → [… itemId 'f2'] when the saved file has it as f2
 */
export function storedItemIds(saved: Analysis, annotations: readonly Annotation[]): Annotation[] {
  return annotations.map((a) => {
    const items = itemsOf(saved, a.kind);
    if (a.status === 'added' || !items || saved.text.slice(a.position.start, a.position.end) !== a.quote.exact) return a;
    const itemId = matchItem(items, a)?.id ?? null;
    return itemId === a.itemId ? a : { ...a, itemId };
  });
}
