import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { killGroup, onInterrupt } from './processGroup';

export interface CodeServer {
  readonly port: number;
  readonly logFile: string;
  /** Resolves with the exit code when the server stops by itself or is stopped. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly dir: string;
  readonly workspace: string;
  /** Holds User/settings.json, logs and an empty extensions folder. */
  readonly userDataDir: string;
  readonly logFile: string;
  /** Inherited by the extension host: how the harness talks to code running inside VS Code. */
  readonly env?: Record<string, string>;
  readonly port?: number;
}

/** A quiet, trusting window: no trust prompt, welcome page, telemetry, tips or chat panel. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** A port the OS just handed out, for a server that binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/** Starts code-server in its own process group and resolves once it answers /healthz. */
export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const extensionsDir = join(options.userDataDir, 'extensions');
  mkdirSync(join(options.userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(options.userDataDir, 'User', 'settings.json');
  // Written only into a fresh folder: `npm start` keeps the user's own changes.
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(USER_SETTINGS, null, 2));
  const entry = join(options.dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', options.userDataDir,
    '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check', options.workspace];
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...options.env },
  });
  closeSync(log);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  const stop = () => killGroup(child);
  const forget = onInterrupt(stop);
  const deadline = Date.now() + 60_000;
  while (!(await healthy(port))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start (exit ${exitCode ?? 'timeout'}); see ${options.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, logFile: options.logFile, exited, stop: async () => (forget(), stop()) };
}
