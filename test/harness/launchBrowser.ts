import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';
import { onInterrupt } from './processGroup';

export interface BrowserSession {
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and page crashes, kept for the failure report. */
  readonly console: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless and offline-friendly: no sandbox (root in CI), GPU or background traffic. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const close = () => browser.close().catch(() => undefined);
  const forget = onInterrupt(close);
  const page = await browser.newPage({ viewport });
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(`[${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.push(`[pageerror] ${e.message}`));
  page.on('crash', () => console.push('[crash] the page crashed'));
  page.on('response', (r) => {
    if (r.status() >= 400) console.push(`[http ${r.status()}] ${r.url()}`);
  });
  return { browser, page, console, close: async () => (forget(), close()) };
}
