import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchSettings, RenderedBatch } from './renderBatch';

type Reply = { readonly outputs: RenderedBatch } | { readonly error: string };

/** One job on one worker: its reply, or a rejection when the worker fails or exits first. */
function ask(worker: Worker, job: BatchJob): Promise<RenderedBatch> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: Reply) => {
      done();
      if ('outputs' in reply) resolve(reply.outputs);
      else reject(new Error(reply.error));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Worker threads that each analyse and render whole batches (renderBatch), so
 * a folder of articles uses every core. Jobs queue for the next idle worker.
 * A worker that fails or exits is dropped, and its job's promise rejects so
 * the caller can analyse that batch itself; with no worker left, every job
 * rejects at once.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: { resolve: (worker: Worker) => void; reject: (error: Error) => void }[] = [];
  private readonly live = new Set<Worker>();

  constructor(script: string, readonly size: number, settings: BatchSettings) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: settings });
      worker.unref(); // an idle worker must not keep the CLI alive
      worker.on('error', () => undefined); // reported through the job it was running, if any
      worker.once('exit', () => this.drop(worker));
      this.live.add(worker);
      this.idle.push(worker);
    }
  }

  async run(job: BatchJob): Promise<RenderedBatch> {
    const worker = await this.take();
    worker.ref();
    try {
      const outputs = await ask(worker, job);
      this.release(worker);
      return outputs;
    } catch (error) {
      this.drop(worker);
      throw error;
    }
  }

  private take(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.live.size === 0) return Promise.reject(new Error('no worker left'));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(worker: Worker): void {
    worker.unref();
    const next = this.waiting.shift();
    if (next) next.resolve(worker);
    else this.idle.push(worker);
  }

  /** Forgets a worker that failed or exited; the jobs waiting for one fail when none is left. */
  private drop(worker: Worker): void {
    if (!this.live.delete(worker)) return;
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
    if (this.live.size > 0) return;
    for (const { reject } of this.waiting.splice(0)) reject(new Error('no worker left'));
  }

  async close(): Promise<void> {
    const workers = [...this.live];
    this.live.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
