import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvalRow, EvalTask } from './eval/types';

/** Tasks in report order; each lives in scripts/eval/<task>.ts. */
const TASKS: readonly EvalTask[] = [];

async function main(): Promise<void> {
  const evalDir = resolve(process.env.POLICY_LENS_EVAL_DIR ?? resolve(__dirname, '..', '..', 'shared', 'eval'));
  if (!existsSync(evalDir)) {
    process.stderr.write(`Evaluation data not found at ${evalDir}. Put the dev splits in ../shared/eval or set POLICY_LENS_EVAL_DIR.\n`);
    process.exit(2);
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const rows: EvalRow[] = [];
  for (const task of TASKS.filter((t) => only.length === 0 || only.includes(t.name))) {
    rows.push(...(await task.run(evalDir)));
  }
  for (const r of rows) {
    process.stdout.write(`${r.task}\t${r.dataset}\t${r.metric}\t${r.value.toFixed(3)}\t${r.n ?? ''}\n`);
  }
}

void main();
