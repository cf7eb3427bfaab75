import { findQuote } from './findQuote';
import type { Annotation } from './model';
import { selectorsFor } from './selectors';
import { shiftThrough, type TextChange } from './shiftRange';

/**
 * The one edit that turns `from` into `to`: the middle where they differ,
 * between their common start and common end.
 * difference('a b c', 'a X c') → { rangeOffset: 2, rangeLength: 1, text: 'X' }
 */
export function difference(from: string, to: string): TextChange {
  const most = Math.min(from.length, to.length);
  let start = 0;
  while (start < most && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { rangeOffset: start, rangeLength: from.length - start - end, text: to.slice(start, to.length - end) };
}

/**
 * The annotations of the editor's text (`current`) with selectors for the
 * saved file (`saved`), so the sidecar on disk always describes the file
 * beside it, whatever edits are unsaved. Each is carried through the
 * difference, else found again as on opening (findQuote); one whose text
 * exists only in the editor keeps its selectors, and is an orphan for a
 * reader of the saved file, never lost. Orphans stay as they are.
 * savedSelectors([a at 13..23], none, 'New. ' + saved, saved) → [a at 8..18]
 */
export function savedSelectors(annotations: readonly Annotation[], orphanIds: ReadonlySet<string>, current: string, saved: string): Annotation[] {
  if (current === saved) return [...annotations];
  const change = difference(current, saved);
  return annotations.map((a) => {
    if (orphanIds.has(a.id)) return a;
    const moved = shiftThrough(a.position, change);
    const same = moved !== null && saved.slice(moved.start, moved.end) === a.quote.exact;
    const found = same ? moved : findQuote(saved, a.quote, moved ? { ...a.position, ...moved } : a.position);
    if (!found) return a;
    return { ...a, ...selectorsFor(saved, found.start, found.end) };
  });
}
