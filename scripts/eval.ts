import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatEvalTable, parseEvalArgs } from './eval/report';
import type { EvalRow, EvalTask } from './eval/types';
import { quotesTask } from './eval/quotes';
import { datesTask } from './eval/dates';
import { figuresTask } from './eval/figures';
import { claimsTask } from './eval/claims';

/** Tasks in report order; each lives in scripts/eval/<task>.ts. */
const TASKS: readonly EvalTask[] = [quotesTask, datesTask, figuresTask, claimsTask];

/**
 * npm run eval [-- task... --limit N --json]: scores the engine on the dev
 * splits in ../shared/eval and prints one table. Exit 2 when the data or the
 * arguments are wrong, 1 when a task failed.
 */
async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2), TASKS.map((t) => t.name));
  if (args.kind === 'error') {
    process.stderr.write(`${args.message}\n`);
    return 2;
  }
  const evalDir = resolve(process.env.POLICY_LENS_EVAL_DIR ?? resolve(__dirname, '..', '..', 'shared', 'eval'));
  if (!existsSync(evalDir)) {
    process.stderr.write(`Evaluation data not found at ${evalDir}. Put the dev splits in ../shared/eval or set POLICY_LENS_EVAL_DIR.\n`);
    return 2;
  }
  const rows: EvalRow[] = [];
  let failed = false;
  for (const task of TASKS.filter((t) => args.tasks.includes(t.name))) {
    const started = performance.now();
    try {
      rows.push(...(await task.run(evalDir, args.limit)));
      process.stderr.write(`${task.name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`${task.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  process.stdout.write(args.json ? JSON.stringify(rows, null, 2) + '\n' : formatEvalTable(rows));
  return failed ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
