import { appendFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCodeServer } from './installCodeServer';
import { launchBrowser, type BrowserSession } from './launchBrowser';
import { CODE_SERVER_DIR, REPO, RESULTS_DIR } from './paths';
import { payloadUrl } from './payloadUrl';
import { startCodeServer, type CodeServer } from './startCodeServer';

export interface VsCodeSession {
  readonly server: CodeServer;
  readonly browser: BrowserSession;
  readonly url: string;
  /** Why waiting on this session is pointless (the page crashed), if it is. */
  problem(): string | undefined;
  /** Keeps a screenshot, the server and extension host logs and the browser console in test-results/. */
  saveEvidence(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** A fresh temporary folder for user data and logs. */
  readonly tmp: string;
  readonly workspace: string;
  readonly env?: Record<string, string>;
  /** The compiled `run()` for VS Code to call; omitted to just load the extension. */
  readonly testsEntry?: string;
}

/** Installs code-server if needed, starts it, and opens the workspace in headless Chromium. */
export async function openVsCode(options: SessionOptions): Promise<VsCodeSession> {
  installCodeServer(CODE_SERVER_DIR);
  const userDataDir = join(options.tmp, 'user-data');
  const logFile = join(options.tmp, 'code-server.log');
  const server = await startCodeServer({ dir: CODE_SERVER_DIR, workspace: options.workspace, userDataDir, logFile, env: options.env });
  let browser: BrowserSession;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.stop();
    throw e;
  }
  const url = payloadUrl(server.port, options.workspace, REPO, options.testsEntry);
  await browser.page.goto(url, { waitUntil: 'domcontentloaded' });
  return {
    server,
    browser,
    url,
    problem: () => browser.console.find((line) => line.startsWith('[crash]')),
    async saveEvidence(name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const shot = join(RESULTS_DIR, `${name}.png`);
      await browser.page.screenshot({ path: shot }).catch((e) => appendFileSync(logFile, `screenshot failed: ${e}\n`));
      cpSync(logFile, join(RESULTS_DIR, `${name}-code-server.log`));
      const logs = join(userDataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, join(RESULTS_DIR, `${name}-logs`), { recursive: true });
      writeFileSync(join(RESULTS_DIR, `${name}-browser-console.log`), browser.console.join('\n') + '\n');
      return RESULTS_DIR;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
