import { join } from 'node:path';
import { version } from '../../package.json';
import { analyzeBatch } from '../core';
import type { AnalyzeOptions } from '../core/model';
import { isTextFormat, OUT_SUFFIX, outputRenderer } from './annotations';
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
}

/** A batch ends at this many bytes of text or files, so memory stays flat over 10,000 files. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 64;

interface ReadFile {
  readonly path: string | null;
  readonly text: string;
  readonly target: string | null;
}

/**
 * Reads files into batches and writes each batch's results, in input order,
 * before reading the next. A batch is analysed stage by stage (analyzeBatch),
 * which is faster than one file at a time and gives the same results.
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
  const sink = stdoutSink(io.stdout);
  // each target's source, claimed when read, so a later input never overwrites it
  const claimed = new Map<string, string>();
  const render = outputRenderer({ ...command, toFiles: command.out !== null, generatorVersion: version });
  const suffix = isTextFormat(command.format) ? OUT_SUFFIX[command.format] : '.analysis.json';
  let failed = errors.length;
  let batch: ReadFile[] = [];
  let bytes = 0;

  const writeBatch = async () => {
    const analyses = analyzeBatch(batch.map((f) => f.text), options);
    for (let i = 0; i < batch.length; i++) {
      const { path, target } = batch[i];
      const output = render(analyses[i], path);
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
    batch = [];
    bytes = 0;
  };

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
    batch.push({ path: file.path, text: input.text, target });
    bytes += input.text.length;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await writeBatch();
  }
  if (batch.length > 0) await writeBatch();
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
