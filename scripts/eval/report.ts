import { formatTable } from '../table';
import type { EvalRow } from './types';

export type EvalArgs =
  | { readonly kind: 'run'; readonly tasks: readonly string[]; readonly limit?: number; readonly json: boolean }
  | { readonly kind: 'error'; readonly message: string };

export const EVAL_USAGE = 'Usage: npm run eval -- [task...] [--limit N] [--json]';

/**
 * Reads `[task...] [--limit N] [--json]`; no task names means every task.
 * `['quotes', '--limit', '50']` → `{ kind: 'run', tasks: ['quotes'], limit: 50, json: false }`.
 */
export function parseEvalArgs(argv: readonly string[], known: readonly string[]): EvalArgs {
  const tasks: string[] = [];
  let limit: number | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const text = arg === '--limit' ? argv[++i] : arg.slice('--limit='.length);
      limit = Number(text);
      if (!Number.isInteger(limit) || limit <= 0) return { kind: 'error', message: `--limit needs a positive whole number, not "${text ?? ''}".` };
    } else if (arg.startsWith('-')) return { kind: 'error', message: `Unknown option "${arg}". ${EVAL_USAGE}` };
    else if (!known.includes(arg)) return { kind: 'error', message: `Unknown task "${arg}"; the tasks are: ${known.join(', ')}.` };
    else tasks.push(arg);
  }
  return { kind: 'run', tasks: tasks.length > 0 ? tasks : known, ...(limit !== undefined ? { limit } : {}), json };
}

/** The eval rows as one aligned table: task, dataset, metric, value (3 decimals), n. */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  return formatTable(
    ['task', 'dataset', 'metric', 'value', 'n'],
    rows.map((r) => [r.task, r.dataset, r.metric, Number.isFinite(r.value) ? r.value.toFixed(3) : String(r.value), r.n === undefined ? '' : String(r.n)]),
    ['left', 'left', 'left', 'right', 'right'],
  );
}
