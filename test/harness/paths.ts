import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above the running script with a package.json. */
function findRepo(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const REPO = findRepo();
export const CODE_SERVER_VERSION = '4.100.3';
/** Git-ignored cache; one folder per version so an upgrade never reuses a stale install. */
export const CODE_SERVER_DIR = join(REPO, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where failure evidence (screenshot, logs) is kept for CI to upload. */
export const RESULTS_DIR = join(REPO, 'test-results');
/** The compiled mocha runner that VS Code loads inside its extension host. */
export const TESTS_ENTRY = join(REPO, 'out', 'test', 'integration', 'index.js');
/** The environment variable that names the results file for the runner inside VS Code. */
export const RESULTS_ENV = 'POLICY_LENS_TEST_RESULTS';
/** The folder through which the screenshot harness and the scene driver inside VS Code signal. */
export const SCENES_ENV = 'POLICY_LENS_SCENES_DIR';
export const SCENE_DRIVER = join(REPO, 'out', 'test', 'harness', 'sceneDriver.js');
