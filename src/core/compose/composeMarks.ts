import { lowerBound } from '../lowerBound';

/** A base character and the combining marks after it: the only runs composed. */
const MARKED = /\P{M}\p{M}+/gu;
const MARK = /\p{M}/u;

/** The text with its combining marks composed, and the way back to the original's offsets. */
export interface ComposedText {
  readonly text: string;
  /** The original offset of a composed one; inside a run that was composed, a start goes to the run's start and an end to its end. */
  readonly toOriginal: (offset: number, edge: 'start' | 'end') => number;
}

/**
 * Decomposed text ("Jose\u0301", as copied from some PDFs and macOS) composed
 * run by run as NFC would, so every stage sees "José" as one word; null when
 * nothing composes, which is almost every article. Only a base character and
 * its marks are rewritten: a lone character NFC would also replace (the
 * Ångström sign) is left as written.
 * composeMarks('Jose\u0301 said') → { text: 'José said', toOriginal: 4 → 5 }
 */
export function composeMarks(text: string): ComposedText | null {
  if (!MARK.test(text)) return null;
  // each rewritten run: where it starts and ends in the composed text, and in the original
  const runs: { from: number; to: number; origFrom: number; origTo: number }[] = [];
  let out = '';
  let copied = 0;
  for (const m of text.matchAll(MARKED)) {
    const composed = m[0].normalize('NFC');
    if (composed === m[0]) continue;
    out += text.slice(copied, m.index);
    runs.push({ from: out.length, to: out.length + composed.length, origFrom: m.index, origTo: m.index + m[0].length });
    out += composed;
    copied = m.index + m[0].length;
  }
  if (runs.length === 0) return null;
  out += text.slice(copied);
  const starts = runs.map((r) => r.from);
  const toOriginal = (offset: number, edge: 'start' | 'end') => {
    const i = lowerBound(starts, offset + 1) - 1; // the last run starting at or before offset
    if (i < 0) return offset;
    const run = runs[i];
    if (offset >= run.to) return offset + run.origTo - run.to;
    if (offset === run.from) return run.origFrom;
    return edge === 'start' ? run.origFrom : run.origTo;
  };
  return { text: out, toOriginal };
}
