import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { DEFAULT_MIN_CHECK_WORTHINESS } from '../core/extractors/claims';
import { isTextFormat, OUT_SUFFIX } from './annotations';
import { BATCH_BYTES, BATCH_FILES, BatchQueue, workersFor, type ArticleOutput, type QueuedFile } from './batchQueue';
import type { BatchSettings } from './renderBatch';
import { parseCliArgs, type AnalyzeCommand } from './args';
import { writeFileAtomic } from './atomicWrite';
import { describe } from './describeError';
import { listInputs } from './inputs';
import { preflight, usageMessage } from './preflight';
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

/**
 * Reads files into batches and writes each batch's results, in input order,
 * through a BatchQueue: stage by stage (analyzeBatch), which is faster than
 * one file at a time and gives the same results, and on worker threads when
 * the run is large or --jobs asks.
 */
async function analyzeAll(command: AnalyzeCommand, io: CliIo): Promise<number> {
  const { files, errors } = listInputs(command.inputs);
  const stop = preflight(command, files.length);
  if (stop !== null) {
    io.stderr.write(stop);
    return 2;
  }
  const progress = createProgress(files.length, io.stderr);
  const fail = (message: string) => progress.note(`policy-lens: ${message}`);
  errors.forEach(fail);
  // With --annotations the threshold waits until each sidecar is anchored: a claim someone reviewed stays, whatever its score.
  const lateThreshold = command.annotations && !command.allClaims;
  const settings: BatchSettings = {
    analyze: { referenceDate: command.referenceDate, minCheckWorthiness: command.minCheckWorthiness, allClaims: command.allClaims || lateThreshold },
    output: {
      format: command.format, annotations: command.annotations, includeRejected: command.includeRejected, toFiles: command.out !== null, generatorVersion: version,
      ...(lateThreshold ? { minCheckWorthiness: command.minCheckWorthiness ?? DEFAULT_MIN_CHECK_WORTHINESS } : {}),
    },
  };
  const pool = workersFor(command.jobs, files.length, io.workerScript, settings);
  const sink = stdoutSink(io.stdout);
  // each target's source, claimed when read, so a later input never overwrites it;
  // an input named with any extension could itself be a target (`--out .` beside a.analysis.json)
  const claimed = new Map<string, string>();
  const inputPaths = new Set(files.flatMap((f) => (f.path === null ? [] : [resolve(f.path)])));
  const suffix = isTextFormat(command.format) ? OUT_SUFFIX[command.format] : '.analysis.json';
  let failed = errors.length;

  const write = async (batch: readonly QueuedFile[], outputs: readonly ArticleOutput[]) => {
    for (let i = 0; i < batch.length; i++) {
      const { target } = batch[i];
      const output = outputs[i];
      output.notes.forEach((note) => progress.note(`policy-lens: ${note}`));
      if (target === null) {
        for (const chunk of output.chunks) {
          // a promise only when the sink wrote: awaiting every chunk cost a turn of the event loop each
          const written = sink.write(chunk);
          if (written) await written;
        }
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
  const queue = new BatchQueue(pool, settings, write);
  let batch: QueuedFile[] = [];
  let bytes = 0;
  let largest = 0;
  const endBatch = async () => {
    const large = largest >= BATCH_BYTES;
    const files = batch;
    batch = [];
    bytes = 0;
    largest = 0;
    await queue.add(files, large);
  };

  try {
    for (const file of files) {
      progress.tick(file.path ?? '-');
      const target = command.out === null ? null : join(command.out, `${file.outName}${suffix}`);
      const earlier = target === null ? undefined : claimed.get(target);
      const input =
        earlier !== undefined
          ? { error: `${target}: would overwrite the analysis of ${earlier}; skipped` }
          : target !== null && inputPaths.has(resolve(target))
            ? { error: `${target}: would overwrite an input of this run; skipped` }
            : await readInput(file, io.stdin);
      if ('error' in input) {
        fail(input.error);
        failed++;
        continue;
      }
      if (target !== null) claimed.set(target, file.path ?? '-');
      batch.push({ path: file.path, text: input.text, target });
      bytes += input.text.length;
      largest = Math.max(largest, input.text.length);
      if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await endBatch();
    }
    if (batch.length > 0) await endBatch();
    await queue.drain();
  } finally {
    await pool?.close();
  }
  await sink.flush();
  progress.done();
  return failed > 0 ? 1 : 0;
}

/**
 * The whole CLI as a function of its arguments and streams, returning the
 * exit status: 0 all analysed, 1 some input or output failed, 2 bad arguments
 * (or an unusable --out folder).
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
      io.stderr.write(usageMessage(command.message));
      return 2;
    case 'analyze':
      return analyzeAll(command, io);
  }
}
