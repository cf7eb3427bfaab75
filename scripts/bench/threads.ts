import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyzeBatch } from '../../src/core';

/** What one worker is given: its share of the corpus, every n-th text from `part` on. */
interface Share {
  readonly corpus: readonly string[];
  readonly part: number;
  readonly parts: number;
}

/** In a worker: a pass over its share to warm up, then ready; on "go", the timed pass in batches of 64. */
export function serveShare(): void {
  const port = parentPort!;
  const { corpus, part, parts } = workerData as Share;
  const mine = corpus.filter((_, i) => i % parts === part);
  const batches = Array.from({ length: Math.ceil(mine.length / 64) }, (_, i) => mine.slice(i * 64, i * 64 + 64));
  let sink = 0;
  // a whole pass first, as the in-process rows get: a worker compiles the engine anew, and a cold one measures the JIT
  for (const batch of batches) sink += analyzeBatch(batch).length;
  port.postMessage({ ready: true });
  port.once('message', () => {
    for (const batch of batches) sink += analyzeBatch(batch).length;
    port.postMessage({ done: sink });
  });
}

/**
 * Seconds for `threads` workers (this bundle, run as workers) to analyse the
 * corpus together in batches of 64, as `policy-lens analyze DIR` does on a
 * machine with that many cores: from the moment all are warm to the last done.
 */
export async function timeThreads(script: string, corpus: readonly string[], threads = availableParallelism()): Promise<{ seconds: number; threads: number }> {
  const workers = Array.from({ length: threads }, (_, part) => new Worker(script, { workerData: { corpus, part, parts: threads } satisfies Share }));
  const next = (w: Worker) => new Promise<unknown>((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
  await Promise.all(workers.map(next));
  const start = performance.now();
  const done = Promise.all(workers.map(next));
  workers.forEach((w) => w.postMessage('go'));
  await done;
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return { seconds, threads };
}
