import { join } from 'node:path';
import { version } from '../../package.json';
import { analyze } from '../core';
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

/** Analyses each file in turn and writes it before reading the next, so memory stays flat over 10,000 files. */
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
  const written = new Map<string, string>();
  const render = outputRenderer({ ...command, toFiles: command.out !== null, generatorVersion: version });
  let failed = errors.length;
  for (const file of files) {
    progress.tick(file.path ?? '-');
    const suffix = isTextFormat(command.format) ? OUT_SUFFIX[command.format] : '.analysis.json';
    const target = command.out === null ? null : join(command.out, `${file.outName}${suffix}`);
    const earlier = target === null ? undefined : written.get(target);
    const input =
      earlier === undefined
        ? await readInput(file, io.stdin)
        : { error: `${target}: would overwrite the analysis of ${earlier}; skipped` };
    if ('error' in input) {
      fail(input.error);
      failed++;
      continue;
    }
    const output = render(analyze(input.text, options), file.path);
    output.notes.forEach((note) => progress.note(`policy-lens: ${note}`));
    if (target === null) {
      for (const chunk of output.chunks) await sink.write(chunk);
      continue;
    }
    try {
      writeFileAtomic(target, output.chunks);
      written.set(target, file.path ?? '-');
    } catch (error) {
      fail(`${target}: ${describe(error)}`);
      failed++;
    }
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
