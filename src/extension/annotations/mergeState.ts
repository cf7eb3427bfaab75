import { mergeAnnotations, type MergeOptions } from '../../core/annotations/mergeAnnotations';
import type { Annotation } from '../../core/annotations/model';
import type { Analysis } from '../../core/model';
import type { ArticleState } from './articleState';

/** A review detached by retyping and placed again on its words proofread keeps the words it was made on, to judge the next edit by. */
function following(state: ArticleState, placed: ReadonlyMap<string, Annotation>): ReadonlyMap<string, Annotation> {
  const out = new Map(state.following);
  for (const a of state.annotations) {
    const now = placed.get(a.id);
    if (!now || now.quote.exact === a.quote.exact) continue;
    if (state.retyped.has(a.id) && !out.has(a.id)) out.set(a.id, a);
    else if (out.get(a.id)?.quote.exact === now.quote.exact) out.delete(a.id);
  }
  return out;
}

/**
 * Merges an article's annotations into a fresh analysis and keeps what the
 * merge learnt: new selectors and itemIds, which annotations are orphans now (an undo can
 * bring one back), unmatched reviews and re-link notes. An analysis of an
 * older text is merged for display only, so live positions are not lost.
 * mergeState(state, raw, text, { showRejected: false, minCheckWorthiness: 0.5 }) → { analysis: reviewed, orphansChanged: false }
 */
export function mergeState(state: ArticleState, raw: Analysis, text: string, options: MergeOptions): { analysis: Analysis; orphansChanged: boolean } {
  if (!state.annotations.length) return { analysis: raw, orphansChanged: false };
  const merged = mergeAnnotations(raw, state.annotations, { ...options, retyped: state.retyped, tried: state.tried });
  state.tried = merged.tried;
  if (raw.text !== text) return { analysis: merged.analysis, orphansChanged: false };
  // Anchored, and with the itemId of the item each matches now: the sidecar's next write stores both.
  const placed = new Map((merged.analysis.annotations ?? []).map((a) => [a.id, a]));
  const renamed = state.annotations.some((a) => placed.has(a.id) && placed.get(a.id)!.itemId !== a.itemId);
  state.following = following(state, placed);
  state.annotations = state.annotations.map((a) => placed.get(a.id) ?? a);
  state.stale ||= renamed || merged.anchored.some((x) => x.moved);
  const orphanIds = new Set(merged.orphans.map((o) => o.id));
  const orphansChanged = orphanIds.size !== state.orphanIds.size || [...orphanIds].some((id) => !state.orphanIds.has(id));
  state.orphanIds = orphanIds;
  const retyped = new Set([...state.retyped].filter((id) => orphanIds.has(id)));
  // One placed again is no longer stored detached: the sidecar is rewritten on the next save.
  state.stale ||= retyped.size < state.retyped.size;
  state.retyped = retyped;
  state.unmatched = merged.unmatched;
  state.notes = merged.notes;
  return { analysis: merged.analysis, orphansChanged };
}
