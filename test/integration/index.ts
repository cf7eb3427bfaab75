import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { RESULTS_ENV } from '../harness/paths';
import type { TestResult, TestResults } from '../harness/results';

/** Every compiled `*.test.js` below this folder, in a stable order. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : []))
    .sort();
}

function errorOf(err: unknown): TestResult['error'] {
  return err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) };
}

/**
 * Called by VS Code inside its extension host (the payload's extensionTestsPath).
 * Runs mocha over the integration tests and writes the results for the harness to
 * the file named by POLICY_LENS_TEST_RESULTS; rejects when any test failed.
 */
export async function run(): Promise<void> {
  const started = Date.now();
  const tests: TestResult[] = [];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, grep: process.env.POLICY_LENS_TEST_GREP });
  try {
    testFiles(__dirname).forEach((f) => mocha.addFile(f));
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t) => tests.push({ titlePath: t.titlePath(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => tests.push({ titlePath: t.titlePath(), state: 'pending' }));
      runner.on('fail', (t, err) => tests.push({ titlePath: t.titlePath(), state: 'failed', error: errorOf(err) }));
    });
  } catch (err) {
    tests.push({ titlePath: ['loading the integration tests'], state: 'failed', error: errorOf(err) });
  }
  const results: TestResults = { vscodeVersion: vscode.version, durationMs: Date.now() - started, tests };
  const file = process.env[RESULTS_ENV];
  if (file) {
    // Written whole and renamed, so the harness never reads half a file.
    writeFileSync(`${file}.part`, JSON.stringify(results, null, 2));
    renameSync(`${file}.part`, file);
  }
  const failed = tests.filter((t) => t.state === 'failed').length;
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}
