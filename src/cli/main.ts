import { isMainThread } from 'node:worker_threads';
import { run } from './run';
import { serveBatches } from './workerMain';

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  // the bundle itself is the worker script: one file to ship, and workers run the same engine
  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

if (isMainThread) main();
else serveBatches();
