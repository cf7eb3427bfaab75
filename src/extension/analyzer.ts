import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/model';
import type { WorkerReply, WorkerRequest } from './analysisWorker';

export interface Analyzer {
  /** The analysis of a text, computed off the extension host's thread. */
  analyze(text: string, options: AnalyzeOptions): Promise<Analysis>;
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
 * Runs the engine in a worker thread, for every text: loading the engine takes
 * over 100 ms and a large article seconds, neither of which may stall the editor,
 * and a 2 KB round trip costs about a millisecond. The engine is a separate bundle
 * (`enginePath`), so activation never loads it. Should the worker fail to start,
 * the same bundle runs in place.
 */
export function createAnalyzer(enginePath: string): Analyzer {
  let worker: Worker | undefined;
  let broken = false;
  let inPlace: Analyze | undefined;
  let nextId = 1;
  const waiting = new Map<number, Job>();

  const start = (): Worker | undefined => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(enginePath);
      worker.unref();
      worker.on('message', (reply: WorkerReply) => {
        const job = waiting.get(reply.id);
        if (!job) return;
        if ('items' in reply) {
          if ('list' in reply) append(job.parts, reply.list, reply.items);
          else append(job.mentions, reply.mentionsOf, reply.items);
          // Asked for only now, so each part is deserialized in its own turn of the event loop.
          worker?.postMessage({ id: reply.id, next: true } satisfies WorkerRequest);
          return;
        }
        waiting.delete(reply.id);
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(assemble(job, reply.rest));
      });
      worker.on('error', (error) => {
        broken = true;
        worker = undefined;
        for (const job of waiting.values()) job.reject(error);
        waiting.clear();
      });
    } catch {
      broken = true;
    }
    return worker;
  };

  const runInPlace = (text: string, options: AnalyzeOptions) => {
    // A computed require: the engine stays out of the extension bundle.
    inPlace ??= (module.require(enginePath) as { analyze: Analyze }).analyze;
    return inPlace(text, options);
  };

  return {
    analyze(text, options) {
      const thread = start();
      if (!thread) return new Promise((resolve) => setImmediate(() => resolve(runInPlace(text, options))));
      const id = nextId++;
      return new Promise<Analysis>((resolve, reject) => {
        waiting.set(id, { text, parts: new Map(), mentions: new Map(), resolve, reject });
        thread.postMessage({ id, text, options } satisfies WorkerRequest);
      });
    },
    dispose() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}
