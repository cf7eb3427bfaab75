import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/model';
import type { WorkerReply, WorkerRequest } from './analysisWorker';
import { AnalysisQueue, LARGE_TEXT, type JobInfo, type Rank, type Runner } from './analysisQueue';

export interface Analyzer {
  /** The analysis of a text, computed off the extension host's thread; rejects with Superseded when a newer request for its document replaced it. */
  analyze(text: string, options: AnalyzeOptions, info?: JobInfo): Promise<Analysis>;
  /** Drops the document's pending request: nobody will look at its result. */
  cancel(key: string): void;
  dispose(): void;
}

type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

interface Job {
  readonly text: string;
  /** Slices of long lists received so far, by field name. */
  readonly parts: Map<string, unknown[]>;
  /** Mentions received so far, by the entity's index. */
  readonly mentions: Map<number, unknown[]>;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

function append<K>(parts: Map<K, unknown[]>, key: K, items: readonly unknown[]): void {
  const list = parts.get(key) ?? [];
  for (const item of items) list.push(item);
  parts.set(key, list);
}

/** Puts a reply's parts back together: the rest, the long lists, and the text. */
function assemble(job: Job, rest: Omit<Analysis, 'text'>): Analysis {
  const lists = Object.fromEntries(job.parts);
  const entities = job.parts.get('entities') as { mentions: unknown[] }[] | undefined;
  entities?.forEach((entity, index) => (entity.mentions = job.mentions.get(index) ?? []));
  return { ...rest, ...lists, text: job.text } as Analysis;
}

/**
 * Runs the engine in worker threads, for every text: loading the engine takes
 * over 100 ms and a large article seconds, neither of which may stall the editor,
 * and a 2 KB round trip costs about a millisecond. The engine is a separate bundle
 * (`enginePath`), so activation never loads it. Should a worker fail to start,
 * the same bundle runs in place. AnalysisQueue decides which text runs when,
 * `rank` telling it which documents are in view.
 */
export function createAnalyzer(enginePath: string, rank?: Rank): Analyzer {
  let broken = false;
  let inPlace: Analyze | undefined;
  const runInPlace = (text: string, options: AnalyzeOptions) => {
    // A computed require: the engine stays out of the extension bundle.
    inPlace ??= (module.require(enginePath) as { analyze: Analyze }).analyze;
    return inPlace(text, options);
  };
  const inPlaceRunner: Runner = {
    run: (text, options) => new Promise((resolve) => setImmediate(() => resolve(runInPlace(text, options)))),
    stop: () => undefined,
  };
  const start = (): Runner => {
    if (broken) return inPlaceRunner;
    try {
      return workerRunner(new Worker(enginePath), () => (broken = true), inPlaceRunner);
    } catch {
      broken = true;
      return inPlaceRunner;
    }
  };
  const queue = new AnalysisQueue(start, LARGE_TEXT, rank);
  return {
    analyze: (text, options, info) => queue.analyze(text, options, info),
    cancel: (key) => queue.cancel(key),
    dispose: () => queue.dispose(),
  };
}

/** One worker thread; after it fails, its jobs run on `fallback`. */
function workerRunner(worker: Worker, onBroken: () => void, fallback: Runner): Runner {
  let nextId = 1;
  let failed = false;
  const waiting = new Map<number, Job>();
  worker.unref();
  worker.on('message', (reply: WorkerReply) => {
    const job = waiting.get(reply.id);
    if (!job) return;
    if ('items' in reply) {
      if ('list' in reply) append(job.parts, reply.list, reply.items);
      else append(job.mentions, reply.mentionsOf, reply.items);
      // Asked for only now, so each part is deserialized in its own turn of the event loop.
      worker.postMessage({ id: reply.id, next: true } satisfies WorkerRequest);
      return;
    }
    waiting.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(assemble(job, reply.rest));
  });
  worker.on('error', (error) => {
    failed = true;
    onBroken();
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  });
  return {
    run(text, options) {
      if (failed) return fallback.run(text, options);
      const id = nextId++;
      return new Promise<Analysis>((resolve, reject) => {
        waiting.set(id, { text, parts: new Map(), mentions: new Map(), resolve, reject });
        worker.postMessage({ id, text, options } satisfies WorkerRequest);
      });
    },
    stop() {
      waiting.clear();
      void worker.terminate();
    },
  };
}
