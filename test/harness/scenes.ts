import type { Page } from 'playwright-core';

/**
 * One screenshot: open `file` from samples/, run `commands` inside VS Code, wait
 * `settleMs` for debounced decorations, then save media/screenshots/<name>.png.
 * Append rows here; `npm run screenshots` takes them all, in order.
 */
export interface Scene {
  readonly name: string;
  readonly file: string;
  /** Command ids, or `[id, ...args]`, run after the file is open. */
  readonly commands?: readonly (string | readonly [string, ...unknown[]])[];
  /** The language the file must reach before the shot; default policy-article. */
  readonly language?: string;
  /** Zero-based line to put the cursor on and reveal. */
  readonly line?: number;
  readonly settleMs?: number;
  /** Browser-side steps just before the shot (hovering, pressing keys), run by the harness. */
  readonly beforeShot?: (page: Page) => Promise<void>;
}

export const SCENES: readonly Scene[] = [
  { name: 'article', file: 'eu-steel-tariffs-2024-03-05.txt' },
];
