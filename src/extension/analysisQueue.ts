import type { Analysis, AnalyzeOptions } from '../core/model';

/** One engine thread, running one text at a time. */
export interface Runner {
  run(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /** Ends the thread (when the extension stops). */
  stop(): void;
}

export interface JobInfo {
  /** The document the text is a version of: a newer request for it supersedes this one. */
  readonly key?: string;
  /** Export All and the like: runs after every request someone is looking at. */
  readonly background?: boolean;
}

/** The rejection of a request that a newer request for the same document replaced before its result came. */
export class Superseded extends Error {
  constructor() {
    super('A newer version of the document was asked for.');
  }
}

interface Job extends JobInfo {
  readonly text: string;
  readonly options: AnalyzeOptions;
  resolve(analysis: Analysis): void;
  reject(error: unknown): void;
}

interface Lane {
  runner?: Runner;
  running?: Job;
  readonly queue: Job[];
}

/**
 * How much someone is looking at a document now, by its key: higher runs
 * first (the active editor's 2, another visible editor's 1, the rest 0).
 * Asked each time a thread is free, as the user may switch editors meanwhile.
 */
export type Rank = (key: string) => number;

/** Texts this long (UTF-16 units) take the engine about a tenth of a second or more. */
export const LARGE_TEXT = 100_000;

/**
 * Orders the engine's work so that nobody waits behind work whose result no
 * longer matters: large texts get a thread of their own, so a small article
 * never queues behind a 5 MB one; requests someone is looking at go before
 * background ones, and among them the active editor's, then the other
 * visible editors', before those of tabs in the background (`rank`); and a newer version of a document drops its older request
 * while it is queued. A running request is left to finish (its result is
 * dropped by the store): the engine cannot be interrupted, and a fresh thread
 * would cost more than it saves. Measured on a 5 MB article, one warm run takes
 * 4 to 7 s, while a new thread spends 0.5 to 1 s loading the engine and its
 * first run of that text takes 1.5 to 4 s longer, as nothing is compiled yet.
 */
export class AnalysisQueue {
  private readonly small: Lane = { queue: [] };
  private readonly large: Lane = { queue: [] };

  constructor(
    private readonly start: () => Runner,
    private readonly largeText = LARGE_TEXT,
    private readonly rank: Rank = () => 0,
  ) {}

  analyze(text: string, options: AnalyzeOptions, info: JobInfo = {}): Promise<Analysis> {
    if (info.key !== undefined) this.supersede(info.key);
    const lane = text.length >= this.largeText ? this.large : this.small;
    return new Promise<Analysis>((resolve, reject) => {
      const job: Job = { ...info, text, options, resolve, reject };
      // Foreground jobs go before the first background one; each kind keeps its order.
      const at = job.background ? lane.queue.length : lane.queue.findIndex((j) => j.background);
      lane.queue.splice(at < 0 ? lane.queue.length : at, 0, job);
      this.pump(lane);
    });
  }

  /** Drops the document's queued request (the document was closed). */
  cancel(key: string): void {
    this.supersede(key);
  }

  /** Stops every thread as the extension stops; what is queued or running is left unanswered, as no one is left to tell. */
  dispose(): void {
    for (const lane of [this.small, this.large]) {
      lane.queue.length = 0;
      lane.running = undefined;
      lane.runner?.stop();
      lane.runner = undefined;
    }
  }

  private supersede(key: string): void {
    for (const lane of [this.small, this.large]) {
      for (let i = lane.queue.length - 1; i >= 0; i--) {
        if (lane.queue[i].key !== key) continue;
        lane.queue.splice(i, 1)[0].reject(new Superseded());
      }
    }
  }

  /** The index of the job to run next: the best-ranked foreground one, the first on a tie; background jobs in their order. */
  private next(queue: readonly Job[]): number {
    let best = 0;
    let bestRank = -Infinity;
    for (let i = 0; i < queue.length && !queue[i].background; i++) {
      const rank = queue[i].key === undefined ? 0 : this.rank(queue[i].key!);
      if (rank > bestRank) [best, bestRank] = [i, rank];
    }
    return best;
  }

  private pump(lane: Lane): void {
    if (lane.running || !lane.queue.length) return;
    const job = lane.queue.splice(this.next(lane.queue), 1)[0];
    lane.running = job;
    const runner = (lane.runner ??= this.start());
    const done = () => {
      // Disposed meanwhile.
      if (lane.running !== job) return false;
      lane.running = undefined;
      return true;
    };
    runner.run(job.text, job.options).then(
      (analysis) => done() && (job.resolve(analysis), this.pump(lane)),
      (error: unknown) => done() && (job.reject(error), this.pump(lane)),
    );
  }
}
