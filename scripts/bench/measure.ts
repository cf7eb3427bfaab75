import { performance } from 'node:perf_hooks';

/** Peak heap seen by `sampleHeap`, which the timed loops call every few items. */
let peakHeap = 0;

export function sampleHeap(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
}

export function peakMemory(): { rssMb: number; heapMb: number } {
  sampleHeap();
  return { rssMb: process.resourceUsage().maxRSS / 1024, heapMb: peakHeap / 2 ** 20 };
}

/**
 * Seconds to run fn over every text once, after an untimed warm-up over the
 * first 500 texts: measured here, a 50-text warm-up left the timed pass about
 * 40% slow while the JIT was still optimising. The sink keeps results alive
 * just long enough that the work cannot be optimised away.
 */
export function timePass<T>(texts: readonly T[], fn: (text: T) => unknown): number {
  let sink = 0;
  for (let i = 0; i < Math.min(500, texts.length); i++) sink ^= fn(texts[i]) ? 1 : 0;
  const start = performance.now();
  for (let i = 0; i < texts.length; i++) {
    sink ^= fn(texts[i]) ? 1 : 0;
    if ((i & 63) === 0) sampleHeap();
  }
  const seconds = (performance.now() - start) / 1000;
  return sink === 2 ? NaN : seconds; // never true; reads the sink
}

/** Median and 95th percentile in ms of fn on one text over many runs, after a warm-up. */
export function latency(text: string, fn: (text: string) => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(100, runs); i++) fn(text);
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(text);
    times[i] = performance.now() - start;
  }
  times.sort();
  return { median: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}
