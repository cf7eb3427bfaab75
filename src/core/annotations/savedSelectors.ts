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
  // Most writes come with nothing unsaved: a 5 MB article is then not compared a character at a time.
  if (from === to) return { rangeOffset: from.length, rangeLength: 0, text: '' };
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
 * difference, else found again by its exact text and context (findQuote,
 * never an approximate match: "9 people" typed unsaved is not the saved
 * "2 people"). One whose exact text the saved file lacks keeps its
 * selectors: an orphan for a reader of the saved file, never lost, never
 * moved onto other words. Orphans, e.g. after a revert reported as one large
 * replace, are looked for by exact text too; a `detached` one (its words typed
 * over) only with its old context, as in the editor.
 * savedSelectors([a at 13..23], none, 'New. ' + saved, saved) → [a at 8..18]
 */
export function savedSelectors(annotations: readonly Annotation[], orphanIds: ReadonlySet<string>, current: string, saved: string): Annotation[] {
  const change = difference(current, saved);
  return annotations.map((a) => {
    const moved = orphanIds.has(a.id) ? null : shiftThrough(a.position, change);
    const same = moved !== null && saved.slice(moved.start, moved.end) === a.quote.exact;
    const found = same ? moved : findQuote(saved, a.quote, moved ? { ...a.position, ...moved } : a.position, false, !!a.detached);
    if (!found) return a;
    const selectors = selectorsFor(saved, found.start, found.end);
    const unchanged = selectors.quote.prefix === a.quote.prefix && selectors.quote.suffix === a.quote.suffix &&
      found.start === a.position.start && found.end === a.position.end && selectors.quote.exact === a.quote.exact;
    // Its words in their place in the saved file (typed over, then closed unsaved): not detached there.
    const { detached, ...placed } = a;
    return unchanged && !detached ? a : { ...placed, ...selectors };
  });
}
