import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installCodeServer } from './harness/installCodeServer';
import { linkRipgrep } from './harness/linkRipgrep';
import { CODE_SERVER_DIR, REPO } from './harness/paths';
import { payloadUrl } from './harness/payloadUrl';
import { startCodeServer } from './harness/startCodeServer';

const SAMPLES = join(REPO, 'samples');

/** Desktop VS Code when `code` is on PATH: it loads the extension from the repository. */
function startDesktop(): boolean {
  if (spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status !== 0) return false;
  process.stdout.write(`Opening ${SAMPLES} in VS Code with the extension from ${REPO}\n`);
  spawn('code', [`--extensionDevelopmentPath=${REPO}`, SAMPLES], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
  return true;
}

/**
 * `npm start`: VS Code on samples/ with the extension under development. Without a
 * desktop `code`, the cached code-server serves it and the URL is printed; it runs
 * until Ctrl-C. PORT picks the port; user data persists in .vscode-test/start-user-data.
 */
async function startServer(): Promise<void> {
  installCodeServer(CODE_SERVER_DIR);
  // Checked at every start, so that a ripgrep installed later is picked up.
  const ripgrepNote = linkRipgrep(CODE_SERVER_DIR);
  const userDataDir = join(REPO, '.vscode-test', 'start-user-data');
  mkdirSync(userDataDir, { recursive: true });
  const logFile = join(REPO, '.vscode-test', 'start-code-server.log');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ dir: CODE_SERVER_DIR, workspace: SAMPLES, userDataDir, logFile, port });
  process.stdout.write(`\nPolicy Lens is running in VS Code (code-server). Open this URL in a browser:\n\n  ${payloadUrl(server.port, SAMPLES, REPO)}\n\n`);
  if (ripgrepNote) process.stdout.write(`${ripgrepNote}\n`);
  process.stdout.write(`Server log: ${logFile}\nPress Ctrl-C to stop.\n`);
  const code = await server.exited;
  process.stdout.write(`code-server exited (${code})\n`);
  process.exit(code ?? 1);
}

if (!startDesktop()) {
  startServer().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
