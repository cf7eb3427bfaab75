import type { ParsedResult } from 'chrono-node';
import { chronoOf, parserMask } from './chronoParsers';

/** chrono needs an instant; the resolvers, not chrono, choose years, so any will do. */
const INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
/**
 * Between two windows: white space that chrono's patterns stop at like a text
 * end, and a `;` that none of them (nor its range and date-time merges) reads.
 */
const GAP = '\n;\n';

type Found = { at: number; r: ParsedResult };

/**
 * chrono's results over each window of a text, with `at`, where each starts
 * in the whole text, in text order: what one chrono call per window gives.
 * Only the parsers that can match in some window run, and windows where none
 * can are skipped; the rest are read in one call rather than one per window,
 * which costs chrono's set-up once: they are joined with GAP. Should a result
 * reach into a gap, the windows are read one by one instead.
 */
export function parseWindows(text: string, windows: readonly [number, number][]): Found[] {
  let mask = 0;
  const read: [from: number, window: string][] = [];
  for (const [from, to] of windows) {
    const window = text.slice(from, to);
    const needs = parserMask(window);
    if (!needs) continue;
    mask |= needs;
    read.push([from, window]);
  }
  if (!read.length) return [];
  const chrono = chronoOf(mask);
  const oneByOne = () => read.flatMap(([from, window]) => chrono.parse(window, INSTANT).map((r) => ({ at: from + r.index, r })));
  if (read.length === 1) return oneByOne();
  const offsets: number[] = []; // where each window starts in the joined text
  let joined = '';
  for (const [, window] of read) {
    offsets.push(joined ? joined.length + GAP.length : 0);
    joined += (joined ? GAP : '') + window;
  }
  const out: Found[] = [];
  let w = 0;
  for (const r of chrono.parse(joined, INSTANT)) {
    while (w + 1 < offsets.length && offsets[w + 1] <= r.index) w++;
    const local = r.index - offsets[w];
    if (local < 0 || local + r.text.length > read[w][1].length) return oneByOne();
    out.push({ at: read[w][0] + local, r });
  }
  return out;
}
