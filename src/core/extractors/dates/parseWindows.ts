import { en } from 'chrono-node';
import type { ParsedResult } from 'chrono-node';

/** chrono needs an instant; the resolvers, not chrono, choose years, so any will do. */
const INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
/**
 * Between two windows: white space that chrono's patterns stop at like a text
 * end, and a `;` that none of them (nor its range and date-time merges) reads.
 */
const GAP = '\n;\n';

/** chrono's results over each window, with `at`, where each starts in the whole text. */
function oneByOne(text: string, windows: readonly [number, number][]): { at: number; r: ParsedResult }[] {
  return windows.flatMap(([from, to]) => en.strict.parse(text.slice(from, to), INSTANT).map((r) => ({ at: from + r.index, r })));
}

/**
 * chrono over the windows of a text in one call rather than one per window,
 * which costs chrono's set-up once: the windows are joined with GAP. Should a
 * result reach into a gap, the windows are read one by one instead, so the
 * results are always those of separate calls, in text order.
 */
export function parseWindows(text: string, windows: readonly [number, number][]): { at: number; r: ParsedResult }[] {
  if (windows.length < 2) return oneByOne(text, windows);
  const offsets: number[] = []; // where each window starts in the joined text
  let joined = '';
  for (const [from, to] of windows) {
    offsets.push(joined.length);
    joined += (joined ? GAP : '') + text.slice(from, to);
    if (offsets.length > 1) offsets[offsets.length - 1] += GAP.length;
  }
  const out: { at: number; r: ParsedResult }[] = [];
  let w = 0;
  for (const r of en.strict.parse(joined, INSTANT)) {
    while (w + 1 < offsets.length && offsets[w + 1] <= r.index) w++;
    const [from, to] = windows[w];
    const local = r.index - offsets[w];
    if (local < 0 || local + r.text.length > to - from) return oneByOne(text, windows);
    out.push({ at: from + local, r });
  }
  return out;
}
