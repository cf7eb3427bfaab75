import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';
import { analyzeBatch } from '../core';
import type { AnalyzeOptions } from '../core/model';
import { isTextFormat, OUT_SUFFIX, outputRenderer } from './annotations';
import type { BatchSettings, RenderedOutput } from './renderBatch';
import { WorkerPool } from './workerPool';
import { parseCliArgs, type AnalyzeCommand } from './args';
import { writeFileAtomic } from './atomicWrite';
import { describe, listInputs } from './inputs';
import { createProgress, type ProgressStream } from './progress';
import { readInput } from './readInput';
import { stdoutSink } from './stdoutSink';
import { USAGE } from './usage';

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & ProgressStream;
  /** The script worker threads run (the CLI bundle); without one, every batch is analysed on this thread. */
  readonly workerScript?: string;
}

/** A batch ends at this many bytes of text or files, so memory stays flat over 10,000 files. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 64;

interface ReadFile {
  readonly path: string | null;
  readonly text: string;
  readonly target: string | null;
}

interface Batch {
  readonly files: readonly ReadFile[];
  /** True for the run's first batch: its first article starts the stream (one CSV header). */
  readonly startsStream: boolean;
}

interface ArticleOutput {
  readonly chunks: Iterable<string>;
  readonly notes: readonly string[];
}

/**
 * Without --jobs, a run of fewer files stays on one thread: each worker first
 * spends about a second compiling the engine anew, which measured here on 2
 * cores made 3,000 files slower on two threads and 10,000 only 7% faster.
 */
const AUTO_JOBS_FROM_FILES = 8000;

/** Workers for a run of more than one batch when more than one thread is allowed; none otherwise. */
function poolFor(command: AnalyzeCommand, fileCount: number, script: string | undefined, settings: BatchSettings): WorkerPool | null {
  const batches = Math.ceil(fileCount / BATCH_FILES);
  const wanted = command.jobs ?? (fileCount >= AUTO_JOBS_FROM_FILES ? availableParallelism() : 1);
  const jobs = Math.min(wanted, batches);
  return script !== undefined && jobs > 1 ? new WorkerPool(script, jobs, settings) : null;
}

/**
 * Reads files into batches and writes each batch's results, in input order.
 * A batch is analysed stage by stage (analyzeBatch), which is faster than one
 * file at a time and gives the same results. With several threads, batches go
 * to worker threads while the next files are read; the output is the same,
 * written in the same order. A batch holding one large article stays on this
 * thread, whose output is streamed rather than built whole.
 */
async function analyzeAll(command: AnalyzeCommand, io: CliIo): Promise<number> {
  const { files, errors } = listInputs(command.inputs);
  const progress = createProgress(files.length, io.stderr);
  const fail = (message: string) => progress.note(`policy-lens: ${message}`);
  errors.forEach(fail);
  const options: AnalyzeOptions = {
    referenceDate: command.referenceDate,
    minCheckWorthiness: command.minCheckWorthiness,
    allClaims: command.allClaims,
  };
  const outputOptions = { format: command.format, annotations: command.annotations, includeRejected: command.includeRejected, toFiles: command.out !== null, generatorVersion: version };
  const pool = poolFor(command, files.length, io.workerScript, { analyze: options, output: outputOptions });
  const sink = stdoutSink(io.stdout);
  // each target's source, claimed when read, so a later input never overwrites it
  const claimed = new Map<string, string>();
  const suffix = isTextFormat(command.format) ? OUT_SUFFIX[command.format] : '.analysis.json';
  let failed = errors.length;
  let pending: ReadFile[] = [];
  let bytes = 0;
  let largest = 0;
  let started = false;
  // batches handed to workers, oldest first, written in this order
  const inFlight: { batch: Batch; outputs: Promise<RenderedOutput[] | null> }[] = [];

  const write = async (batch: Batch, outputs: readonly ArticleOutput[]) => {
    for (let i = 0; i < batch.files.length; i++) {
      const { target } = batch.files[i];
      const output = outputs[i];
      output.notes.forEach((note) => progress.note(`policy-lens: ${note}`));
      if (target === null) {
        for (const chunk of output.chunks) await sink.write(chunk);
        continue;
      }
      try {
        writeFileAtomic(target, output.chunks);
      } catch (error) {
        fail(`${target}: ${describe(error)}`);
        failed++;
      }
    }
  };

  const writeHere = async (batch: Batch) => {
    const analyses = analyzeBatch(batch.files.map((f) => f.text), options);
    const render = outputRenderer(outputOptions, batch.startsStream);
    await write(batch, analyses.map((analysis, i) => render(analysis, batch.files[i].path)));
  };

  const writeOldest = async () => {
    const { batch, outputs } = inFlight.shift()!;
    const rendered = await outputs;
    if (rendered === null) await writeHere(batch);
    else await write(batch, rendered.map((r) => ({ chunks: [r.text], notes: r.notes })));
  };

  const endBatch = async () => {
    const batch: Batch = { files: pending, startsStream: !started };
    const large = largest >= BATCH_BYTES;
    started = true;
    pending = [];
    bytes = 0;
    largest = 0;
    if (pool === null || large) {
      while (inFlight.length > 0) await writeOldest();
      await writeHere(batch);
      return;
    }
    const job = { texts: batch.files.map((f) => f.text), paths: batch.files.map((f) => f.path), startsStream: batch.startsStream };
    // a worker that failed (out of memory, say) costs time, not output: this thread redoes its batch
    inFlight.push({ batch, outputs: pool.run(job).catch(() => null) });
    // one batch queued behind each busy worker keeps them fed; more would only hold memory
    if (inFlight.length > 2 * pool.size) await writeOldest();
  };

  try {
    for (const file of files) {
      progress.tick(file.path ?? '-');
      const target = command.out === null ? null : join(command.out, `${file.outName}${suffix}`);
      const earlier = target === null ? undefined : claimed.get(target);
      const input =
        earlier === undefined
          ? await readInput(file, io.stdin)
          : { error: `${target}: would overwrite the analysis of ${earlier}; skipped` };
      if ('error' in input) {
        fail(input.error);
        failed++;
        continue;
      }
      if (target !== null) claimed.set(target, file.path ?? '-');
      pending.push({ path: file.path, text: input.text, target });
      bytes += input.text.length;
      largest = Math.max(largest, input.text.length);
      if (bytes >= BATCH_BYTES || pending.length >= BATCH_FILES) await endBatch();
    }
    if (pending.length > 0) await endBatch();
    while (inFlight.length > 0) await writeOldest();
  } finally {
    await pool?.close();
  }
  await sink.flush();
  progress.done();
  return failed > 0 ? 1 : 0;
}

/**
 * The whole CLI as a function of its arguments and streams, returning the
 * exit status: 0 all analysed, 1 some input failed, 2 bad arguments.
 * `run(['--version'], io)` → writes "0.1.0\n" and resolves 0.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'error':
      io.stderr.write(`policy-lens: ${command.message}\nRun "policy-lens --help" for usage.\n`);
      return 2;
    case 'analyze':
      return analyzeAll(command, io);
  }
}
