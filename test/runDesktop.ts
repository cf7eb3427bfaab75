import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO, RESULTS_ENV, TESTS_ENTRY } from './harness/paths';
import { formatResults, type TestResults } from './harness/results';
import { copyWorkspace, tempDir } from './harness/workspace';

/** The desktop build to download; the same VS Code as the offline code-server path by default. */
const VERSION = process.env.VSCODE_VERSION ?? '1.100.3';

/**
 * `npm run test:desktop`: the same suite through @vscode/test-electron, for machines
 * that can download VS Code (on Linux without a display, run it under xvfb-run).
 */
async function main(): Promise<number> {
  const tmp = tempDir('policy-lens-desktop-');
  const workspace = copyWorkspace(join(REPO, 'test', 'integration', 'workspace'), tmp.path);
  const resultsFile = join(tmp.path, 'results.json');
  try {
    await runTests({
      version: VERSION,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: TESTS_ENTRY,
      extensionTestsEnv: { [RESULTS_ENV]: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', `--user-data-dir=${join(tmp.path, 'user-data')}`],
    });
  } catch (e) {
    // runTests rejects when a test fails; the results file says which. Without it, VS Code never ran.
    if (!existsSync(resultsFile)) process.stdout.write(`VS Code did not run the tests: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  try {
    if (!existsSync(resultsFile)) return 1;
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as TestResults;
    process.stdout.write(`\nIntegration tests ran inside VS Code ${results.vscodeVersion} (desktop)\n${formatResults(results)}`);
    return results.tests.length === 0 || results.tests.some((t) => t.state === 'failed') ? 1 : 0;
  } finally {
    tmp.remove();
  }
}

void main().then((code) => process.exit(code));
