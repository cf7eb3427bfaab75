import { existsSync, readFileSync } from 'node:fs';

/** What the mocha runner inside VS Code writes, and the harness reads back. */
export interface TestResult {
  /** Suite titles, then the test's (or hook's) own title. */
  readonly titlePath: readonly string[];
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  readonly error?: { readonly message: string; readonly stack?: string };
}

export interface TestResults {
  readonly vscodeVersion: string;
  readonly durationMs: number;
  readonly tests: readonly TestResult[];
}

/**
 * Waits for the results file (written whole, by rename) until the deadline.
 * `failFast` resolves with a reason when waiting is pointless, e.g. the server died.
 */
export async function waitForResults(file: string, timeoutMs: number, failFast?: () => string | undefined): Promise<TestResults> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    const reason = failFast?.();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`no test results after ${Math.round(timeoutMs / 1000)} s (timed out)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as TestResults;
}

const count = (r: TestResults, state: TestResult['state']) => r.tests.filter((t) => t.state === state).length;

/**
 * Mocha's spec layout: suites, ✔ or numbered failures, the totals, then each failure's
 * message and stack, and last a summary line such as `12 passed, 0 failed` for CI.
 */
export function formatResults(r: TestResults): string {
  const lines: string[] = [''];
  const failures: TestResult[] = [];
  let suite: readonly string[] = [];
  for (const t of r.tests) {
    const parents = t.titlePath.slice(0, -1);
    parents.forEach((title, depth) => {
      if (suite[depth] !== title) lines.push('', `${'  '.repeat(depth + 1)}${title}`);
    });
    suite = parents;
    const indent = '  '.repeat(parents.length + 1);
    const title = t.titlePath[t.titlePath.length - 1];
    if (t.state === 'passed') lines.push(`${indent}✔ ${title}${t.durationMs && t.durationMs > 75 ? ` (${t.durationMs}ms)` : ''}`);
    if (t.state === 'pending') lines.push(`${indent}- ${title}`);
    if (t.state === 'failed') lines.push(`${indent}${failures.push(t)}) ${title}`);
  }
  const passed = count(r, 'passed');
  const pending = count(r, 'pending');
  lines.push('', '', `  ${passed} passing (${Math.round(r.durationMs / 100) / 10}s)`);
  if (pending) lines.push(`  ${pending} pending`);
  if (failures.length) lines.push(`  ${failures.length} failing`);
  failures.forEach((t, i) => {
    lines.push('', `  ${i + 1}) ${t.titlePath.join('\n       ')}:`);
    const stack = t.error?.stack?.includes(t.error.message) ? t.error.stack : `${t.error?.message}\n${t.error?.stack ?? ''}`;
    lines.push(...(stack ?? '').trimEnd().split('\n').map((l) => `     ${l}`));
  });
  lines.push('', `${passed} passed, ${failures.length} failed${pending ? `, ${pending} pending` : ''}`);
  return lines.join('\n') + '\n';
}
