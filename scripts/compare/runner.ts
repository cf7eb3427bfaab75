import { performance } from 'node:perf_hooks';
import type { Analysis, Stage } from '../../src/core/model';

/** One engine as the runner sees it: its stages in order and its empty analysis. */
export interface Engine {
  readonly pipeline: readonly Stage[];
  readonly empty: (text: string) => Analysis;
}

/** Milliseconds per stage (by name) and in all, for each of the two engines. */
export interface Times {
  readonly stages: Map<string, [number, number]>;
  readonly total: [number, number];
}

/** Runs one article through one engine, adding its stage times. */
function runOne(engine: Engine, text: string, side: 0 | 1, times: Times): void {
  let analysis = engine.empty(text);
  const start = performance.now();
  for (const stage of engine.pipeline) {
    const t = performance.now();
    analysis = stage.run(analysis, {});
    const entry = times.stages.get(stage.name) ?? [0, 0];
    entry[side] += performance.now() - t;
    times.stages.set(stage.name, entry);
  }
  times.total[side] += performance.now() - start;
}

/**
 * One round over the corpus, each article through both engines in turn, the
 * first of the two alternating from article to article: the machine's load
 * then falls on both alike, which whole passes one after another do not give.
 */
export function round(a: Engine, b: Engine, corpus: readonly string[]): Times {
  const times: Times = { stages: new Map(), total: [0, 0] };
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
