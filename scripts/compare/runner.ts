import { performance } from 'node:perf_hooks';
import type { Analysis, Stage } from '../../src/core/model';

/** One engine as the runner sees it: its stages in order and its empty analysis. */
export interface Engine {
  readonly pipeline: readonly Stage[];
  readonly empty: (text: string) => Analysis;
}

/** Milliseconds for each of the two engines: [now, then]. */
export type Pair = [number, number];

/**
 * Milliseconds per stage (by name) and for the whole pipeline, each by the
 * clock and in processor time. Processor time stops while other programs hold
 * the core, so on a loaded machine it varies far less than the clock (though
 * it also counts the collector's and the compiler's threads).
 */
export interface Times {
  readonly clock: Map<string, Pair>;
  readonly processor: Map<string, Pair>;
}

export const WHOLE = 'whole pipeline';

function add(map: Map<string, Pair>, name: string, side: 0 | 1, ms: number): void {
  const entry = map.get(name) ?? [0, 0];
  entry[side] += ms;
  map.set(name, entry);
}

/** Processor milliseconds since `from`, user and system. */
function processorSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** Runs one article through one engine, adding its stage times. */
function runOne(engine: Engine, text: string, side: 0 | 1, times: Times): void {
  let analysis = engine.empty(text);
  const start = performance.now();
  const startProcessor = process.cpuUsage();
  for (const stage of engine.pipeline) {
    const t = performance.now();
    const p = process.cpuUsage();
    analysis = stage.run(analysis, {});
    add(times.processor, stage.name, side, processorSince(p));
    add(times.clock, stage.name, side, performance.now() - t);
  }
  add(times.processor, WHOLE, side, processorSince(startProcessor));
  add(times.clock, WHOLE, side, performance.now() - start);
}

/**
 * One round over the corpus, each article through both engines in turn, the
 * first of the two alternating from article to article: the machine's load
 * then falls on both alike, which whole passes one after another do not give.
 */
export function round(a: Engine, b: Engine, corpus: readonly string[]): Times {
  const times: Times = { clock: new Map(), processor: new Map() };
  for (let i = 0; i < corpus.length; i++) {
    if (i & 1) {
      runOne(b, corpus[i], 1, times);
      runOne(a, corpus[i], 0, times);
    } else {
      runOne(a, corpus[i], 0, times);
      runOne(b, corpus[i], 1, times);
    }
  }
  return times;
}
