import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openVsCode, type VsCodeSession } from './harness/openVsCode';
import { CODE_SERVER_VERSION, REPO, RESULTS_DIR, RESULTS_ENV, TESTS_ENTRY } from './harness/paths';
import { formatResults, waitForResults } from './harness/results';
import { copyWorkspace, tempDir } from './harness/workspace';

/** Seconds to wait for the whole suite: about a minute on an idle machine, and 2.5 minutes on one busy with other test runs. */
const TIMEOUT_S = Number(process.env.POLICY_LENS_TEST_TIMEOUT ?? 300);

/**
 * Runs test/integration inside a real VS Code: code-server loads the extension and the
 * mocha runner, headless Chromium opens the window, and the runner's results file is
 * printed like mocha's. Exits non-zero on any failure, on no tests at all, or on timeout.
 */
async function main(): Promise<number> {
  const started = Date.now();
  const tmp = tempDir('policy-lens-it-');
  const workspace = copyWorkspace(join(REPO, 'test', 'integration', 'workspace'), tmp.path);
  const resultsFile = join(tmp.path, 'results.json');
  let session: VsCodeSession | undefined;
  let failed = true;
  try {
    session = await openVsCode({ tmp: tmp.path, workspace, env: { [RESULTS_ENV]: resultsFile }, testsEntry: TESTS_ENTRY });
    const s = session;
    const results = await waitForResults(resultsFile, TIMEOUT_S * 1000, () => s.problem());
    process.stdout.write(`\nIntegration tests ran inside VS Code ${results.vscodeVersion} (code-server ${CODE_SERVER_VERSION})\n`);
    process.stdout.write(formatResults(results));
    failed = results.tests.length === 0 || results.tests.some((t) => t.state === 'failed');
    if (results.tests.length === 0) process.stdout.write('No integration tests ran: that counts as a failure.\n');
  } catch (e) {
    process.stdout.write(`\nIntegration run failed: ${e instanceof Error ? e.message : String(e)}\n0 passed, 1 failed\n`);
  } finally {
    if (failed && session) process.stdout.write(`Screenshot and logs saved in ${await session.saveEvidence('integration')}\n`);
    if (failed && !session) keepServerLog(tmp.path);
    await session?.close();
    tmp.remove();
    process.stdout.write(`Integration run took ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  return failed ? 1 : 0;
}

/** When VS Code never opened, the server's log is the only evidence. */
function keepServerLog(tmp: string): void {
  const log = join(tmp, 'code-server.log');
  if (!existsSync(log)) return;
  mkdirSync(RESULTS_DIR, { recursive: true });
  cpSync(log, join(RESULTS_DIR, 'integration-code-server.log'));
  process.stdout.write(`Server log saved in ${RESULTS_DIR}\n`);
}

void main().then((code) => process.exit(code));
