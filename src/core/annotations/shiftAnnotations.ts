import type { Annotation } from './model';
import { sameWording } from './sameWording';
import { selectorsFor } from './selectors';
import { shiftThrough } from './shiftRange';
import type { OffsetRange, TextChange } from './shiftRange';

export interface Shifted {
  readonly annotations: Annotation[];
  /** Ids whose text the edit deleted or changed. */
  readonly orphaned: string[];
  /** Of those, the ids whose text was changed (typed over or into): detached, not moved onto the new words. */
  readonly retyped: string[];
  /** For each annotation now on proofread words (sameWording), itself as it was on the words reviewed. */
  readonly following: ReadonlyMap<string, Annotation>;
  readonly changed: boolean;
}

/** The range carried through the changes in order, or the change whose replaced text took it whole. */
function carry(range: OffsetRange, changes: readonly TextChange[]): OffsetRange | TextChange {
  let current = range;
  for (const change of changes) {
    const next = shiftThrough(current, change);
    if (!next) return change;
    current = next;
  }
  return current;
}

/** A review detached from changed words keeps the words it was made on, at the place they started. */
function detached(reviewed: Annotation, current: Annotation, start: number): Annotation {
  if (reviewed === current) return current;
  return { ...reviewed, position: { ...reviewed.position, start, end: start + reviewed.quote.exact.length } };
}

/**
 * Moves placed annotations through one document change event and re-reads
 * their selectors from the new text; orphans stay as they were. A review
 * holds only for the words it was made on, proofread at most (sameWording:
 * a typo fixed, punctuation, case): one whose words were changed ("40%" typed
 * over as "45%", a word added) becomes an orphan with the selectors of the
 * words it was made on (`following` remembers them while it follows proofread
 * words), which an undo places again; text typed at either boundary stays
 * outside. One deleted, or replaced by text that still holds its words (a
 * reload from disk), is an ordinary orphan, found again by its words.
 * shiftAnnotations([a at 10..20], {'…'}, [insert 3 at 0], newText) → a at 13..23
 */
export function shiftAnnotations(
  annotations: readonly Annotation[], orphanIds: ReadonlySet<string>, changes: readonly TextChange[], text: string,
  following: ReadonlyMap<string, Annotation> = new Map(),
): Shifted {
  const orphaned: string[] = [];
  const retyped: string[] = [];
  const follows = new Map(following);
  let changed = false;
  const out = annotations.map((a) => {
    if (orphanIds.has(a.id)) return a;
    const reviewed = follows.get(a.id) ?? a;
    const moved = carry(a.position, changes);
    if ('rangeOffset' in moved) {
      orphaned.push(a.id);
      follows.delete(a.id);
      // Typed over with other words; a replace that still holds them (a reload from disk) leaves them to be found again.
      if (!moved.text || moved.text.includes(a.quote.exact)) return a;
      retyped.push(a.id);
      return detached(reviewed, a, a.position.start);
    }
    const words = text.slice(moved.start, moved.end);
    if (words !== a.quote.exact) {
      if (!sameWording(reviewed.quote.exact, words)) {
        orphaned.push(a.id);
        retyped.push(a.id);
        follows.delete(a.id);
        return detached(reviewed, a, moved.start);
      }
      if (words === reviewed.quote.exact) follows.delete(a.id);
      else follows.set(a.id, reviewed);
    }
    const selectors = selectorsFor(text, moved.start, moved.end);
    const same = selectors.quote.exact === a.quote.exact && selectors.quote.prefix === a.quote.prefix &&
      selectors.quote.suffix === a.quote.suffix && moved.start === a.position.start && moved.end === a.position.end;
    if (same) return a;
    changed = true;
    return { ...a, ...selectors };
  });
  return { annotations: out, orphaned, retyped, following: follows, changed: changed || orphaned.length > 0 };
}
