import { availableParallelism } from 'node:os';
import { analyzeBatch } from '../core';
import { outputRenderer } from './annotations';
import type { BatchSettings, RenderedBatch } from './renderBatch';
import { WorkerPool } from './workerPool';

/** A batch ends at this many bytes of text or files, so memory stays flat over 10,000 files. */
export const BATCH_BYTES = 1 << 20;
export const BATCH_FILES = 64;

/**
 * Without --jobs, a run of fewer files stays on one thread: each worker first
 * spends about a second compiling the engine anew, which measured here on 2
 * cores made 3,000 files slower on two threads and 10,000 only 7% faster.
 */
const AUTO_JOBS_FROM_FILES = 8000;

export interface QueuedFile {
  readonly path: string | null;
  readonly text: string;
  /** The --out file, or null for standard output. */
  readonly target: string | null;
}

export interface ArticleOutput {
  /** Text, or UTF-8 bytes from a worker. */
  readonly chunks: Iterable<string | Uint8Array>;
  readonly notes: readonly string[];
}

/** Writes one batch's outputs, in the batch's order. */
export type WriteBatch = (files: readonly QueuedFile[], outputs: readonly ArticleOutput[]) => Promise<void>;

interface Batch {
  readonly files: readonly QueuedFile[];
  /** True for the run's first batch: its first article starts the stream (one CSV header). */
  readonly startsStream: boolean;
}

/** Workers for a run of more than one batch when more than one thread is allowed (`jobs`, else by file count); none otherwise. */
export function workersFor(jobs: number | undefined, fileCount: number, script: string | undefined, settings: BatchSettings): WorkerPool | null {
  const wanted = jobs ?? (fileCount >= AUTO_JOBS_FROM_FILES ? availableParallelism() : 1);
  const threads = Math.min(wanted, Math.ceil(fileCount / BATCH_FILES));
  return script !== undefined && threads > 1 ? new WorkerPool(script, threads, settings) : null;
}

/**
 * Batches of articles, analysed stage by stage (analyzeBatch) and written in
 * input order. With workers, a batch goes to them while the next files are
 * read; a batch holding one large article stays on this thread, whose output
 * is streamed rather than built whole, and a batch whose worker failed is
 * analysed here again: a failure costs time, not output.
 */
export class BatchQueue {
  /** Batches handed to workers, oldest first: written in this order. */
  private readonly inFlight: { batch: Batch; outputs: Promise<RenderedBatch | null> }[] = [];
  private started = false;

  constructor(
    private readonly pool: WorkerPool | null,
    private readonly settings: BatchSettings,
    private readonly write: WriteBatch,
  ) {}

  async add(files: readonly QueuedFile[], large: boolean): Promise<void> {
    const batch: Batch = { files, startsStream: !this.started };
    this.started = true;
    if (this.pool === null || large) {
      await this.drain();
      await this.writeHere(batch);
      return;
    }
    const job = { texts: files.map((f) => f.text), paths: files.map((f) => f.path), startsStream: batch.startsStream };
    this.inFlight.push({ batch, outputs: this.pool.run(job).catch(() => null) });
    // one batch queued behind each busy worker keeps them fed; more would only hold memory
    if (this.inFlight.length > 2 * this.pool.size) await this.writeOldest();
  }

  /** Writes every batch still with the workers. */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.writeOldest();
  }

  private async writeHere(batch: Batch): Promise<void> {
    const analyses = analyzeBatch(batch.files.map((f) => f.text), this.settings.analyze);
    const render = outputRenderer(this.settings.output, batch.startsStream);
    await this.write(batch.files, analyses.map((analysis, i) => render(analysis, batch.files[i].path)));
  }

  private async writeOldest(): Promise<void> {
    const { batch, outputs } = this.inFlight.shift()!;
    const rendered = await outputs;
    if (rendered === null) await this.writeHere(batch);
    else await this.write(batch.files, articleOutputs(rendered));
  }
}

/** A worker's batch cut back into one output per article, as views of its one buffer. */
function articleOutputs(rendered: RenderedBatch): ArticleOutput[] {
  let at = 0;
  return rendered.lengths.map((length, i) => {
    const bytes = rendered.bytes.subarray(at, (at += length));
    return { chunks: [bytes], notes: rendered.notes[i] };
  });
}
